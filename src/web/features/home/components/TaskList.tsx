import type { ReactNode } from 'react';
import { Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../../../domain/permissions';
import { StatusChip } from '../../../components/StatusChip';
import { useUser } from '../../../lib/auth';
import { formatDate } from '../../../lib/format';
import { errorMessage } from '../../../lib/notify';
import { useCurrentCycle } from '../../cycles';
import { useEvaluations } from '../../evaluations';
import { useObjections } from '../../objections';
import { useLeaderStatus, useOpenAmendment, useWorkPlans } from '../../work-plans';

function Task({
  text,
  action,
  to,
  testId,
  chip,
  primary = false,
}: {
  text: string;
  action?: string;
  to?: string;
  testId: string;
  chip?: ReactNode;
  primary?: boolean;
}) {
  return (
    <Paper withBorder p="sm" radius="md" data-testid={testId}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap="xs" wrap="nowrap" style={{ minWidth: 0, flex: '1 1 12rem' }}>
          {chip}
          <Text size="sm">{text}</Text>
        </Group>
        {action && to ? (
          <Button
            component={Link}
            to={to}
            size="sm"
            variant={primary ? 'filled' : 'light'}
            data-testid={`${testId}-action`}
          >
            {action}
          </Button>
        ) : null}
      </Group>
    </Paper>
  );
}

function MyPlanTask({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation();
  const user = useUser();
  const cycle = useCurrentCycle();
  const plans = useWorkPlans(
    { employeeId, cycleId: cycle.data?.id, limit: 1, offset: 0 },
    { enabled: Boolean(cycle.data) },
  );
  const plan = plans.data?.items[0];
  const amendment = useOpenAmendment(employeeId, cycle.data?.id ?? undefined, plan);
  if (cycle.isPending || (cycle.data && plans.isPending)) return <Skeleton height={52} radius="md" />;
  const error = cycle.error ?? plans.error;
  if (error)
    return (
      <Text size="sm" c="red">
        {errorMessage(error, t)}
      </Text>
    );
  if (!cycle.data) {
    return can(user.roles, 'manage:cycles') ? (
      <Task
        testId="home-task-cycle"
        text={t('home.tasks.noCycleHr')}
        action={t('cycles.create')}
        to="/admin/cycles"
        primary
      />
    ) : (
      <Task testId="home-task-cycle" text={t('home.tasks.noCycle')} />
    );
  }
  const year = cycle.data.year;
  if (!plan) {
    return (
      <Task
        testId="home-task-plan"
        text={t('home.tasks.noPlan', { year })}
        action={t('home.tasks.draftPlan')}
        to="/plans/mine"
        primary
      />
    );
  }
  const chip = <StatusChip status={plan.status} testId="home-plan-status" />;
  switch (plan.status) {
    case 'draft':
      return (
        <Task
          testId="home-task-plan"
          chip={chip}
          text={t('home.tasks.draft', { year })}
          action={t('home.tasks.continuePlan')}
          to={`/plans/${plan.id}`}
          primary
        />
      );
    case 'returned':
      return (
        <Task
          testId="home-task-plan"
          chip={chip}
          text={t('home.tasks.returned', { year })}
          action={t('home.tasks.fixPlan')}
          to={`/plans/${plan.id}`}
          primary
        />
      );
    case 'submitted':
      return (
        <Task
          testId="home-task-plan"
          chip={chip}
          text={t('home.tasks.submitted', { year })}
          action={t('home.tasks.viewPlan')}
          to={`/plans/${plan.id}`}
        />
      );
    case 'approved':
      if (amendment) {
        return (
          <Task
            testId="home-task-plan"
            chip={<StatusChip status={amendment.status} testId="home-plan-status" />}
            text={t('home.tasks.amendment', { year })}
            action={
              amendment.status === 'submitted' ? t('home.tasks.viewPlan') : t('home.tasks.continuePlan')
            }
            to={`/plans/${amendment.id}`}
            primary={amendment.status !== 'submitted'}
          />
        );
      }
      return (
        <Task
          testId="home-task-plan"
          chip={chip}
          text={t('home.tasks.approved', { year })}
          action={t('home.tasks.viewPlan')}
          to={`/plans/${plan.id}`}
        />
      );
  }
}

function ApprovalTask() {
  const { t } = useTranslation();
  const leader = useLeaderStatus();
  if (leader.waiting.isPending && leader.hasSubordinates) return <Skeleton height={52} radius="md" />;
  if (!leader.isAssessor) return null;
  if (leader.waitingCount > 0) {
    return (
      <Task
        testId="home-task-inbox"
        text={t('home.tasks.waiting', { count: leader.waitingCount })}
        action={t('home.tasks.openInbox')}
        to="/plans/inbox"
        primary
      />
    );
  }
  return (
    <Task
      testId="home-task-inbox"
      text={t('home.tasks.noneWaiting')}
      {...(leader.hasSubordinates ? { action: t('nav.teamMatrix'), to: '/team/matrix' } : {})}
    />
  );
}

/** Final evaluations the employee has not yet confirmed receiving. */
function AcknowledgeTask({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation();
  const list = useEvaluations({ employeeId, status: 'final', limit: 50, offset: 0 });
  const pending = (list.data?.items ?? []).filter((e) => e.employeeId === employeeId && !e.acknowledgedAt);
  if (pending.length === 0) return null;
  const only = pending.length === 1 ? pending[0] : undefined;
  return (
    <Task
      testId="home-task-evaluation"
      text={t('home.tasks.acknowledge', { count: pending.length })}
      action={t('home.tasks.openEvaluation')}
      to={only ? `/evaluations/${only.id}` : '/evaluations/mine'}
      primary
    />
  );
}

/**
 * Objections waiting for the caller: to decide (with the nearest decision deadline, PP 30/2019 art. 59), or to
 * explain.
 */
function ObjectionTask() {
  const { t, i18n } = useTranslation();
  const list = useObjections('open', 0);
  const items = list.data?.items ?? [];
  const toDecide = items.filter((o) => o.can.requestExplanations || o.can.decide);
  const toExplain = items.filter((o) => o.can.explainAsAssessor || o.can.explainAsEmployee);
  const nearest = toDecide.map((o) => o.decisionDueOn).sort()[0];
  return (
    <>
      {toDecide.length > 0 && nearest ? (
        <Task
          testId="home-task-objection-decide"
          text={t('home.tasks.objectionsToDecide', {
            count: toDecide.length,
            date: formatDate(nearest, i18n.language),
          })}
          action={t('home.tasks.openObjections')}
          to={toDecide.length === 1 ? `/objections/${toDecide[0]!.id}` : '/objections'}
          primary
        />
      ) : null}
      {toExplain.length > 0 ? (
        <Task
          testId="home-task-objection"
          text={t('home.tasks.objections', { count: toExplain.length })}
          action={t('home.tasks.openObjections')}
          to="/objections"
          primary
        />
      ) : null}
    </>
  );
}

/** "Tugas kinerja": what the signed-in person should do now about their SKP and their team's. */
export function TaskList() {
  const user = useUser();
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="home-task-list">
      {user.employeeId ? <MyPlanTask employeeId={user.employeeId} /> : null}
      {user.employeeId ? <ApprovalTask /> : null}
      {user.employeeId ? <AcknowledgeTask employeeId={user.employeeId} /> : null}
      {user.employeeId ? <ObjectionTask /> : null}
      {!user.employeeId && can(user.roles, 'manage:cycles') ? (
        <Task
          testId="home-task-cycles"
          text={t('home.tasks.cyclesHr')}
          action={t('nav.cycles')}
          to="/admin/cycles"
        />
      ) : null}
      {!user.employeeId && !can(user.roles, 'manage:cycles') ? (
        <Text size="sm" c="dimmed">
          {t('home.tasks.none')}
        </Text>
      ) : null}
    </Stack>
  );
}
