import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import { usePeriodLabel } from '../../../lib/use-period-label';
import { useImprovementPeriods, type ImprovementPeriodView } from '../api/list-improvement-periods';

/** The periods to show: open or escalated ones (what the employee is living through now). */
export function currentPeriods(items: readonly ImprovementPeriodView[]): ImprovementPeriodView[] {
  return items.filter((p) => p.status === 'open' || p.status === 'escalated');
}

function PeriodAlert({ period }: { period: ImprovementPeriodView }) {
  const { t, i18n } = useTranslation();
  const periodName = usePeriodLabel();
  const decided = period.escalations.filter((e) => e.status === 'decided');
  return (
    <Alert
      color={period.status === 'escalated' ? 'red' : 'orange'}
      variant="light"
      title={t(`improvement.banner.title.${period.status === 'escalated' ? 'escalated' : 'open'}`)}
      data-testid={`improvement-banner-${period.id}`}
      data-status={period.status}
    >
      <Stack gap={4}>
        <Text size="sm">
          {t('improvement.banner.body', {
            start: formatDate(period.startDate, i18n.language),
            end: formatDate(period.endDate, i18n.language),
            period: period.periodLabel ? periodName(period.periodLabel) : '-',
          })}
        </Text>
        {period.status === 'escalated' ? <Text size="sm">{t('improvement.banner.escalated')}</Text> : null}
        {decided.map((e) => (
          <Text size="sm" key={e.id} data-testid="improvement-decision">
            {t('improvement.banner.decision', {
              decision: e.decision ? t(`escalations.decisions.${e.decision}`) : '-',
              date: formatDate(e.decidedAt, i18n.language),
            })}
            {e.note ? ` — ${e.note}` : ''}
          </Text>
        ))}
        {period.developmentPlanId ? (
          <Anchor
            component={Link}
            to={`/development-plans/${period.developmentPlanId}`}
            size="sm"
            fw={600}
            data-testid="improvement-plan-link"
          >
            {t('improvement.banner.plan')}
          </Anchor>
        ) : null}
      </Stack>
    </Alert>
  );
}

/**
 * The employee's open improvement period(s): dates, what it means, and a link to its development plan. Renders
 * nothing while loading, on an error, or when there is none (a banner, not a section of its own).
 */
export function ImprovementBanner({ employeeId }: { employeeId: string | null | undefined }) {
  const query = useImprovementPeriods(employeeId);
  const items = query.data ? currentPeriods(query.data.items) : [];
  if (items.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="improvement-banner">
      {items.map((p) => (
        <PeriodAlert key={p.id} period={p} />
      ))}
    </Stack>
  );
}
