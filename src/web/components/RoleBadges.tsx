import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function RoleBadges({ roles }: { roles: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      {roles.map((role) => (
        <Badge key={role} variant="outline" radius="sm" size="sm">
          {t(`roles.${role}`, { defaultValue: role })}
        </Badge>
      ))}
    </Group>
  );
}
