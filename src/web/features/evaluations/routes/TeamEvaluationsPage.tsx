import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { PageHeader } from '../../../components/PageHeader';
import { isForbidden, QueryState } from '../../../components/QueryState';
import { CardsSkeleton, PageSkeleton } from '../../../components/Skeletons';
import { useCan, useUser } from '../../../lib/auth';
import { formatDateTime } from '../../../lib/format';
import { notifyError } from '../../../lib/notify';
import { evaluationPeriod, PeriodPicker, useCurrentCycle, useCycles } from '../../cycles';
import { TeamLearningHours } from '../../ledger';
import { useCreateEvaluation } from '../api/create-evaluation';
import { useTeamEvaluations } from '../api/list-team-evaluations';
import { EvaluationStatusChip } from '../components/EvaluationStatusChip';
import { PredicateChip } from '../components/PredicateChip';
import type { TeamEvaluationRow } from '../types';

function TeamRow({ row, periodId }: { row: TeamEvaluationRow; periodId: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateEvaluation();
  const evaluation = row.evaluation;
  const id = row.employee.id;
  return (
    <Card
      withBorder
      padding="sm"
      data-testid={`team-evaluation-row-${id}`}
      data-status={evaluation?.status ?? 'not_started'}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Stack gap={0} style={{ minWidth: 0, flex: '1 1 12rem' }}>
            <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
              {row.employee.name}
            </Text>
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {[
                row.employee.nip ? `NIP ${row.employee.nip}` : null,
                row.employee.positionTitle,
                row.employee.unitName,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Stack>
          <Group gap={6} wrap="wrap">
            <EvaluationStatusChip status={evaluation?.status ?? 'not_started'} />
            {evaluation ? <PredicateChip predicate={evaluation.predicate} /> : null}
          </Group>
        </Group>
        {evaluation?.acknowledgedAt ? (
          <Text size="xs" c="dimmed">
            {t('evaluations.mine.acknowledged', {
              date: formatDateTime(evaluation.acknowledgedAt, i18n.language),
            })}
          </Text>
        ) : null}
        {evaluation?.objectionStatus ? (
          <Text size="xs" c="orange">
            {t(`evaluations.objectionStatus.${evaluation.objectionStatus}`)}
          </Text>
        ) : null}
        <Group justify="flex-end">
          {evaluation ? (
            <Button
              component={Link}
              to={`/evaluations/${evaluation.id}`}
              size="sm"
              variant={evaluation.status === 'draft' ? 'filled' : 'light'}
              aria-label={t('evaluations.team.openFor', { name: row.employee.name })}
              data-testid={`team-evaluation-open-${id}`}
            >
              {t('evaluations.team.open')}
            </Button>
          ) : (
            <Button
              size="sm"
              loading={create.isPending}
              aria-label={t('evaluations.team.startFor', { name: row.employee.name })}
              data-testid={`team-evaluation-start-${id}`}
              onClick={() =>
                create.mutate(
                  { workPlanId: row.workPlanId, periodId },
                  {
                    onSuccess: (created) => void navigate(`/evaluations/${created.id}`),
                    onError: (error) => notifyError(error, t),
                  },
                )
              }
            >
              {t('evaluations.team.start')}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

/** Evaluasi Tim: the people I assess for a period, with the evaluation's state; start or open each one. */
export function TeamEvaluationsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const top = useCan('assess:top');
  const cycles = useCycles();
  const current = useCurrentCycle();
  const [params, setParams] = useSearchParams();
  const items = cycles.data?.items ?? [];
  const cycleId = params.get('cycleId') ?? current.data?.id ?? items[0]?.id ?? null;
  const cycle = items.find((c) => c.id === cycleId) ?? (current.data?.id === cycleId ? current.data : null);
  const requested = params.get('periodId');
  const periodId =
    requested && cycle?.periods.some((p) => p.id === requested)
      ? requested
      : (evaluationPeriod(cycle?.periods ?? [])?.id ?? null);
  const team = useTeamEvaluations(periodId);

  if (cycles.isPending || current.isPending) return <PageSkeleton />;

  const body =
    !user.employeeId && !top ? (
      <EmptyState title={t('evaluations.noEmployee')} description={t('evaluations.noEmployeeHint')} />
    ) : !cycle || !periodId ? (
      <EmptyState title={t('evaluations.noCycle')} description={t('evaluations.noCycleHint')} />
    ) : (
      <QueryState query={team} loading={<CardsSkeleton count={3} />}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState title={t('evaluations.team.empty')} description={t('evaluations.team.emptyHint')} />
          ) : (
            <Stack gap="sm">
              <Text size="sm" c="dimmed" data-testid="team-evaluation-summary">
                {t('evaluations.team.summary', {
                  done: items.filter((r) => r.evaluation?.status === 'final').length,
                  total: items.length,
                })}
              </Text>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm" data-testid="team-evaluation-list">
                {items.map((row) => (
                  <TeamRow key={row.workPlanId} row={row} periodId={periodId} />
                ))}
              </SimpleGrid>
            </Stack>
          )
        }
      </QueryState>
    );

  return (
    <>
      <PageHeader title={t('evaluations.team.title')} description={t('evaluations.team.description')} />
      <Stack gap="md">
        {cycle ? (
          <Card withBorder padding="md">
            <PeriodPicker
              cycles={items}
              cycle={cycle}
              periodId={periodId}
              defaultPeriodOf={(c) => evaluationPeriod(c.periods)?.id ?? null}
              testIdPrefix="evaluation"
              onChange={(next) => {
                const copy = new URLSearchParams(params);
                copy.set('cycleId', next.cycleId);
                if (next.periodId) copy.set('periodId', next.periodId);
                else copy.delete('periodId');
                setParams(copy, { replace: true });
              }}
            />
          </Card>
        ) : null}
        {cycles.isError && !isForbidden(cycles.error) ? (
          <ErrorState error={cycles.error} onRetry={() => void cycles.refetch()} />
        ) : null}
        {body}
        {user.employeeId ? <TeamLearningHours /> : null}
        {user.employeeId ? (
          <Anchor component={Link} to="/evaluations/mine" size="sm">
            {t('evaluations.mine.title')}
          </Anchor>
        ) : null}
      </Stack>
    </>
  );
}

export default TeamEvaluationsPage;
