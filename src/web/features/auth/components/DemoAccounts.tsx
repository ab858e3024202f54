import { Badge, Card, Code, Group, Skeleton, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMeta } from '../api/get-meta';

interface DemoAccountsProps {
  onPick: (username: string, password: string) => void;
}

/** In a demo installation, the demo accounts and their shared password; a click fills the sign-in form. */
export function DemoAccounts({ onPick }: DemoAccountsProps) {
  const { t } = useTranslation();
  const meta = useMeta();
  if (meta.isPending) return <Skeleton height={80} radius="md" />;
  // The sign-in form works without this card, so a failed /meta stays silent.
  if (meta.isError || !meta.data.demo) return null;
  const password = meta.data.demoPassword ?? '';
  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      data-testid="demo-accounts"
      component="section"
      aria-labelledby="demo-title"
    >
      <Text fw={600} id="demo-title">
        {t('login.demoTitle')}
      </Text>
      <Text size="sm" c="dimmed" mb="sm">
        {t('login.demoHint')}{' '}
        {password ? (
          <>
            {t('login.demoPassword')} <Code data-testid="demo-password">{password}</Code>
          </>
        ) : null}
      </Text>
      <Stack gap={6}>
        {meta.data.demoAccounts.map((account) => (
          <UnstyledButton
            key={account.username}
            onClick={() => onPick(account.username, password)}
            data-testid={`demo-account-${account.username}`}
            p="xs"
            style={{
              border: '1px solid var(--mantine-color-default-border)',
              borderRadius: 'var(--mantine-radius-md)',
            }}
          >
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm" fw={600} ff="monospace">
                  {account.username}
                </Text>
                <Text size="xs" c="dimmed">
                  {account.description}
                </Text>
              </Stack>
              <Badge variant="light" radius="sm" style={{ flexShrink: 0 }}>
                {t(`demoRoles.${account.role}`, { defaultValue: account.role })}
              </Badge>
            </Group>
          </UnstyledButton>
        ))}
      </Stack>
    </Card>
  );
}
