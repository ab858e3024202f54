import { Alert, Badge, Button, Card, Group, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { can } from '../../../../domain/permissions';
import { APPROACHES } from '../../../../domain/work-plans/schemas';
import { DetailList } from '../../../components/DetailList';
import { EmptyState } from '../../../components/EmptyState';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { CardsSkeleton, ListSkeleton } from '../../../components/Skeletons';
import { StatusChip } from '../../../components/StatusChip';
import { ApiError } from '../../../lib/api-client';
import { useUser } from '../../../lib/auth';
import { formatDate, formatDateTime } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { type Cycle, useCurrentCycle, useCycles } from '../../cycles';
import { useCreateWorkPlan } from '../api/create-work-plan';
import { useWorkPlans } from '../api/list-work-plans';
import { useOpenAmendment } from '../api/use-open-amendment';
import { PlanListCard } from '../components/PlanListItem';
import { revisionLabel } from '../format';
import type { WorkPlanListItem } from '../types';

function CreatePlan({
  cycle,
  employeeId,
  onCreatedElsewhere,
}: {
  cycle: Cycle;
  employeeId: string;
  onCreatedElsewhere: () => void;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateWorkPlan();
  const [approach, setApproach] = useState<(typeof APPROACHES)[number]>('quantitative');
  return (
    <Card withBorder padding="md" radius="md" data-testid="plan-create-card">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('myPlan.createTitle', { year: cycle.year })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('myPlan.createHint')}
        </Text>
        <Radio.Group
          label={t('myPlan.approach')}
          value={approach}
          onChange={(v) => setApproach(v === 'qualitative' ? 'qualitative' : 'quantitative')}
          data-testid="plan-approach"
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
            {APPROACHES.map((a) => (
              <Radio.Card key={a} value={a} p="md" radius="md" withBorder data-testid={`plan-approach-${a}`}>
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  <Radio.Indicator />
                  <div>
                    <Text fw={600} size="sm">
                      {t(`terms.approach.${a}`)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`plan.info.approachHint.${a}`)}
                    </Text>
                  </div>
                </Group>
              </Radio.Card>
            ))}
          </SimpleGrid>
        </Radio.Group>
        {cycle.planningDeadline ? (
          <Text size="xs" c="dimmed">
            {t('myPlan.deadline', { date: formatDate(cycle.planningDeadline, i18n.language) })}
          </Text>
        ) : null}
        <Group>
          <Button
            size="md"
            loading={create.isPending}
            data-testid="plan-create"
            onClick={() =>
              create.mutate(
                { cycleId: cycle.id, employeeId, approach },
                {
                  onSuccess: (plan) => {
                    notifySuccess(t('myPlan.created'));
                    void navigate(`/plans/${plan.id}`);
                  },
                  onError: (error) => {
                    notifyError(error, t);
                    if (error instanceof ApiError && error.status === 409) onCreatedElsewhere();
                  },
                },
              )
            }
          >
            {t('myPlan.create')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function CurrentPlan({ item, amendment }: { item: WorkPlanListItem; amendment: WorkPlanListItem | null }) {
  const { t, i18n } = useTranslation();
  const next =
    item.status === 'draft'
      ? t('myPlan.next.draft')
      : item.status === 'returned'
        ? t('myPlan.next.returned')
        : item.status === 'submitted'
          ? t('myPlan.next.submitted')
          : t('myPlan.next.approved');
  return (
    <Card withBorder padding="md" radius="md" data-testid="my-plan-card">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} fz="h4">
            {t('myPlan.current')}
          </Title>
          <StatusChip status={item.status} testId="plan-status" size="md" />
        </Group>
        <Text size="sm">{next}</Text>
        <DetailList
          items={[
            { label: t('plan.info.revision'), value: revisionLabel(item.revision, t) },
            { label: t('plan.info.approach'), value: t(`terms.approach.${item.approach}`) },
            { label: t('myPlan.results'), value: t('plan.resultCount', { count: item.resultCount }) },
            {
              label: t('myPlan.pendingLinks'),
              value:
                item.pendingLinks > 0
                  ? t('plan.pendingLinks', { count: item.pendingLinks })
                  : t('common.none'),
            },
            { label: t('common.updatedAt'), value: formatDateTime(item.updatedAt, i18n.language) },
          ]}
        />
        {amendment ? (
          <Alert color="grape" variant="light" data-testid="my-plan-amendment">
            <Text size="sm">
              {t('plan.openAmendment', {
                label: revisionLabel(amendment.revision, t),
                status: t(`status.${amendment.status}`),
              })}
            </Text>
            <Button component={Link} to={`/plans/${amendment.id}`} size="sm" mt="xs" color="grape">
              {t('plan.openAmendmentLink')}
            </Button>
          </Alert>
        ) : null}
        <Group>
          <Button component={Link} to={`/plans/${item.id}`} size="md" data-testid="plan-open">
            {item.status === 'draft' || item.status === 'returned' ? t('myPlan.continue') : t('myPlan.open')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** After a transfer the year has several plans: each with its days and unit; the ended ones are read-only. */
function PlansOfYear({ items, currentId }: { items: WorkPlanListItem[]; currentId: string | null }) {
  const { t, i18n } = useTranslation();
  const day = (d: string) => formatDate(d, i18n.language);
  return (
    <Stack gap="sm" component="section" aria-labelledby="my-plan-spans" data-testid="my-plan-spans">
      <Title order={2} fz="h4" id="my-plan-spans">
        {t('planSpans.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('planSpans.hint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {items.map((p) => (
          <Card
            key={p.id}
            withBorder
            padding="sm"
            radius="md"
            data-testid="my-plan-span-item"
            data-ended={p.ended}
            bg={p.id === currentId ? 'var(--mantine-color-blue-light)' : undefined}
          >
            <Stack gap={4}>
              <Group justify="space-between" gap="xs">
                <Text fw={600} size="sm">
                  {p.endDate
                    ? t('planSpans.range', { start: day(p.startDate), end: day(p.endDate) })
                    : t('planSpans.from', { start: day(p.startDate) })}
                </Text>
                <StatusChip status={p.status} />
              </Group>
              <Text size="sm">{p.unitName}</Text>
              {p.ended && p.endDate ? (
                <Badge color="gray" variant="light" radius="sm" data-testid="my-plan-span-ended">
                  {t('planSpans.ended', { date: day(p.endDate) })}
                </Badge>
              ) : null}
              <Group>
                <Button component={Link} to={`/plans/${p.id}`} size="xs" variant="light">
                  {t('myPlan.open')}
                </Button>
              </Group>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function History({ employeeId, excludeId }: { employeeId: string; excludeId: string | null }) {
  const { t } = useTranslation();
  const plans = useWorkPlans({ employeeId, current: false, limit: 100, offset: 0 });
  const cycles = useCycles();
  const years = new Map((cycles.data?.items ?? []).map((c) => [c.id, c.year]));
  const list = (all: WorkPlanListItem[]) => {
    const items = all.filter((p) => p.id !== excludeId);
    return items.length === 0 ? (
      <Text size="sm" c="dimmed" data-testid="my-plan-history-empty">
        {t('myPlan.historyEmpty')}
      </Text>
    ) : (
      <Stack gap="xs">
        {items.map((p) => (
          <PlanListCard
            key={p.id}
            item={p}
            showEmployee={false}
            yearLabel={t('plan.title', { year: years.get(p.cycleId) ?? '' })}
            testId="my-plan-history-item"
          />
        ))}
      </Stack>
    );
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="my-plan-history">
      <Title order={2} fz="h4" id="my-plan-history">
        {t('myPlan.history')}
      </Title>
      <QueryState query={plans} loading={<ListSkeleton rows={2} />}>
        {(data) => list(data.items)}
      </QueryState>
    </Stack>
  );
}

/** SKP Saya: my plan for the current cycle (or "Buat SKP"), and my earlier versions and years. */
export function MyPlanPage() {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const employeeId = user.employeeId;
  const cycle = useCurrentCycle({ enabled: Boolean(employeeId) });
  const cycleId = cycle.data?.id;
  const plans = useWorkPlans(
    { employeeId: employeeId ?? undefined, cycleId, limit: 20, offset: 0 },
    { enabled: Boolean(employeeId && cycleId) },
  );

  // The plans of the year in date order; the one not ended (a transfer opened it last) is the one to work on.
  const yearPlans = [...(plans.data?.items ?? [])].sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
  const currentPlan = yearPlans.length > 0 ? yearPlans.find((p) => !p.ended) : undefined;
  const currentId = currentPlan?.id ?? null;
  const amendment = useOpenAmendment(employeeId ?? '', cycleId, currentPlan);

  const header = <PageHeader title={t('myPlan.title')} description={t('myPlan.description')} />;
  if (!employeeId) {
    return (
      <>
        {header}
        <EmptyState title={t('myPlan.noEmployee')} description={t('myPlan.noEmployeeHint')} />
      </>
    );
  }

  const loading = <CardsSkeleton count={1} />;
  const body = (
    <QueryState query={cycle} loading={loading}>
      {(current) =>
        !current ? (
          <EmptyState
            title={t('myPlan.noCycle')}
            description={t('myPlan.noCycleHint')}
            action={
              can(user.roles, 'manage:cycles') ? (
                <Button component={Link} to="/admin/cycles" mt="sm">
                  {t('cycles.create')}
                </Button>
              ) : null
            }
          />
        ) : (
          <QueryState query={plans} loading={loading}>
            {() =>
              currentPlan ? (
                <CurrentPlan item={currentPlan} amendment={amendment} />
              ) : (
                <CreatePlan
                  cycle={current}
                  employeeId={employeeId}
                  onCreatedElsewhere={() => void plans.refetch()}
                />
              )
            }
          </QueryState>
        )
      }
    </QueryState>
  );

  return (
    <>
      {header}
      <Stack gap="lg">
        {cycle.data ? (
          <Text size="sm" c="dimmed" data-testid="my-plan-cycle">
            {t('myPlan.cycle', {
              year: cycle.data.year,
              start: formatDate(cycle.data.startDate, i18n.language),
              end: formatDate(cycle.data.endDate, i18n.language),
            })}
          </Text>
        ) : null}
        {body}
        {yearPlans.length > 1 ? <PlansOfYear items={yearPlans} currentId={currentId} /> : null}
        <History employeeId={employeeId} excludeId={currentId} />
      </Stack>
    </>
  );
}

export default MyPlanPage;
