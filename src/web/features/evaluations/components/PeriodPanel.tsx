import { Anchor, Badge, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BERAKHLAK } from '../../../../domain/work-plans/berakhlak';
import { ErrorState } from '../../../components/ErrorState';
import { ListSkeleton } from '../../../components/Skeletons';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { useFeedback } from '../../feedback';
import { type ProgressEntryView, useProgressEntries } from '../../progress';
import { shorten } from '../../work-plans';
import type { EvaluationView } from '../types';
import { usePeriodLabel } from '../../../lib/use-period-label';

const KIND_COLOR: Record<string, string> = { strength: 'teal', improvement: 'orange' };

function ProgressList({ evaluation }: { evaluation: EvaluationView }) {
  const { t, i18n } = useTranslation();
  const query = useProgressEntries(evaluation.workPlanId, evaluation.periodId);
  if (query.isPending) return <ListSkeleton rows={2} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const indicators = new Map(
    evaluation.results.flatMap((r) => r.indicators.map((i) => [i.id, { ...i, resultText: r.text }] as const)),
  );
  // entries come newest first: the first one per indicator counts
  const latest = new Map<string, ProgressEntryView>();
  for (const entry of query.data.items)
    if (!latest.has(entry.indicatorId)) latest.set(entry.indicatorId, entry);
  if (latest.size === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="period-progress-empty">
        {t('evaluations.side.noProgress')}
      </Text>
    );
  return (
    <Stack gap="xs" data-testid="period-progress">
      {[...latest.values()].map((entry) => {
        const indicator = indicators.get(entry.indicatorId);
        const value =
          entry.value !== null
            ? `${formatNumber(entry.value, i18n.language)}${indicator?.unit ? ` ${indicator.unit}` : ''}`
            : (entry.text ?? '');
        return (
          <Stack key={entry.indicatorId} gap={0} data-testid="period-progress-item">
            <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
              {indicator ? shorten(indicator.text, 120) : entry.indicatorId}
            </Text>
            <Group gap={6} wrap="wrap">
              <Text size="xs">{t('evaluations.side.value', { value })}</Text>
              {entry.achievement !== null ? (
                <Badge size="xs" variant="light" color="gray">
                  {t('evaluations.side.achievement', {
                    value: formatNumber(entry.achievement, i18n.language),
                  })}
                </Badge>
              ) : null}
            </Group>
            {entry.note ? (
              <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {entry.note}
              </Text>
            ) : null}
          </Stack>
        );
      })}
    </Stack>
  );
}

function FeedbackList({ evaluation }: { evaluation: EvaluationView }) {
  const { t, i18n } = useTranslation();
  const query = useFeedback(evaluation.workPlanId);
  if (query.isPending) return <ListSkeleton rows={2} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const threads = query.data.items.filter((th) => th.periodId === evaluation.periodId);
  if (threads.length === 0)
    return (
      <Text size="sm" c="dimmed" data-testid="period-feedback-empty">
        {t('evaluations.side.noFeedback')}
      </Text>
    );
  const results = new Map(evaluation.results.map((r) => [r.id, r.text]));
  return (
    <Stack gap="sm" data-testid="period-feedback">
      {threads.map((thread) => {
        const subject = thread.resultId
          ? shorten(results.get(thread.resultId) ?? '', 60)
          : thread.behaviour
            ? BERAKHLAK[thread.behaviour].label
            : t('evaluations.side.general');
        return (
          <Stack key={thread.id} gap={2} data-testid="period-feedback-item">
            <Group gap={6} wrap="wrap">
              {thread.kind ? (
                <Badge size="xs" variant="light" color={KIND_COLOR[thread.kind] ?? 'gray'}>
                  {t(`feedback.kind.${thread.kind}`)}
                </Badge>
              ) : null}
              <Text size="xs" c="dimmed">
                {thread.author.name} · {formatDateTime(thread.createdAt, i18n.language)}
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              {t('evaluations.side.about', { subject })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {thread.text}
            </Text>
            {thread.replies.length > 0 ? (
              <Text size="xs" c="dimmed">
                {t('evaluations.side.replies', { count: thread.replies.length })}
              </Text>
            ) : null}
          </Stack>
        );
      })}
    </Stack>
  );
}

/** Realisasi & Umpan Balik periode ini: what the evaluation rests on, read from the plan's monitoring. */
export function PeriodPanel({ evaluation }: { evaluation: EvaluationView }) {
  const periodName = usePeriodLabel();
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" data-testid="evaluation-period-panel" component="section">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={2} size="h5">
            {t('evaluations.side.title')}
          </Title>
          <Anchor component={Link} to={`/plans/${evaluation.workPlanId}?tab=progress`} size="sm">
            {t('evaluations.side.openPlan')}
          </Anchor>
        </Group>
        <Text size="xs" c="dimmed">
          {periodName(evaluation.period.label)}
        </Text>
        <Title order={3} size="h6">
          {t('evaluations.side.progress')}
        </Title>
        <ProgressList evaluation={evaluation} />
        <Divider />
        <Title order={3} size="h6">
          {t('evaluations.side.feedback')}
        </Title>
        <FeedbackList evaluation={evaluation} />
      </Stack>
    </Card>
  );
}
