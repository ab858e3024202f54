import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BEHAVIOUR_VALUES, BERAKHLAK } from '../../../../domain/work-plans/berakhlak';
import { formatDateTime } from '../../../lib/format';
import type { EvaluationView } from '../types';
import { EvaluationSection } from './EvaluationSection';
import { PredicateChip } from './PredicateChip';
import { PredicateMatrix } from './PredicateMatrix';
import { RatingChip } from './RatingChip';
import { ViolationList } from './ViolationList';

function Block({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={4} data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {title}
      </Text>
      {children}
    </Stack>
  );
}

function Prose({ text, testId }: { text: string; testId?: string }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid={testId}>
      {text}
    </Text>
  );
}

/** The assessor's comment on one rating, or that there is none. */
function RatedComment({ comment }: { comment: string | null }) {
  const { t } = useTranslation();
  return (
    <Text
      size="sm"
      c={comment ? undefined : 'dimmed'}
      style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
    >
      {comment ?? t('evaluations.explain.noComment')}
    </Text>
  );
}

/**
 * Penjelasan Predikat: every part of the verdict in place — both ratings and the lit matrix cell, the suggestion
 * and any departure reason, the per-RHK and BerAKHLAK ratings with comments, constructive feedback, the accepted
 * distribution violations with their justification, the organisation predicate, who finalised it and when, and
 * any reopening.
 */
export function EvaluationExplanation({ evaluation }: { evaluation: EvaluationView }) {
  const { t, i18n } = useTranslation();
  const final = evaluation.status === 'final';
  const predicate = final ? evaluation.predicate : evaluation.predicatePreview;
  const resultRatings = new Map(evaluation.resultRatings.map((r) => [r.resultId, r]));
  const behaviourRatings = new Map(evaluation.behaviourRatings.map((b) => [b.value, b]));

  return (
    <Stack gap="lg" data-testid="evaluation-explanation">
      <EvaluationSection
        id="eval-explain-title"
        title={t('evaluations.explain.title')}
        aside={<PredicateChip predicate={predicate} size="lg" testId="evaluation-explanation-predicate" />}
      >
        {!final ? (
          <Alert color="gray" variant="light" data-testid="evaluation-draft-note">
            {t('evaluations.page.readOnlyDraft')}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Block title={t('evaluations.editor.overallResult')}>
            <Group>
              <RatingChip rating={evaluation.resultRating} size="md" testId="evaluation-result-rating" />
            </Group>
          </Block>
          <Block title={t('evaluations.editor.overallBehaviour')}>
            <Group>
              <RatingChip
                rating={evaluation.behaviourRating}
                size="md"
                testId="evaluation-behaviour-rating"
              />
            </Group>
          </Block>
        </SimpleGrid>
        {predicate && evaluation.resultRating && evaluation.behaviourRating ? (
          <Text size="sm" data-testid="evaluation-explanation-cell">
            {t('evaluations.explain.cell', {
              result: t(`evaluations.ratings.${evaluation.resultRating}`),
              behaviour: t(`evaluations.ratings.${evaluation.behaviourRating}`),
              predicate: t(`evaluations.predicates.${predicate}`),
            })}
          </Text>
        ) : null}
        <PredicateMatrix
          resultRating={evaluation.resultRating}
          behaviourRating={evaluation.behaviourRating}
        />
        {evaluation.suggestion ? (
          <Block title={t('evaluations.editor.suggestionTitle')} testId="evaluation-explanation-suggestion">
            <Text size="sm">
              {t('evaluations.explain.suggested', {
                rating: t(`evaluations.ratings.${evaluation.suggestion.rating}`),
              })}{' '}
              {t(`evaluations.editor.reasons.${evaluation.suggestion.reason}`)}
            </Text>
            <Text size="xs" c="dimmed">
              {t('evaluations.editor.suggestionCounts', {
                rated: evaluation.suggestion.rated,
                above: evaluation.suggestion.above,
                meets: evaluation.suggestion.meets,
                below: evaluation.suggestion.below,
                mainBelow: evaluation.suggestion.mainBelow,
              })}
            </Text>
          </Block>
        ) : null}
        {evaluation.offeredResultRating ? (
          <Block title={t('evaluations.editor.offeredTitle')}>
            <Text size="sm">
              {t('evaluations.editor.offered', {
                unit: evaluation.offeredResultRating.unitName,
                orgPredicate: t(`evaluations.orgPredicates.${evaluation.offeredResultRating.orgPredicate}`),
                rating: t(`evaluations.ratings.${evaluation.offeredResultRating.rating}`),
              })}
            </Text>
          </Block>
        ) : null}
        {evaluation.reason ? (
          <Block title={t('evaluations.explain.reason')}>
            <Prose text={evaluation.reason} testId="evaluation-departure-reason" />
          </Block>
        ) : null}
        {evaluation.orgPredicate ? (
          <Block title={t('evaluations.explain.orgPredicate')}>
            <Text size="sm" data-testid="evaluation-org-predicate">
              {t(`evaluations.orgPredicates.${evaluation.orgPredicate}`)} · {evaluation.unitName}
            </Text>
          </Block>
        ) : null}
        {evaluation.justification || evaluation.violations.length > 0 ? (
          <Block title={t('evaluations.explain.justification')} testId="evaluation-justification">
            {evaluation.violations.length > 0 ? (
              <>
                <Text size="xs" c="dimmed">
                  {t('evaluations.distribution.accepted')}
                </Text>
                <ViolationList violations={evaluation.violations} />
              </>
            ) : null}
            {evaluation.justification ? <Prose text={evaluation.justification} /> : null}
          </Block>
        ) : null}
        {evaluation.finalizedAt && evaluation.finalizedBy ? (
          <Text size="sm" data-testid="evaluation-finalized-by">
            {t('evaluations.explain.finalizedBy', {
              name: evaluation.finalizedBy.name,
              date: formatDateTime(evaluation.finalizedAt, i18n.language),
            })}
          </Text>
        ) : null}
        {evaluation.reopenedAt ? (
          <Alert color="grape" variant="light" data-testid="evaluation-reopened">
            <Text size="sm">
              {t('evaluations.explain.reopened', {
                date: formatDateTime(evaluation.reopenedAt, i18n.language),
              })}
            </Text>
            {evaluation.reopenReason ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {t('evaluations.explain.reopenReason', { reason: evaluation.reopenReason })}
              </Text>
            ) : null}
          </Alert>
        ) : null}
      </EvaluationSection>

      <EvaluationSection id="eval-per-result-title" title={t('evaluations.explain.perResult')} gap="sm">
        {evaluation.results.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('evaluations.editor.noResults')}
          </Text>
        ) : null}
        {evaluation.results.map((result, index) => {
          const rated = resultRatings.get(result.id);
          return (
            <Paper
              key={result.id}
              withBorder
              p="sm"
              radius="md"
              data-testid="evaluation-result-view"
              data-result={result.id}
            >
              <Stack gap={4}>
                <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
                  <Group gap={6} wrap="nowrap" align="flex-start" style={{ minWidth: 0, flex: '1 1 14rem' }}>
                    <Text size="sm" fw={700} c="dimmed">
                      {index + 1}.
                    </Text>
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      <Badge size="xs" variant={result.kind === 'main' ? 'filled' : 'outline'} color="gray">
                        {t(`terms.kind.${result.kind}`)}
                      </Badge>
                      <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                        {result.text}
                      </Text>
                    </Stack>
                  </Group>
                  <RatingChip rating={rated?.rating ?? null} />
                </Group>
                <RatedComment comment={rated?.comment ?? null} />
              </Stack>
            </Paper>
          );
        })}
      </EvaluationSection>

      <EvaluationSection id="eval-per-behaviour-title" title={t('evaluations.explain.perBehaviour')} gap="sm">
        {BEHAVIOUR_VALUES.map((value) => {
          const rated = behaviourRatings.get(value);
          return (
            <Paper
              key={value}
              withBorder
              p="sm"
              radius="md"
              data-testid="evaluation-behaviour-view"
              data-value={value}
            >
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Text size="sm" fw={600}>
                  {BERAKHLAK[value].label}
                </Text>
                <RatingChip rating={rated?.rating ?? null} />
              </Group>
              <RatedComment comment={rated?.comment ?? null} />
            </Paper>
          );
        })}
      </EvaluationSection>

      {evaluation.strengths || evaluation.improvements ? (
        <EvaluationSection
          id="eval-constructive-title"
          title={t('evaluations.explain.feedbackTitle')}
          gap="sm"
        >
          {evaluation.strengths ? (
            <Block title={t('evaluations.editor.strengths')}>
              <Prose text={evaluation.strengths} testId="evaluation-strengths-view" />
            </Block>
          ) : null}
          {evaluation.improvements ? (
            <Block title={t('evaluations.editor.improvements')}>
              <Prose text={evaluation.improvements} testId="evaluation-improvements-view" />
            </Block>
          ) : null}
        </EvaluationSection>
      ) : null}
    </Stack>
  );
}
