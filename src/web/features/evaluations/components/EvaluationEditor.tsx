import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmSummary } from '../../../components/ConfirmSummary';
import { formatDate, todayIso } from '../../../lib/format';
import { errorMessage } from '../../../lib/notify';
import { useUnsavedWarning } from '../../../lib/use-unsaved-warning';
import type { EvaluationView } from '../types';
import { AnnualPanel } from './AnnualPanel';
import { MissingAlert, StaleAlert } from './EditorParts';
import {
  BehaviourSection,
  FeedbackTextsSection,
  OverallResultSection,
  PreviewSection,
  ResultsSection,
} from './EditorSections';
import { FinalizeJustificationModal } from './FinalizeJustificationModal';
import { PredicateChip } from './PredicateChip';
import { ViolationList } from './ViolationList';
import { useEvaluationEditor, type EvaluationEditorState } from './use-evaluation-editor';
import { usePeriodLabel } from '../../../lib/use-period-label';

/** The sticky bar: whether the draft is saved, "Simpan" and "Finalisasi". */
function ActionBar({
  evaluation,
  editor,
  onFinalize,
}: {
  evaluation: EvaluationView;
  editor: EvaluationEditorState;
  onFinalize: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { saving, saveError, dirty, stale, conflict, finalizing, violations } = editor;
  const blocked = stale || conflict !== null;
  const status = saving
    ? t('evaluations.editor.saving')
    : saveError
      ? t('evaluations.editor.saveFailed', { message: errorMessage(saveError, t) })
      : dirty
        ? t('evaluations.editor.unsaved')
        : t('evaluations.editor.saved');
  return (
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
            {status}
          </Text>
          <Group gap="xs" wrap="wrap">
            <Button
              variant="default"
              onClick={() => void editor.save()}
              loading={saving && !finalizing}
              disabled={blocked || (!dirty && !saveError)}
              data-testid="evaluation-save"
            >
              {t('evaluations.editor.save')}
            </Button>
            {evaluation.can.finalize ? (
              <Button
                onClick={onFinalize}
                loading={finalizing && violations === null}
                disabled={blocked}
                data-testid="evaluation-finalize"
              >
                {t('evaluations.editor.finalize')}
              </Button>
            ) : null}
          </Group>
        </Group>
        <Text size="xs" c="dimmed" data-testid="evaluation-finalize-hint">
          {evaluation.can.finalize
            ? t('evaluations.editor.finalizeHint')
            : evaluation.finalizableFrom > todayIso()
              ? t('evaluations.editor.finalizableFrom', {
                  date: formatDate(evaluation.finalizableFrom, i18n.language),
                })
              : t('evaluations.editor.autosaveHint')}
        </Text>
      </Stack>
    </Card>
  );
}

/**
 * The assessor's editor of a draft evaluation: per-RHK ratings with the suggestion and its reasoning, the overall
 * ratings (a reason when departing from the suggestion), BerAKHLAK ratings, constructive feedback, the predicate
 * preview on the matrix, and the distribution warning. Saves on its own after a pause and on "Simpan"; a stale
 * save (409) shows the version saved meanwhile beside the field that differs, to choose from; "Finalisasi" saves first, then asks for a justification when the pattern breaks.
 */
export function EvaluationEditor({
  evaluation,
  onReload,
}: {
  evaluation: EvaluationView;
  /** reloads the evaluation and restarts the editor from it (after a stale save) */
  onReload: () => void;
}) {
  const periodName = usePeriodLabel();
  const { t } = useTranslation();
  const editor = useEvaluationEditor(evaluation, onReload);
  const [confirming, setConfirming] = useState(false);
  const { draft, derived } = editor;
  useUnsavedWarning(editor.dirty || editor.saving);
  // missing ratings are named by finalize itself; a complete draft is summarised and confirmed first
  const askToFinalize = () => {
    if (derived.preview === null) void editor.finalize();
    else setConfirming(true);
  };
  return (
    <Stack gap="lg" data-testid="evaluation-editor">
      {editor.stale ? <StaleAlert onReload={onReload} /> : null}
      {editor.missing ? <MissingAlert missing={editor.missing} /> : null}
      {evaluation.period.kind === 'annual' && evaluation.annual ? (
        <AnnualPanel annual={evaluation.annual} />
      ) : null}
      <ResultsSection evaluation={evaluation} editor={editor} />
      <OverallResultSection evaluation={evaluation} editor={editor} />
      <BehaviourSection editor={editor} />
      <FeedbackTextsSection editor={editor} />
      <PreviewSection evaluation={evaluation} editor={editor} />
      <ActionBar evaluation={evaluation} editor={editor} onFinalize={askToFinalize} />
      <ConfirmSummary
        opened={confirming}
        title={t('evaluations.confirmFinalize.title')}
        lead={t('evaluations.confirmFinalize.lead')}
        items={[
          { label: t('evaluations.confirmFinalize.employee'), value: evaluation.employee.name },
          { label: t('evaluations.confirmFinalize.period'), value: periodName(evaluation.period.label) },
          {
            label: t('evaluations.confirmFinalize.resultRating'),
            value: derived.resultRating ? t(`evaluations.ratings.${derived.resultRating}`) : null,
          },
          {
            label: t('evaluations.confirmFinalize.behaviourRating'),
            value: draft.behaviourRating ? t(`evaluations.ratings.${draft.behaviourRating}`) : null,
          },
          {
            label: t('evaluations.confirmFinalize.predicate'),
            value: <PredicateChip predicate={derived.preview} testId="confirm-finalize-predicate" />,
          },
        ]}
        warning={
          evaluation.pendingViolations.length > 0 ? (
            <>
              <Text size="sm" mb={4}>
                {t('evaluations.confirmFinalize.distribution')}
              </Text>
              <ViolationList violations={evaluation.pendingViolations} />
            </>
          ) : undefined
        }
        confirmLabel={t('evaluations.editor.finalize')}
        loading={editor.finalizing}
        onConfirm={() => {
          setConfirming(false);
          void editor.finalize();
        }}
        onClose={() => setConfirming(false)}
        testId="confirm-finalize"
      />
      <FinalizeJustificationModal
        opened={editor.violations !== null}
        violations={editor.violations ?? []}
        loading={editor.finalizing}
        onConfirm={(justification) => void editor.finalize(justification)}
        onClose={editor.closeViolations}
      />
    </Stack>
  );
}
