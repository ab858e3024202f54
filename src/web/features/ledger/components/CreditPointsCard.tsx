import { Group, NativeSelect, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isNotFound, QueryState } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { formatNumber } from '../../../lib/format';
import { usePeriodLabel } from '../../../lib/use-period-label';
import { useCycles } from '../../cycles';
import { useCreditPoints } from '../api/get-credit-points';

/**
 * Angka Kredit (functional positions, Peraturan BKN 3/2023): per cycle, each evaluation counted with its months,
 * predicate, percentage, coefficient and points, and the total. Shown only to functional employees (the API answers
 * no level for the others) and only to those who may read the employee's evaluations.
 */
export function CreditPointsCard({ employeeId }: { employeeId: string }) {
  const { t, i18n } = useTranslation();
  const periodName = usePeriodLabel();
  const cycles = useCycles();
  const [cycleId, setCycleId] = useState<string | null>(null);
  const query = useCreditPoints(employeeId, cycleId);
  if (query.isError && isNotFound(query.error)) return null;
  if (query.isSuccess && query.data.functionalLevel === null) return null;
  const n = (v: number, digits = 3) => formatNumber(v, i18n.language, digits);
  const chosen = cycleId ?? query.data?.cycleId ?? '';
  return (
    <SectionCard
      id="credit-points-title"
      title={t('creditPoints.title')}
      hint={t('creditPoints.formula')}
      testId="credit-points"
      actions={
        (cycles.data?.items.length ?? 0) > 1 ? (
          <NativeSelect
            size="xs"
            label={t('creditPoints.cycle')}
            value={chosen}
            onChange={(e) => setCycleId(e.currentTarget.value || null)}
            data={(cycles.data?.items ?? []).map((c) => ({ value: c.id, label: String(c.year) }))}
            data-testid="credit-points-cycle"
          />
        ) : undefined
      }
    >
      <QueryState
        query={query}
        loading={
          <Stack gap="xs" aria-busy="true">
            <Skeleton height={16} width="40%" />
            <Skeleton height={60} />
          </Stack>
        }
      >
        {(view) => (
          <Stack gap="xs">
            <Group gap="xs" wrap="wrap">
              <Text size="sm">
                {t('creditPoints.level', {
                  level: view.functionalLevel ? t(`creditPoints.levels.${view.functionalLevel}`) : '',
                  year: view.cycleYear ?? '',
                })}
              </Text>
            </Group>
            {view.items.length === 0 ? (
              <Text size="sm" c="dimmed" data-testid="credit-points-empty">
                {t('creditPoints.empty')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={520}>
                <Table striped withTableBorder data-testid="credit-points-table">
                  <Table.Caption>{t('creditPoints.caption')}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('creditPoints.columns.period')}</Table.Th>
                      <Table.Th ta="right">{t('creditPoints.columns.months')}</Table.Th>
                      <Table.Th>{t('creditPoints.columns.predicate')}</Table.Th>
                      <Table.Th ta="right">{t('creditPoints.columns.percentage')}</Table.Th>
                      <Table.Th ta="right">{t('creditPoints.columns.coefficient')}</Table.Th>
                      <Table.Th ta="right">{t('creditPoints.columns.points')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {view.items.map((i) => (
                      <Table.Tr key={i.evaluationId} data-testid={`credit-points-row-${i.evaluationId}`}>
                        <Table.Td>{periodName(i.periodLabel)}</Table.Td>
                        <Table.Td ta="right">{i.months}</Table.Td>
                        <Table.Td>{t(`evaluations.predicates.${i.predicate}`)}</Table.Td>
                        <Table.Td ta="right">{`${n(i.percentage, 0)}%`}</Table.Td>
                        <Table.Td ta="right">{n(i.coefficient, 2)}</Table.Td>
                        <Table.Td ta="right">{n(i.points)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                  <Table.Tfoot>
                    <Table.Tr>
                      <Table.Th colSpan={5}>{t('creditPoints.total')}</Table.Th>
                      <Table.Th ta="right" data-testid="credit-points-total">
                        {n(view.total)}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Tfoot>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
        )}
      </QueryState>
    </SectionCard>
  );
}
