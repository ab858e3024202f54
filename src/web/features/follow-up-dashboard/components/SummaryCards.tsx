import { Card, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import type { FollowUpDashboardView } from '../types';

function Figure({
  label,
  value,
  note,
  testId,
  long = false,
}: {
  label: string;
  value: string;
  note: string;
  testId: string;
  /** a long value (rupiah): a size smaller on phones, so it stays on one line in half the width */
  long?: boolean;
}) {
  return (
    <Card withBorder padding="sm" radius="md" data-testid={testId}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fz={{ base: long ? 'md' : 'lg', sm: 'xl' }} fw={700} data-testid={`${testId}-value`}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {note}
      </Text>
    </Card>
  );
}

/** The totals at a glance: plans, overdue items, JP and cost, JP bounds, improvement periods, nominations. */
export function SummaryCards({ view }: { view: FollowUpDashboardView }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  const f = view.totals;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="sm" data-testid="follow-up-summary">
      <Figure
        testId="follow-up-card-plans"
        label={t('followUp.cards.openPlans')}
        value={n(f.plans.open)}
        note={t('followUp.cards.agreedPlans', { count: f.plans.agreed, n: n(f.plans.agreed) })}
      />
      <Figure
        testId="follow-up-card-overdue"
        label={t('followUp.cards.overdue')}
        value={n(f.items.overdue)}
        note={t('followUp.cards.plannedItems', { count: f.items.planned, n: n(f.items.planned) })}
      />
      <Figure
        testId="follow-up-card-hours"
        label={t('followUp.cards.hours', { year: view.year })}
        value={n(f.learning.hours)}
        note={t('followUp.cards.completedItems', { count: f.items.completed, n: n(f.items.completed) })}
      />
      <Figure
        testId="follow-up-card-cost"
        label={t('followUp.cards.cost', { year: view.year })}
        value={`Rp\u00a0${formatNumber(f.learning.cost, i18n.language, 0)}`}
        long
        note={t('followUp.cards.costNote')}
      />
      <Figure
        testId="follow-up-card-pns"
        label={t('followUp.cards.pnsBelow', { min: view.jpMinimum })}
        value={n(f.learning.pnsBelowMinimum)}
        note={t('followUp.cards.ofPns', { count: f.learning.pns, n: n(f.learning.pns) })}
      />
      <Figure
        testId="follow-up-card-pppk"
        label={t('followUp.cards.pppkAbove', { max: view.jpMaximum })}
        value={n(f.learning.pppkAboveMaximum)}
        note={t('followUp.cards.ofPppk', { count: f.learning.pppk, n: n(f.learning.pppk) })}
      />
      <Figure
        testId="follow-up-card-periods"
        label={t('followUp.cards.periodsOpen')}
        value={n(f.improvementPeriods.open)}
        note={t('followUp.cards.escalationsOpen', { count: f.escalations.open, n: n(f.escalations.open) })}
      />
      <Figure
        testId="follow-up-card-nominations"
        label={t('followUp.cards.nominations')}
        value={n(f.nominations.nominated)}
        note={t('followUp.cards.nominationsAccepted', {
          count: f.nominations.accepted,
          n: n(f.nominations.accepted),
        })}
      />
    </SimpleGrid>
  );
}
