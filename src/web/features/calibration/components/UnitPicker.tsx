import { Badge, Group, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CalibrationUnit } from '../types';
import { OrgPredicateBadge } from './OrgPredicateBadge';

/** The units whose board the caller may open: name, organisation predicate, finals of total, violations. */
export function UnitPicker({
  units,
  selected,
  onSelect,
}: {
  units: readonly CalibrationUnit[];
  selected: string | null;
  onSelect: (unitId: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <ScrollArea.Autosize mah={560} type="auto">
      <Stack component="ul" gap={4} m={0} p={0} aria-label={t('calibration.units.label')}>
        {units.map((u) => {
          const active = u.id === selected;
          return (
            <li key={u.id} style={{ listStyle: 'none' }}>
              <UnstyledButton
                onClick={() => onSelect(u.id)}
                aria-current={active ? 'true' : undefined}
                data-testid={`calibration-unit-${u.id}`}
                data-active={active ? 'true' : undefined}
                p="xs"
                w="100%"
                style={{
                  display: 'block',
                  minHeight: 44,
                  borderRadius: 'var(--mantine-radius-md)',
                  border: active
                    ? '2px solid var(--mantine-primary-color-filled)'
                    : '1px solid var(--mantine-color-default-border)',
                  background: active ? 'var(--mantine-primary-color-light)' : undefined,
                }}
              >
                <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {u.name}
                </Text>
                <Group gap={6} mt={4} wrap="wrap">
                  <OrgPredicateBadge predicate={u.orgPredicate} size="xs" />
                  <Text size="xs" c="dimmed">
                    {t('calibration.units.finals', { finals: u.finals, count: u.total })}
                  </Text>
                  {u.violations > 0 ? (
                    <Badge
                      size="xs"
                      color="red"
                      variant="filled"
                      radius="sm"
                      data-testid={`calibration-unit-violations-${u.id}`}
                    >
                      {t('calibration.units.violations', { count: u.violations })}
                    </Badge>
                  ) : null}
                </Group>
              </UnstyledButton>
            </li>
          );
        })}
      </Stack>
    </ScrollArea.Autosize>
  );
}
