import { Alert, Badge, Button, Card, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rating } from '../../../../domain/evaluations/matrix';
import { BEHAVIOUR_VALUES, BERAKHLAK, type BehaviourValue } from '../../../../domain/work-plans/berakhlak';
import { ApiError } from '../../../lib/api-client';
import { errorMessage, notifyError, notifySuccess } from '../../../lib/notify';
import { useAutosave } from '../../../lib/use-autosave';
import { formatTarget } from '../../work-plans/format';
import { useFinalizeEvaluation } from '../api/finalize-evaluation';
import { useUpdateEvaluation } from '../api/update-evaluation';
import type { DistributionViolation, EvaluationView, FinalizeConflictDetails } from '../types';
import { AnnualPanel } from './AnnualPanel';
import { DistributionWarning } from './DistributionWarning';
import {
  derive,
  initialDraft,
  missingForFinalize,
  toInput,
  type EntryDraft,
  type EvaluationDraft,
} from './editor-state';
import { FinalizeJustificationModal } from './FinalizeJustificationModal';
import { PredicateChip } from './PredicateChip';
import { PredicateMatrix } from './PredicateMatrix';
import { RatingPicker } from './RatingPicker';
import { SuggestionBox } from './SuggestionBox';

/** Quiet time after the last change before the draft saves on its own. */
export const AUTOSAVE_MS = 3000;

function MissingAlert({ missing }: { missing: string[] }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      variant="light"
      title={t('evaluations.editor.missingTitle')}
      data-testid="evaluation-missing"
      role="alert"
    >
      <Text size="sm">{t('evaluations.editor.missingLead')}</Text>
      <List size="sm">
        {missing.map((m) => (
          <List.Item key={m} data-testid={`evaluation-missing-${m}`}>
            {t(`evaluations.editor.missing.${m}`, { defaultValue: m })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

function CommentField({
  entry,
  onChange,
  testId,
  label,
}: {
  entry: EntryDraft;
  onChange: (comment: string) => void;
  testId: string;
  label: string;
}) {
  const { t } = useTranslation();
  if (!entry.rating && entry.comment === '') return null;
  return (
    <Textarea
      label={label}
      placeholder={t('evaluations.editor.commentPlaceholder')}
      autosize
      minRows={1}
      maxLength={2000}
      value={entry.comment}
      onChange={(e) => onChange(e.currentTarget.value)}
      data-testid={testId}
    />
  );
}

/**
 * The assessor's editor of a draft evaluation: per-RHK ratings with the suggestion and its reasoning, the overall
 * ratings (a reason when departing from the suggestion), BerAKHLAK ratings, constructive feedback, the predicate
 * preview on the matrix, and the distribution warning. Saves on its own after a pause and on "Simpan"; a stale
 * save (409) asks to reload; "Finalisasi" saves first, then asks for a justification when the pattern breaks.
 */
export function EvaluationEditor({
  evaluation,
  onReload,
}: {
  evaluation: EvaluationView;
  /** reloads the evaluation and restarts the editor from it (after a stale save) */
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation();
  const update = useUpdateEvaluation(evaluation.id);
  const finalizeMutation = useFinalizeEvaluation(evaluation.id);
  const [draft, setDraft] = useState<EvaluationDraft>(() => initialDraft(evaluation));
  const [revision, setRevision] = useState(0);
  const [savedRevision, setSavedRevision] = useState(0);
  const [version, setVersion] = useState(evaluation.version);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [stale, setStale] = useState(false);
  const [missing, setMissing] = useState<string[] | null>(null);
  const [violations, setViolations] = useState<DistributionViolation[] | null>(null);
  const [finalizing, setFinalizing] = useState(false);

  const derived = useMemo(() => derive(evaluation, draft), [evaluation, draft]);
  const dirty = revision !== savedRevision;

  const change = useCallback((updater: (d: EvaluationDraft) => EvaluationDraft) => {
    setDraft(updater);
    setRevision((r) => r + 1);
    setMissing(null);
  }, []);

  /** Saves the draft as it is now; a stale version (409) asks to reload. */
  const saveDraft = async (): Promise<EvaluationView | null> => {
    try {
      const saved = await update.mutateAsync({ ...toInput(draft, derived), version });
      setVersion(saved.version);
      setSavedRevision(revision);
      setSaveError(null);
      return saved;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) setStale(true);
      else setSaveError(error);
      return null;
    }
  };
  const autosave = useAutosave({
    dirty,
    changeKey: revision,
    paused: stale || finalizing,
    delayMs: AUTOSAVE_MS,
    save: saveDraft,
  });
  const saving = autosave.saving;
  const save = autosave.flush;

  const setResult = (resultId: string, patch: Partial<EntryDraft>) =>
    change((d) => ({
      ...d,
      results: {
        ...d.results,
        [resultId]: { ...(d.results[resultId] ?? { rating: null, comment: '' }), ...patch },
      },
    }));
  const setBehaviour = (value: BehaviourValue, patch: Partial<EntryDraft>) =>
    change((d) => ({ ...d, behaviours: { ...d.behaviours, [value]: { ...d.behaviours[value], ...patch } } }));
  const pickResultRating = (rating: Rating) =>
    change((d) => {
      const reference =
        evaluation.offeredResultRating?.rating ?? derive(evaluation, d).suggestion?.rating ?? null;
      return { ...d, resultRating: rating, followSuggestion: reference !== null && rating === reference };
    });

  const runFinalize = async (justification?: string) => {
    const local = missingForFinalize(draft, derived);
    if (local.length > 0) {
      setMissing(local);
      return;
    }
    setFinalizing(true);
    try {
      let v = version;
      if (dirty || derived.resultRating !== evaluation.resultRating) {
        const saved = await save();
        if (!saved) return;
        v = saved.version;
      }
      await finalizeMutation.mutateAsync({ version: v, ...(justification ? { justification } : {}) });
      setViolations(null);
      notifySuccess(t('evaluations.editor.finalized'));
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        const details = (error.details ?? {}) as FinalizeConflictDetails;
        if (Array.isArray(details.violations) && details.violations.length > 0) {
          setViolations(details.violations);
          return;
        }
        if (Array.isArray(details.missing) && details.missing.length > 0) {
          setViolations(null);
          setMissing(details.missing);
          return;
        }
        if (error.code === 'CONFLICT') {
          setViolations(null);
          setStale(true);
          return;
        }
      }
      notifyError(error, t);
    } finally {
      setFinalizing(false);
    }
  };

  const saveStatus = saving
    ? t('evaluations.editor.saving')
    : saveError
      ? t('evaluations.editor.saveFailed', { message: errorMessage(saveError, t) })
      : dirty
        ? t('evaluations.editor.unsaved')
        : t('evaluations.editor.saved');

  const behaviourCounts = BEHAVIOUR_VALUES.reduce(
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
    <Stack gap="lg" data-testid="evaluation-editor">
      {stale ? (
        <Alert
          color="orange"
          title={t('evaluations.editor.staleTitle')}
          data-testid="evaluation-stale"
          role="alert"
        >
          <Text size="sm">{t('evaluations.editor.stale')}</Text>
          <Button
            mt="sm"
            size="xs"
            variant="white"
            color="orange"
            onClick={onReload}
            data-testid="evaluation-reload"
          >
            {t('evaluations.editor.reload')}
          </Button>
        </Alert>
      ) : null}
      {missing ? <MissingAlert missing={missing} /> : null}

      {evaluation.period.kind === 'annual' && evaluation.annual ? (
        <AnnualPanel annual={evaluation.annual} />
      ) : null}

      <Card withBorder padding="md" component="section" aria-labelledby="eval-results-title">
        <Stack gap="md">
          <div>
            <Title order={2} size="h4" id="eval-results-title">
              {t('evaluations.editor.resultsTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('evaluations.editor.resultsHint')}
            </Text>
          </div>
          {evaluation.results.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('evaluations.editor.noResults')}
            </Text>
          ) : null}
          {evaluation.results.map((result, index) => {
            const entry = draft.results[result.id] ?? { rating: null, comment: '' };
            return (
              <Paper
                key={result.id}
                withBorder
                p="sm"
                radius="md"
                data-testid="evaluation-result"
                data-result={result.id}
              >
                <Stack gap="xs">
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
                        <List
                          size="xs"
                          c="dimmed"
                          spacing={2}
                          aria-label={t('evaluations.editor.indicators')}
                        >
                          {result.indicators.map((i) => {
                            const target = formatTarget(i, i18n.language);
                            return (
                              <List.Item key={i.id} style={{ overflowWrap: 'anywhere' }}>
                                {i.text}
                                {target ? ` — ${t('evaluations.editor.target', { target })}` : ''}
                              </List.Item>
                            );
                          })}
                        </List>
                      ) : null}
                    </Stack>
                  </Group>
                  <RatingPicker
                    value={entry.rating}
                    onChange={(rating) => setResult(result.id, { rating })}
                    testIdPrefix={`evaluation-result-rating-${result.id}`}
                    label={t('evaluations.editor.ratingFor', { text: result.text })}
                  />
                  <CommentField
                    entry={entry}
                    onChange={(comment) => setResult(result.id, { comment })}
                    testId={`evaluation-result-comment-${result.id}`}
                    label={t('evaluations.editor.comment')}
                  />
                </Stack>
              </Paper>
            );
          })}
        </Stack>
      </Card>

      <Card withBorder padding="md" component="section" aria-labelledby="eval-overall-title">
        <Stack gap="md">
          <Title order={2} size="h4" id="eval-overall-title">
            {t('evaluations.editor.overallResult')}
          </Title>
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
          {derived.departs ? (
            <Textarea
              label={t('evaluations.editor.reason')}
              description={t('evaluations.editor.reasonHint', {
                suggested: t(`evaluations.ratings.${derived.suggestion?.rating ?? 'meets'}`),
              })}
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
        </Stack>
      </Card>

      <Card withBorder padding="md" component="section" aria-labelledby="eval-behaviour-title">
        <Stack gap="md">
          <div>
            <Title order={2} size="h4" id="eval-behaviour-title">
              {t('evaluations.editor.behaviourTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('evaluations.editor.behaviourHint')}
            </Text>
          </div>
          {BEHAVIOUR_VALUES.map((value) => {
            const info = BERAKHLAK[value];
            const entry = draft.behaviours[value];
            return (
              <Paper
                key={value}
                withBorder
                p="sm"
                radius="md"
                data-testid="evaluation-behaviour"
                data-value={value}
              >
                <Stack gap="xs">
                  <Text size="sm" fw={700}>
                    {info.label}
                  </Text>
                  <List size="xs" c="dimmed" spacing={2}>
                    {info.guides.map((g) => (
                      <List.Item key={g}>{g}</List.Item>
                    ))}
                  </List>
                  <RatingPicker
                    value={entry.rating}
                    onChange={(rating) => setBehaviour(value, { rating })}
                    testIdPrefix={`evaluation-behaviour-rating-${value}`}
                    label={t('evaluations.editor.ratingFor', { text: info.label })}
                  />
                  <CommentField
                    entry={entry}
                    onChange={(comment) => setBehaviour(value, { comment })}
                    testId={`evaluation-behaviour-comment-${value}`}
                    label={t('evaluations.editor.comment')}
                  />
                </Stack>
              </Paper>
            );
          })}
          <Text size="xs" c="dimmed" data-testid="evaluation-behaviour-counts">
            {t('evaluations.editor.behaviourCount', behaviourCounts)}
          </Text>
          <RatingPicker
            value={draft.behaviourRating}
            onChange={(rating) => change((d) => ({ ...d, behaviourRating: rating }))}
            testIdPrefix="evaluation-overall-behaviour"
            label={t('evaluations.editor.overallBehaviour')}
            description={t('evaluations.editor.overallBehaviourHint')}
            showLabel
          />
        </Stack>
      </Card>

      <Card withBorder padding="md" component="section" aria-labelledby="eval-feedback-title">
        <Stack gap="md">
          <Title order={2} size="h4" id="eval-feedback-title">
            {t('evaluations.editor.feedbackTitle')}
          </Title>
          <Textarea
            label={t('evaluations.editor.strengths')}
            description={t('evaluations.editor.strengthsHint')}
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
          <Textarea
            label={t('evaluations.editor.improvements')}
            description={t('evaluations.editor.improvementsHint')}
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
        </Stack>
      </Card>

      <Card withBorder padding="md" component="section" aria-labelledby="eval-preview-title">
        <Stack gap="sm">
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Title order={2} size="h4" id="eval-preview-title">
              {t('evaluations.editor.previewTitle')}
            </Title>
            <PredicateChip predicate={derived.preview} size="md" testId="evaluation-predicate-preview" />
          </Group>
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
          <DistributionWarning evaluation={evaluation} />
        </Stack>
      </Card>

      <Card
        withBorder
        padding="sm"
        shadow="sm"
        style={{ position: 'sticky', bottom: 0, zIndex: 5 }}
        data-testid="evaluation-actions"
      >
        <Stack gap={6}>
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Text
              size="sm"
              c={saveError ? 'red' : 'dimmed'}
              role="status"
              aria-live="polite"
              data-testid="evaluation-save-status"
            >
              {saveStatus}
            </Text>
            <Group gap="xs" wrap="wrap">
              <Button
                variant="default"
                onClick={() => void save()}
                loading={saving && !finalizing}
                disabled={stale || (!dirty && !saveError)}
                data-testid="evaluation-save"
              >
                {t('evaluations.editor.save')}
              </Button>
              {evaluation.permissions.finalize ? (
                <Button
                  onClick={() => void runFinalize()}
                  loading={finalizing && violations === null}
                  disabled={stale}
                  data-testid="evaluation-finalize"
                >
                  {t('evaluations.editor.finalize')}
                </Button>
              ) : null}
            </Group>
          </Group>
          <Text size="xs" c="dimmed">
            {evaluation.permissions.finalize
              ? t('evaluations.editor.finalizeHint')
              : t('evaluations.editor.autosaveHint')}
          </Text>
        </Stack>
      </Card>

      <FinalizeJustificationModal
        opened={violations !== null}
        violations={violations ?? []}
        loading={finalizing}
        onConfirm={(justification) => void runFinalize(justification)}
        onClose={() => setViolations(null)}
      />
    </Stack>
  );
}
