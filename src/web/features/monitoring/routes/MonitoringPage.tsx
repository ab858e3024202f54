import {
  Anchor,
  Button,
  Card,
  Drawer,
  Group,
  NativeSelect,
  Progress,
  SegmentedControl,
  Stack,
  Table,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { PageHeader } from '../../../components/PageHeader';
import { Pager } from '../../../components/Pager';
import { ListSkeleton, PageSkeleton } from '../../../components/Skeletons';
import { ApiError, downloadUrl } from '../../../lib/api-client';
import { formatNumber } from '../../../lib/format';
import { useCurrentCycle } from '../../cycles/api/get-current-cycle';
import { useCycles } from '../../cycles/api/list-cycles';
import { ForbiddenPage } from '../../errors/routes/ForbiddenPage';
import { PEOPLE_PAGE, useCompletion, useCompletionPeople } from '../api/get-completion';
import { StatusChip } from '../../../components/StatusChip';
import type { CompletionCounts, CompletionStatus, CompletionUnitView } from '../types';

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

interface Target {
  unit: CompletionUnitView;
  status: CompletionStatus;
}

function PeopleDrawer({
  cycleId,
  periodId,
  scope,
  target,
  onClose,
}: {
  cycleId: string;
  periodId: string | null;
  scope: 'unit' | 'subtree';
  target: Target | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useCompletionPeople(
    target
      ? {
          cycleId,
          unitId: target.unit.unitId,
          status: target.status,
          periodId,
          scope,
          offset: (page - 1) * PEOPLE_PAGE,
        }
      : null,
  );
  return (
    <Drawer
      opened={target !== null}
      onClose={onClose}
      position="right"
      size="md"
      title={
        target
          ? t('monitoring.peopleTitle', {
              status: t(`monitoring.drillStatus.${target.status}`),
              unit: target.unit.name,
            })
          : ''
      }
    >
      {query.isPending ? (
        <ListSkeleton rows={4} />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState title={t('monitoring.peopleEmpty')} />
      ) : (
        <Stack gap="xs" data-testid="monitoring-people">
          {query.data.items.map((p) => (
            <Card key={p.employeeId} withBorder padding="xs" data-testid="monitoring-person">
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Anchor
                  component={Link}
                  to={p.planId ? `/plans/${p.planId}` : `/employees/${p.employeeId}`}
                  fw={600}
                  size="sm"
                >
                  {p.name}
                </Anchor>
                {p.planStatus ? <StatusChip status={p.planStatus} /> : null}
              </Group>
              <Text size="xs" c="dimmed">
                {[p.nip, p.positionTitle, p.unitName].filter(Boolean).join(' · ')}
              </Text>
            </Card>
          ))}
          <Pager total={query.data.total} page={page} pageSize={PEOPLE_PAGE} onChange={setPage} />
        </Stack>
      )}
    </Drawer>
  );
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
      <Text size="sm" c="blue.8" span>
        {formatNumber(value, i18n.language)}
      </Text>
    </UnstyledButton>
  );
}

/** Pemantauan: per unit (and rolled up the tree) how far the cycle is; drill down to the people; XLSX. */
export function MonitoringPage() {
  const { t, i18n } = useTranslation();
  const cycles = useCycles();
  const current = useCurrentCycle();
  const [cycleId, setCycleId] = useState<string | null>(null);
  const [periodId, setPeriodId] = useState<string | null>(null);
  const [scope, setScope] = useState<'subtree' | 'own'>('subtree');
  const [target, setTarget] = useState<Target | null>(null);
  const chosen = cycleId ?? current.data?.id ?? cycles.data?.items[0]?.id ?? null;
  const cycle =
    cycles.data?.items.find((c) => c.id === chosen) ?? (current.data?.id === chosen ? current.data : null);
  // a digest links to one unit's subtree (`?unitId=`)
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unitId');
  const completion = useCompletion(chosen, periodId, unitId);

  if (cycles.isPending || current.isPending) return <PageSkeleton />;
  if (completion.error instanceof ApiError && completion.error.status === 403) return <ForbiddenPage />;

  const n = (v: number) => formatNumber(v, i18n.language);
  const xlsx = chosen
    ? downloadUrl(
        `/monitoring/completion.xlsx?${new URLSearchParams({
          cycleId: chosen,
          ...(periodId ? { periodId } : {}),
          ...(unitId ? { unitId } : {}),
        }).toString()}`,
      )
    : undefined;

  let body;
  if (!chosen) body = <EmptyState title={t('monitoring.noCycle')} />;
  else if (completion.isPending) body = <ListSkeleton rows={6} />;
  else if (completion.isError)
    body = <ErrorState error={completion.error} onRetry={() => void completion.refetch()} />;
  else if (completion.data.units.length === 0) body = <EmptyState title={t('monitoring.empty')} />;
  else
    body = (
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
            {completion.data.units.map((u) => {
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
                        onClick={() => setTarget({ unit: u, status: col.status })}
                      />
                    </Table.Td>
                  ))}
                  <Table.Td ta="right">
                    <Text size="sm" span>
                      {n(c.reportedProgress)}
                    </Text>
                    {noProgress > 0 ? (
                      <UnstyledButton
                        onClick={() => setTarget({ unit: u, status: 'no_progress' })}
                        aria-label={t('monitoring.drillNoProgress', { count: noProgress, unit: u.name })}
                        data-testid="monitoring-drill-no-progress"
                        style={{ display: 'block', marginLeft: 'auto', textDecoration: 'underline' }}
                      >
                        <Text size="xs" c="red.8" span>
                          {t('monitoring.notReported', { n: n(noProgress) })}
                        </Text>
                      </UnstyledButton>
                    ) : null}
                  </Table.Td>
                  <Table.Td ta="right">
                    {completion.data.evaluationsAvailable ? n(c.evaluationsDone) : t('common.none')}
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={2}>
                      <Progress.Root size="md" aria-label={t('monitoring.barLabel', { pct: n(done) })}>
                        {PLAN_COLUMNS.map((col) =>
                          c[col.key] > 0 ? (
                            <Progress.Section
                              key={col.key}
                              value={pct(c[col.key], c.employees)}
                              color={col.color}
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

  return (
    <>
      <PageHeader
        title={t('monitoring.title')}
        description={t('monitoring.description')}
        actions={
          xlsx ? (
            <Button component="a" href={xlsx} variant="light" data-testid="monitoring-xlsx">
              {t('monitoring.xlsx')}
            </Button>
          ) : undefined
        }
      />
      <Stack gap="md">
        <Card withBorder padding="md">
          <Group gap="sm" wrap="wrap" align="flex-end">
            <NativeSelect
              label={t('monitoring.cycle')}
              value={chosen ?? ''}
              onChange={(e) => {
                setCycleId(e.currentTarget.value);
                setPeriodId(null);
              }}
              data={(cycles.data?.items ?? []).map((c) => ({ value: c.id, label: String(c.year) }))}
              data-testid="monitoring-cycle"
              miw={140}
            />
            <NativeSelect
              label={t('monitoring.period')}
              value={periodId ?? ''}
              onChange={(e) => setPeriodId(e.currentTarget.value || null)}
              data={[
                { value: '', label: t('monitoring.currentPeriod') },
                ...(cycle?.periods ?? []).map((p) => ({ value: p.id, label: p.label })),
              ]}
              data-testid="monitoring-period"
              miw={200}
            />
            <SegmentedControl
              value={scope}
              onChange={(v) => setScope(v === 'own' ? 'own' : 'subtree')}
              data={[
                { value: 'subtree', label: t('monitoring.scope.subtree') },
                { value: 'own', label: t('monitoring.scope.own') },
              ]}
              aria-label={t('monitoring.scope.label')}
              data-testid="monitoring-scope"
            />
          </Group>
        </Card>
        <Card withBorder padding="md">
          {unitId ? (
            <Group gap="xs" mb="sm" wrap="wrap">
              <Text size="sm" data-testid="monitoring-unit-filter">
                {t('monitoring.unitOnly', { unit: completion.data?.units[0]?.name ?? '' })}
              </Text>
              <Button size="compact-sm" variant="subtle" onClick={() => setParams({})}>
                {t('monitoring.allUnits')}
              </Button>
            </Group>
          ) : null}
          {completion.data?.period ? (
            <Text size="sm" c="dimmed" mb="sm" data-testid="monitoring-period-label">
              {t('monitoring.periodShown', { period: completion.data.period.label })}
            </Text>
          ) : null}
          {body}
        </Card>
      </Stack>
      {chosen ? (
        <PeopleDrawer
          key={target ? `${target.unit.unitId}:${target.status}` : 'closed'}
          cycleId={chosen}
          periodId={periodId}
          scope={scope === 'own' ? 'unit' : 'subtree'}
          target={target}
          onClose={() => setTarget(null)}
        />
      ) : null}
    </>
  );
}

export default MonitoringPage;
