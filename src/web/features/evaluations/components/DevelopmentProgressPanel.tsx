import { Anchor, Badge, Card, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatNumber } from '../../../lib/format';
import { usePeriodLabel } from '../../../lib/use-period-label';
import { useDevelopmentPlans, type DevelopmentPlanView } from '../api/list-development-plans';
import type { EvaluationView } from '../types';

const ITEM_COLORS = { planned: 'blue', completed: 'teal', cancelled: 'gray' } as const;

/**
 * The earlier development plans (open or done) of an evaluated employee — "the next evaluation shows the plan's
 * progress beside the ratings" (issue 14). The plan of this evaluation itself is not earlier. Shows nothing when there
 * is none or the reader may not see development plans.
 */
export function earlierPlans(plans: readonly DevelopmentPlanView[], evaluation: EvaluationView) {
  const until = evaluation.finalizedAt ?? evaluation.updatedAt;
  return plans
    .filter((p) => p.evaluationId !== evaluation.id && p.status !== 'cancelled' && p.createdAt <= until)
    .slice(0, 2);
}

export function DevelopmentProgressPanel({ evaluation }: { evaluation: EvaluationView }) {
  const { t, i18n } = useTranslation();
  const periodName = usePeriodLabel();
  const query = useDevelopmentPlans(evaluation.employeeId);
  const plans = query.data ? earlierPlans(query.data.items, evaluation) : [];
  const own = query.data?.items.find((p) => p.evaluationId === evaluation.id && p.status !== 'cancelled');
  if (plans.length === 0 && !own) return null;
  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-labelledby="development-progress-title"
      data-testid="development-progress"
    >
      <Stack gap="sm">
        <Title order={2} fz="h5" id="development-progress-title">
          {t('development.progress.title')}
        </Title>
        {own ? (
          <Anchor
            component={Link}
            to={`/development-plans/${own.id}`}
            size="sm"
            data-testid="development-plan-of-evaluation"
          >
            {t('development.progress.ownPlan')}
          </Anchor>
        ) : null}
        {own && plans.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('development.progress.noEarlier')}
          </Text>
        ) : null}
        {plans.map((plan) => {
          const pct = plan.progress.total
            ? Math.round((plan.progress.completed / plan.progress.total) * 100)
            : 0;
          return (
            <Stack key={plan.id} gap={6} data-testid={`development-progress-${plan.id}`}>
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Text size="sm" fw={600}>
                  {plan.periodLabel ? periodName(plan.periodLabel) : t('evaluations.development.noPeriod')}
                </Text>
                <Badge
                  variant="outline"
                  radius="sm"
                  size="sm"
                  color={plan.status === 'done' ? 'teal' : 'blue'}
                >
                  {t(`evaluations.development.status.${plan.status}`)}
                </Badge>
              </Group>
              <Progress value={pct} size="sm" aria-label={t('development.progress.bar', { pct })} />
              <Text size="sm" data-testid="development-progress-summary">
                {t('development.progress.summary', {
                  completed: plan.progress.completed,
                  total: plan.progress.total,
                  hours: formatNumber(plan.progress.completedHours, i18n.language),
                })}
              </Text>
              {plan.items.length > 0 ? (
                <List size="sm" spacing={2}>
                  {plan.items.map((item) => (
                    <List.Item key={item.id}>
                      <Group gap={6} wrap="wrap">
                        <Text span size="sm">
                          {item.title}
                        </Text>
                        <Badge
                          size="xs"
                          variant="light"
                          color={item.overdue ? 'red' : ITEM_COLORS[item.status]}
                        >
                          {item.overdue
                            ? t('development.item.overdue')
                            : t(`development.item.status.${item.status}`)}
                        </Badge>
                        <Text span size="xs" c="dimmed">
                          {item.completedAt
                            ? t('development.item.completedOn', {
                                date: formatDate(item.completedAt, i18n.language),
                              })
                            : t('development.item.dueOn', { date: formatDate(item.dueDate, i18n.language) })}
                        </Text>
                      </Group>
                    </List.Item>
                  ))}
                </List>
              ) : null}
              <Anchor component={Link} to={`/development-plans/${plan.id}`} size="sm">
                {t('development.openPlan')}
              </Anchor>
            </Stack>
          );
        })}
      </Stack>
    </Card>
  );
}
