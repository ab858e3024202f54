import { Progress, Stack, Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import type { CompletionCounts, CompletionStatus, CompletionUnitView, CompletionView } from '../types';

/** The table's columns: a plan status (drill to those people) or the progress column (drill to who has not). */
type Column = 'notStarted' | 'draft' | 'submitted' | 'returned' | 'approved';
const PLAN_COLUMNS: Array<{ key: Column; status: CompletionStatus; color: string }> = [
  { key: 'notStarted', status: 'not_started', color: 'red' },
  { key: 'draft', status: 'draft', color: 'gray' },
  { key: 'submitted', status: 'submitted', color: 'blue' },
  { key: 'returned', status: 'returned', color: 'orange' },
  { key: 'approved', status: 'approved', color: 'teal' },
];

function pct(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0;
}

export interface Target {
  unit: CompletionUnitView;
  status: CompletionStatus;
}

function CountButton({ value, label, onClick }: { value: number; label: string; onClick: () => void }) {
  const { i18n } = useTranslation();
  if (value === 0)
    return (
      <Text size="sm" c="dimmed" ta="right">
        0
      </Text>
    );
  return (
    <UnstyledButton
      onClick={onClick}
      aria-label={label}
      data-testid="monitoring-drill"
      style={{
        display: 'block',
        width: '100%',
        textAlign: 'right',
        minHeight: 32,
        textDecoration: 'underline',
      }}
    >
      <Text size="sm" c="blue" span>
        {formatNumber(value, i18n.language)}
      </Text>
    </UnstyledButton>
  );
}

/** Per unit (rolled up the tree, or its own people only): plan statuses, progress reported, evaluations done. */
export function CompletionTable({
  view,
  scope,
  onDrill,
}: {
  view: CompletionView;
  scope: 'subtree' | 'own';
  onDrill: (target: Target) => void;
}) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <Table.ScrollContainer minWidth={1080}>
      <Table striped highlightOnHover verticalSpacing="xs" data-testid="monitoring-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" style={{ minWidth: 240 }}>
              {t('monitoring.unit')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('monitoring.employees')}
            </Table.Th>
            {PLAN_COLUMNS.map((col) => (
              <Table.Th key={col.key} scope="col" ta="right">
                {t(`monitoring.status.${col.key}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="right">
              {t('monitoring.status.reportedProgress')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('monitoring.status.evaluationsDone')}
            </Table.Th>
            <Table.Th scope="col" w={140}>
              {t('monitoring.completion')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {view.units.map((u) => {
            const c: CompletionCounts = scope === 'own' ? u.own : u.total;
            const done = pct(c.approved, c.employees);
            const noProgress = Math.max(0, c.employees - c.reportedProgress);
            return (
              <Table.Tr key={u.unitId} data-testid="monitoring-row" data-unit={u.unitId}>
                <Table.Th scope="row" fw={u.depth === 0 ? 700 : 500} style={{ minWidth: 240 }}>
                  <Text
                    size="sm"
                    fw={u.depth === 0 ? 700 : 500}
                    pl={Math.min(u.depth, 6) * 16}
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {u.depth > 0 ? '└ ' : ''}
                    {u.name}
                  </Text>
                </Table.Th>
                <Table.Td ta="right">{n(c.employees)}</Table.Td>
                {PLAN_COLUMNS.map((col) => (
                  <Table.Td key={col.key}>
                    <CountButton
                      value={c[col.key]}
                      label={t('monitoring.drill', {
                        count: c[col.key],
                        status: t(`monitoring.status.${col.key}`),
                        unit: u.name,
                      })}
                      onClick={() => onDrill({ unit: u, status: col.status })}
                    />
                  </Table.Td>
                ))}
                <Table.Td ta="right">
                  <Text size="sm" span>
                    {n(c.reportedProgress)}
                  </Text>
                  {noProgress > 0 ? (
                    <UnstyledButton
                      onClick={() => onDrill({ unit: u, status: 'no_progress' })}
                      data-testid="monitoring-drill-no-progress"
                      style={{ display: 'block', marginLeft: 'auto', textDecoration: 'underline' }}
                    >
                      <Text size="xs" c="red" span>
                        {t('monitoring.notReported', { n: n(noProgress) })}
                      </Text>
                      <VisuallyHidden> — {u.name}</VisuallyHidden>
                    </UnstyledButton>
                  ) : null}
                </Table.Td>
                <Table.Td ta="right">
                  {view.evaluationsAvailable ? n(c.evaluationsDone) : t('common.none')}
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    <Progress.Root
                      size="md"
                      role="group"
                      aria-label={t('monitoring.barLabel', { pct: n(done) })}
                    >
                      {PLAN_COLUMNS.map((col) =>
                        c[col.key] > 0 ? (
                          <Progress.Section
                            key={col.key}
                            value={pct(c[col.key], c.employees)}
                            color={col.color}
                            aria-label={`${t(`monitoring.status.${col.key}`)}: ${n(c[col.key])}`}
                          />
                        ) : null,
                      )}
                    </Progress.Root>
                    <Text size="xs" c="dimmed">
                      {t('monitoring.approvedPct', { pct: n(done) })}
                    </Text>
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
