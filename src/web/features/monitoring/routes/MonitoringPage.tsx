import { Button, Card, Group, NativeSelect, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { PageHeader } from '../../../components/PageHeader';
import { isForbidden, QueryState } from '../../../components/QueryState';
import { ListSkeleton, PageSkeleton } from '../../../components/Skeletons';
import { ForbiddenPage } from '../../../components/StatusPages';
import { downloadUrl } from '../../../lib/api-client';
import { useCurrentCycle, useCycles } from '../../cycles';
import { useCompletion } from '../api/get-completion';
import { CompletionTable, type Target } from '../components/CompletionTable';
import { PeopleDrawer } from '../components/PeopleDrawer';
import { usePeriodLabel } from '../../../lib/use-period-label';

/** Pemantauan: per unit (and rolled up the tree) how far the cycle is; drill down to the people; XLSX. */
export function MonitoringPage() {
  const periodName = usePeriodLabel();
  const { t } = useTranslation();
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
  if (isForbidden(completion.error)) return <ForbiddenPage />;

  const xlsx = chosen
    ? downloadUrl(
        `/monitoring/completion.xlsx?${new URLSearchParams({
          cycleId: chosen,
          ...(periodId ? { periodId } : {}),
          ...(unitId ? { unitId } : {}),
        }).toString()}`,
      )
    : undefined;

  const body = !chosen ? (
    <EmptyState title={t('monitoring.noCycle')} />
  ) : (
    <QueryState query={completion} loading={<ListSkeleton rows={6} />}>
      {(view) =>
        view.units.length === 0 ? (
          <EmptyState title={t('monitoring.empty')} />
        ) : (
          <CompletionTable view={view} scope={scope} onDrill={setTarget} />
        )
      }
    </QueryState>
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
                ...(cycle?.periods ?? []).map((p) => ({ value: p.id, label: periodName(p.label) })),
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
              {t('monitoring.periodShown', { period: periodName(completion.data.period.label) })}
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
