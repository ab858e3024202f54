import { Anchor, Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import { usePeriodLabel } from '../../../lib/use-period-label';
import { PredicateChip } from '../../evaluations';
import type { EscalationHistory as History, EscalationView } from '../types';

type HistoryEvaluation = History['opening'];

function EvaluationLine({ label, e, testId }: { label: string; e: HistoryEvaluation; testId: string }) {
  const { t, i18n } = useTranslation();
  const periodName = usePeriodLabel();
  return (
    <Stack gap={2} data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Group gap="xs" wrap="wrap">
        <Anchor component={Link} to={`/evaluations/${e.evaluationId}`} size="sm" fw={600}>
          {periodName(e.periodLabel)}
        </Anchor>
        <PredicateChip predicate={e.predicate} size="xs" />
      </Group>
      <Text size="xs" c="dimmed">
        {[
          e.finalizedAt
            ? t('escalations.history.finalizedAt', { date: formatDate(e.finalizedAt, i18n.language) })
            : null,
          e.assessorName ? t('escalations.history.by', { name: e.assessorName }) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
    </Stack>
  );
}

/** What led to the escalation: the opening and the further evaluation, the period, the development plans. */
export function EscalationHistory({ escalation }: { escalation: EscalationView }) {
  const { t, i18n } = useTranslation();
  const periodName = usePeriodLabel();
  const h = escalation.history;
  return (
    <Card withBorder padding="md" data-testid="escalation-history">
      <Title order={2} fz="h5" mb="sm">
        {t('escalations.history.title')}
      </Title>
      <Stack gap="md">
        <EvaluationLine label={t('escalations.history.opening')} e={h.opening} testId="escalation-opening" />
        <Stack gap={2}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('escalations.history.period')}
          </Text>
          <Group gap="xs" wrap="wrap">
            <Text size="sm" data-testid="escalation-period-dates">
              {formatDate(h.improvementPeriod.startDate, i18n.language)} –{' '}
              {formatDate(h.improvementPeriod.endDate, i18n.language)}
            </Text>
            <Badge variant="outline" size="sm" radius="sm">
              {t(`improvement.status.${escalation.improvementPeriod.status}`)}
            </Badge>
          </Group>
        </Stack>
        <EvaluationLine label={t('escalations.history.further')} e={h.further} testId="escalation-further" />
        <Stack gap={4}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('escalations.history.plans')}
          </Text>
          {h.developmentPlans.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('escalations.history.noPlans')}
            </Text>
          ) : (
            <List size="sm" spacing={4} data-testid="escalation-plans">
              {h.developmentPlans.map((p) => (
                <List.Item key={p.id}>
                  <Anchor component={Link} to={`/development-plans/${p.id}`} size="sm">
                    {p.periodLabel ? periodName(p.periodLabel) : t('escalations.history.voluntary')}
                  </Anchor>{' '}
                  ·{' '}
                  {t('escalations.history.planLine', {
                    status: t(`escalations.planStatus.${p.status}`),
                    completed: p.items.completed,
                    total: p.items.planned + p.items.completed,
                  })}
                  {p.agreedByEmployeeAt && p.agreedByAssessorAt
                    ? ` · ${t('escalations.history.agreed')}`
                    : ''}
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
        {h.earlierEscalations.length > 0 ? (
          <Text size="sm" data-testid="escalation-earlier">
            {t('escalations.history.earlier', { count: h.earlierEscalations.length })}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
