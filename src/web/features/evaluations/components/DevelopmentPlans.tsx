import { Anchor, Badge, Card, Group, List, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BERAKHLAK } from '../../../../domain/work-plans/berakhlak';
import { QueryState } from '../../../components/QueryState';
import { formatDate, formatNumber } from '../../../lib/format';
import { VoluntaryPlanButton } from './VoluntaryPlanButton';
import { useDevelopmentPlans, type DevelopmentPlanView, type FocusArea } from '../api/list-development-plans';
import { PredicateChip } from './PredicateChip';
import { usePeriodLabel } from '../../../lib/use-period-label';

const STATUS_COLORS: Record<DevelopmentPlanView['status'], string> = {
  open: 'blue',
  done: 'teal',
  cancelled: 'gray',
};

export function FocusAreaText({ area }: { area: FocusArea }) {
  const { t } = useTranslation();
  if (area.kind === 'behaviour') {
    const label = area.value ? BERAKHLAK[area.value].label : area.text;
    return <>{t('evaluations.development.focusBehaviour', { label })}</>;
  }
  if (area.kind === 'result') {
    return (
      <>
        {t('evaluations.development.focusResult', {
          text: area.text,
          rating: t(`evaluations.ratings.${area.rating ?? 'below'}`),
        })}
      </>
    );
  }
  if (area.kind === 'own') return <>{t('development.focus.own', { text: area.text })}</>;
  return <>{t('development.focus.feedback', { text: area.text })}</>;
}

function PlanItem({ plan }: { plan: DevelopmentPlanView }) {
  const periodName = usePeriodLabel();
  const { t, i18n } = useTranslation();
  return (
    <Card
      withBorder
      padding="sm"
      data-testid={`development-plan-${plan.id}`}
      data-status={plan.status}
      component="li"
      style={{ listStyle: 'none' }}
    >
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={600} size="sm">
            {plan.periodLabel ? periodName(plan.periodLabel) : t('evaluations.development.noPeriod')}
          </Text>
          <Group gap={6} wrap="wrap">
            <Badge
              color={STATUS_COLORS[plan.status]}
              variant="outline"
              radius="sm"
              size="sm"
              data-testid="development-plan-status"
            >
              {t(`evaluations.development.status.${plan.status}`)}
            </Badge>
            {plan.predicate ? <PredicateChip predicate={plan.predicate} /> : null}
          </Group>
        </Group>
        {plan.focusAreas.length > 0 ? (
          <List
            size="sm"
            spacing={2}
            aria-label={t('evaluations.development.focusAreas')}
            data-testid="development-plan-focus-areas"
          >
            {plan.focusAreas.map((area, i) => (
              <List.Item key={`${area.kind}-${area.resultId ?? area.value ?? i}`}>
                <FocusAreaText area={area} />
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            {t('evaluations.development.noFocusAreas')}
          </Text>
        )}
        {plan.note ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {plan.note}
          </Text>
        ) : null}
        {plan.progress.total > 0 ? (
          <Text size="sm" data-testid="development-plan-progress">
            {t('development.progress.summary', {
              completed: plan.progress.completed,
              total: plan.progress.total,
              hours: formatNumber(plan.progress.completedHours, i18n.language),
            })}
            {plan.progress.overdue > 0
              ? ` · ${t('development.progress.overdue', { count: plan.progress.overdue })}`
              : ''}
          </Text>
        ) : null}
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text size="xs" c="dimmed" data-testid="development-plan-created">
            {t('evaluations.development.createdAt', { date: formatDate(plan.createdAt, i18n.language) })}
          </Text>
          <Anchor
            component={Link}
            to={`/development-plans/${plan.id}`}
            size="sm"
            data-testid="development-plan-open"
            aria-label={t('development.openPlanOf', {
              period: plan.periodLabel ? periodName(plan.periodLabel) : t('evaluations.development.noPeriod'),
            })}
          >
            {t('development.openPlan')}
          </Anchor>
        </Group>
      </Stack>
    </Card>
  );
}

/**
 * Rencana Pengembangan Kompetensi: the plans made when a final predicate is Butuh Perbaikan, Kurang or Sangat
 * Kurang, each with the results and BerAKHLAK values rated below expectation.
 */
export function DevelopmentPlans({
  employeeId,
  canStartVoluntary = false,
}: {
  employeeId: string;
  /** the employee's own page: offer a voluntary plan */
  canStartVoluntary?: boolean;
}) {
  const { t } = useTranslation();
  const query = useDevelopmentPlans(employeeId);

  const body = (
    <QueryState
      query={query}
      loading={
        <Stack gap="xs" data-testid="development-plans-loading" aria-busy="true">
          <Skeleton height={16} width="40%" />
          <Skeleton height={12} />
          <Skeleton height={12} width="70%" />
        </Stack>
      }
    >
      {(data) =>
        data.items.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="development-plans-empty">
            {t('evaluations.development.empty')}
          </Text>
        ) : (
          <Stack gap="sm" component="ul" m={0} p={0}>
            {data.items.map((plan) => (
              <PlanItem key={plan.id} plan={plan} />
            ))}
          </Stack>
        )
      }
    </QueryState>
  );

  return (
    <Card
      component="section"
      withBorder
      padding="md"
      data-testid="development-plans"
      aria-labelledby="development-plans-title"
    >
      <Stack gap="sm">
        <div>
          <Title order={2} fz="h4" id="development-plans-title">
            {t('evaluations.development.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('evaluations.development.description')}
          </Text>
        </div>
        {canStartVoluntary ? <VoluntaryPlanButton employeeId={employeeId} /> : null}
        {body}
      </Stack>
    </Card>
  );
}
