import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rating } from '../../../../domain/evaluations/matrix';
import type { BehaviourValue } from '../../../../domain/work-plans/berakhlak';
import { ApiError } from '../../../lib/api-client';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useAutosave } from '../../../lib/use-autosave';
import { useFinalizeEvaluation } from '../api/finalize-evaluation';
import { useUpdateEvaluation } from '../api/update-evaluation';
import type { DistributionViolation, EvaluationView, FinalizeConflictDetails } from '../types';
import {
  derive,
  initialDraft,
  missingForFinalize,
  toInput,
  type EntryDraft,
  type EvaluationDraft,
} from './editor-state';

/** Quiet time after the last change before the draft saves on its own. */
export const AUTOSAVE_MS = 3000;

/**
 * The evaluation editor's state: the draft being typed, its autosave (a stale save, 409, stops it and asks to
 * reload), and finalising (saves first; a 409 names the missing parts or the distribution rules it breaks).
 */
export function useEvaluationEditor(evaluation: EvaluationView) {
  const { t } = useTranslation();
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

  const finalize = async (justification?: string) => {
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

  return {
    draft,
    derived,
    dirty,
    saving: autosave.saving,
    saveError,
    stale,
    missing,
    violations,
    finalizing,
    change,
    setResult,
    setBehaviour,
    pickResultRating,
    save,
    finalize,
    closeViolations: () => setViolations(null),
  };
}

export type EvaluationEditorState = ReturnType<typeof useEvaluationEditor>;
