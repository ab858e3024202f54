import { Alert, Badge, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BEHAVIOUR_VALUES, BERAKHLAK } from '../../../../domain/work-plans/berakhlak';
import { useProgressGrid } from '../../progress';
import { formatTarget } from '../../work-plans';
import type { EvaluationView } from '../types';
import { DistributionWarning } from './DistributionWarning';
import { EditorConflictSlot } from './EditorConflict';
import { RatedEntry } from './EditorParts';
import { EvaluationSection } from './EvaluationSection';
import { IndicatorFigures } from './IndicatorFigures';
import { PredicateChip } from './PredicateChip';
import { PredicateMatrix } from './PredicateMatrix';
import { RatingPicker } from './RatingPicker';
import { SuggestionBox } from './SuggestionBox';
import type { EvaluationEditorState } from './use-evaluation-editor';
import { withCharCount } from '../../../components/CharCount';

interface SectionProps {
  evaluation: EvaluationView;
  editor: EvaluationEditorState;
}

/** Each RHK of the plan with its indicators, its rating and a comment. */
export function ResultsSection({ evaluation, editor }: SectionProps) {
  const { t, i18n } = useTranslation();
  // the period, to-date and year achievements of each indicator, counted through the evaluation's period
  const grid = useProgressGrid(evaluation.workPlanId, { throughPeriodId: evaluation.periodId }).data;
  return (
    <EvaluationSection
      id="eval-results-title"
      title={t('evaluations.editor.resultsTitle')}
      hint={t('evaluations.editor.resultsHint')}
    >
      {evaluation.results.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('evaluations.editor.noResults')}
        </Text>
      ) : null}
      {evaluation.results.map((result, index) => (
        <RatedEntry
          key={result.id}
          kind="result"
          itemKey={result.id}
          entry={editor.draft.results[result.id] ?? { rating: null, comment: '' }}
          onChange={(patch) => editor.setResult(result.id, patch)}
          ratingLabel={t('evaluations.editor.ratingFor', { text: result.text })}
          footer={<EditorConflictSlot editor={editor} field={`result:${result.id}`} />}
        >
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Text size="sm" fw={700} c="dimmed">
              {index + 1}.
            </Text>
            <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
              <Group gap={6} wrap="wrap">
                <Badge size="xs" variant={result.kind === 'main' ? 'filled' : 'outline'} color="gray">
                  {t(`terms.kind.${result.kind}`)}
                </Badge>
              </Group>
              <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                {result.text}
              </Text>
              {result.parentText ? (
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {t('evaluations.editor.supports', { text: result.parentText })}
                </Text>
              ) : null}
              {result.indicators.length > 0 ? (
                <List size="xs" c="dimmed" spacing={2} aria-label={t('evaluations.editor.indicators')}>
                  {result.indicators.map((i) => {
                    const target = formatTarget(i, i18n.language);
                    return (
                      <List.Item key={i.id} style={{ overflowWrap: 'anywhere' }}>
                        {i.text}
                        {target ? ` — ${t('evaluations.editor.target', { target })}` : ''}
                        {grid ? (
                          <IndicatorFigures grid={grid} indicatorId={i.id} periodId={evaluation.periodId} />
                        ) : null}
                      </List.Item>
                    );
                  })}
                </List>
              ) : null}
            </Stack>
          </Group>
        </RatedEntry>
      ))}
    </EvaluationSection>
  );
}

/** The overall result rating: the suggestion (or the offered rating), the pick, and a reason when departing. */
export function OverallResultSection({ evaluation, editor }: SectionProps) {
  const { t } = useTranslation();
  const { draft, derived, missing, pickResultRating, change } = editor;
  const leader = evaluation.leaderRule;
  if (leader?.mode === 'binding')
    return (
      <EvaluationSection id="eval-overall-title" title={t('evaluations.editor.overallResult')}>
        <Alert
          color={leader.rating ? 'blue' : 'yellow'}
          data-testid="evaluation-leader-rule"
          title={t('evaluations.editor.leaderBound.title')}
        >
          {leader.rating && leader.orgPredicate
            ? t('evaluations.editor.leaderBound.set', {
                unit: leader.unitName,
                orgPredicate: t(`evaluations.orgPredicates.${leader.orgPredicate}`),
                rating: t(`evaluations.ratings.${leader.rating}`),
              })
            : t('evaluations.editor.leaderBound.missing', { unit: leader.unitName })}
        </Alert>
        <RatingPicker
          value={derived.resultRating}
          onChange={pickResultRating}
          testIdPrefix="evaluation-overall-result"
          label={t('evaluations.editor.overallResult')}
          showLabel
          disabled
        />
      </EvaluationSection>
    );
  return (
    <EvaluationSection id="eval-overall-title" title={t('evaluations.editor.overallResult')}>
      <SuggestionBox
        suggestion={derived.suggestion}
        offered={evaluation.offeredResultRating}
        current={derived.resultRating}
        onUse={pickResultRating}
      />
      <RatingPicker
        value={derived.resultRating}
        onChange={pickResultRating}
        testIdPrefix="evaluation-overall-result"
        label={t('evaluations.editor.overallResult')}
        showLabel
        description={draft.followSuggestion ? t('evaluations.editor.overallResultHint') : undefined}
        suggested={derived.suggestion?.rating ?? null}
        suggestedLabel={t('evaluations.editor.suggestedMark')}
      />
      <EditorConflictSlot editor={editor} field="resultRating" />
      {derived.departs ? (
        <Textarea
          label={t('evaluations.editor.reason')}
          description={withCharCount(
            t('evaluations.editor.reasonHint', {
              suggested: t(`evaluations.ratings.${derived.suggestion?.rating ?? 'meets'}`),
            }),
            draft.reason.length,
            2000,
            'evaluation-reason-count',
          )}
          required
          autosize
          minRows={2}
          maxLength={2000}
          value={draft.reason}
          onChange={(e) => {
            const reason = e.currentTarget.value;
            change((d) => ({ ...d, reason }));
          }}
          error={missing?.includes('reason') ? t('evaluations.editor.reasonRequired') : undefined}
          data-testid="evaluation-reason"
        />
      ) : null}
      <EditorConflictSlot editor={editor} field="reason" />
    </EvaluationSection>
  );
}

/** The BerAKHLAK values, each rated with a comment, and the overall behaviour rating. */
export function BehaviourSection({ editor }: { editor: EvaluationEditorState }) {
  const { t } = useTranslation();
  const { draft, setBehaviour, change } = editor;
  const counts = BEHAVIOUR_VALUES.reduce(
    (acc, v) => {
      const r = draft.behaviours[v].rating;
      if (r) {
        acc.rated += 1;
        acc[r] += 1;
      }
      return acc;
    },
    { rated: 0, above: 0, meets: 0, below: 0 },
  );
  return (
    <EvaluationSection
      id="eval-behaviour-title"
      title={t('evaluations.editor.behaviourTitle')}
      hint={t('evaluations.editor.behaviourHint')}
    >
      {BEHAVIOUR_VALUES.map((value) => {
        const info = BERAKHLAK[value];
        return (
          <RatedEntry
            key={value}
            kind="behaviour"
            itemKey={value}
            entry={draft.behaviours[value]}
            onChange={(patch) => setBehaviour(value, patch)}
            ratingLabel={t('evaluations.editor.ratingFor', { text: info.label })}
            footer={<EditorConflictSlot editor={editor} field={`behaviour:${value}`} />}
          >
            <Text size="sm" fw={700}>
              {info.label}
            </Text>
            <List size="xs" c="dimmed" spacing={2}>
              {info.guides.map((g) => (
                <List.Item key={g}>{g}</List.Item>
              ))}
            </List>
          </RatedEntry>
        );
      })}
      <Text size="xs" c="dimmed" data-testid="evaluation-behaviour-counts">
        {t('evaluations.editor.behaviourCount', counts)}
      </Text>
      <RatingPicker
        value={draft.behaviourRating}
        onChange={(rating) => change((d) => ({ ...d, behaviourRating: rating }))}
        testIdPrefix="evaluation-overall-behaviour"
        label={t('evaluations.editor.overallBehaviour')}
        description={t('evaluations.editor.overallBehaviourHint')}
        showLabel
      />
      <EditorConflictSlot editor={editor} field="behaviourRating" />
    </EvaluationSection>
  );
}

/** Constructive feedback: strengths and what to improve. */
export function FeedbackTextsSection({ editor }: { editor: EvaluationEditorState }) {
  const { t } = useTranslation();
  const { draft, change } = editor;
  return (
    <EvaluationSection id="eval-feedback-title" title={t('evaluations.editor.feedbackTitle')}>
      <Textarea
        label={t('evaluations.editor.strengths')}
        description={withCharCount(
          t('evaluations.editor.strengthsHint'),
          draft.strengths.length,
          4000,
          'evaluation-strengths-count',
        )}
        autosize
        minRows={2}
        maxLength={4000}
        value={draft.strengths}
        onChange={(e) => {
          const strengths = e.currentTarget.value;
          change((d) => ({ ...d, strengths }));
        }}
        data-testid="evaluation-strengths"
      />
      <EditorConflictSlot editor={editor} field="strengths" />
      <Textarea
        label={t('evaluations.editor.improvements')}
        description={withCharCount(
          t('evaluations.editor.improvementsHint'),
          draft.improvements.length,
          4000,
          'evaluation-improvements-count',
        )}
        autosize
        minRows={2}
        maxLength={4000}
        value={draft.improvements}
        onChange={(e) => {
          const improvements = e.currentTarget.value;
          change((d) => ({ ...d, improvements }));
        }}
        data-testid="evaluation-improvements"
      />
      <EditorConflictSlot editor={editor} field="improvements" />
    </EvaluationSection>
  );
}

/** The predicate the two ratings give, on the matrix, and the distribution rules finalising would break. */
export function PreviewSection({ evaluation, editor }: SectionProps) {
  const { t } = useTranslation();
  const { draft, derived } = editor;
  return (
    <EvaluationSection
      id="eval-preview-title"
      title={t('evaluations.editor.previewTitle')}
      gap="sm"
      aside={<PredicateChip predicate={derived.preview} size="md" testId="evaluation-predicate-preview" />}
    >
      <Text size="sm" data-testid="evaluation-preview-text">
        {derived.preview && derived.resultRating && draft.behaviourRating
          ? t('evaluations.editor.previewCell', {
              result: t(`evaluations.ratings.${derived.resultRating}`),
              behaviour: t(`evaluations.ratings.${draft.behaviourRating}`),
              predicate: t(`evaluations.predicates.${derived.preview}`),
            })
          : t('evaluations.editor.previewNone')}
      </Text>
      <PredicateMatrix resultRating={derived.resultRating} behaviourRating={draft.behaviourRating} />
      <DistributionWarning
        variant="pending"
        violations={evaluation.pendingViolations}
        lead={
          evaluation.orgPredicate
            ? t('evaluations.distribution.lead', {
                unit: evaluation.unitName,
                orgPredicate: t(`evaluations.orgPredicates.${evaluation.orgPredicate}`),
              })
            : t('evaluations.distribution.leadPlain', { unit: evaluation.unitName })
        }
      />
    </EvaluationSection>
  );
}
