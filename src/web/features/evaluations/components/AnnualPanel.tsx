import { Alert, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import type { AnnualPrefillView } from '../types';
import { PredicateChip } from './PredicateChip';
import { usePeriodLabel } from '../../../lib/use-period-label';

function PeriodicList({ items }: { items: AnnualPrefillView['periodic'] }) {
  const periodName = usePeriodLabel();
  const { t } = useTranslation();
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('evaluations.annual.noneInPlan')}
      </Text>
    );
  return (
    <List size="sm" spacing={4}>
      {items.map((p) => (
        <List.Item key={p.evaluationId}>
          <Group gap="xs" wrap="wrap">
            <Text size="sm" component={Link} to={`/evaluations/${p.evaluationId}`} td="underline">
              {periodName(p.label)}
            </Text>
            <PredicateChip predicate={p.predicate} size="xs" />
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

/**
 * The annual evaluation's pre-fill: the final periodic predicates (grouped by plan when a transfer split the year) and
 * the suggested annual predicate (weighted by the months of each plan).
 */
export function AnnualPanel({ annual }: { annual: AnnualPrefillView }) {
  const { t, i18n } = useTranslation();
  return (
    <Alert
      color="indigo"
      variant="light"
      title={t('evaluations.annual.title')}
      data-testid="evaluation-annual"
    >
      <Stack gap="xs">
        {annual.periodic.length === 0 ? (
          <Text size="sm">{t('evaluations.annual.none')}</Text>
        ) : (
          <>
            <Group gap="xs" wrap="wrap">
              <Text size="sm" fw={600}>
                {t('evaluations.annual.suggested')}:
              </Text>
              <PredicateChip predicate={annual.suggestedPredicate} testId="evaluation-annual-suggested" />
            </Group>
            <Text size="xs" c="dimmed">
              {t(`evaluations.annual.mode.${annual.mode}`)}
            </Text>
            <Text size="sm" fw={600}>
              {t('evaluations.annual.periodic')}
            </Text>
            {annual.plans.length > 1 ? (
              annual.plans.map((plan) => (
                <Stack
                  key={plan.workPlanId}
                  gap={2}
                  data-testid={`evaluation-annual-plan-${plan.workPlanId}`}
                >
                  <Text size="sm">
                    {t('evaluations.annual.plan', {
                      unit: plan.unitName,
                      from: formatDate(plan.startDate, i18n.language),
                      to: plan.endDate
                        ? formatDate(plan.endDate, i18n.language)
                        : t('evaluations.annual.yearEnd'),
                      months: plan.months,
                    })}
                    {plan.assessorName
                      ? ` · ${t('evaluations.annual.assessor', { name: plan.assessorName })}`
                      : ''}
                  </Text>
                  <PeriodicList items={annual.periodic.filter((p) => p.workPlanId === plan.workPlanId)} />
                </Stack>
              ))
            ) : (
              <PeriodicList items={annual.periodic} />
            )}
          </>
        )}
        <Text size="xs">{t('evaluations.annual.hint')}</Text>
      </Stack>
    </Alert>
  );
}
