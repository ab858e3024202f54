import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rating } from '../../../../domain/evaluations/matrix';
import type { BehaviourValue } from '../../../../domain/work-plans/berakhlak';
import { ApiError } from '../../../lib/api-client';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useAutosave } from '../../../lib/use-autosave';
import { useFinalizeEvaluation } from '../api/finalize-evaluation';
import { getEvaluation } from '../api/get-evaluation';
import { useUpdateEvaluation } from '../api/update-evaluation';
import type {
  DistributionViolation,
  EvaluationView,
  FinalizeConflictDetails,
  UpdateEvaluationInput,
} from '../types';
import {
  conflictingFields,
  derive,
  initialDraft,
  missingForFinalize,
  toInput,
  type DraftField,
  type EntryDraft,
  type EvaluationDraft,
} from './editor-state';

/** Quiet time after the last change before the draft saves on its own. */
export const AUTOSAVE_MS = 3000;

/** Someone else saved first: their version, beside the user's draft (which is kept). */
export interface EditorConflict {
  /** the evaluation as saved now */
  latest: EvaluationView;
  /** their version as a PUT body, to compare with the draft's */
  theirs: UpdateEvaluationInput;
  /** the draft as it would be saved now */
  mine: UpdateEvaluationInput;
  /** where they differ, in the editor's order (the view shows at the first) */
  fields: DraftField[];
}

/**
 * The evaluation editor's state: the draft being typed, its autosave (a stale save, 409, stops it, loads the
 * version saved meanwhile and shows it beside the draft to choose from; the typing is kept), and finalising (saves
 * first; a 409 names the missing parts or the distribution rules it breaks).
 */
export function useEvaluationEditor(evaluation: EvaluationView, onReload: () => void = () => undefined) {
  const { t } = useTranslation();
  const update = useUpdateEvaluation(evaluation.id);
  const finalizeMutation = useFinalizeEvaluation(evaluation.id);
  const [draft, setDraft] = useState<EvaluationDraft>(() => initialDraft(evaluation));
  const [revision, setRevision] = useState(0);
  const [savedRevision, setSavedRevision] = useState(0);
  /** the version the next save overwrites (a ref: "Pakai versi saya" saves at once over the newer one) */
  const version = useRef(evaluation.version);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [stale, setStale] = useState(false);
  const [latest, setLatest] = useState<{ view: EvaluationView; theirs: UpdateEvaluationInput } | null>(null);
  const [missing, setMissing] = useState<string[] | null>(null);
  const [violations, setViolations] = useState<DistributionViolation[] | null>(null);
  const [finalizing, setFinalizing] = useState(false);

  const derived = useMemo(() => derive(evaluation, draft), [evaluation, draft]);
  const conflict = useMemo<EditorConflict | null>(() => {
    if (!latest) return null;
    const mine = toInput(draft, derived);
    return {
      latest: latest.view,
      theirs: latest.theirs,
      mine,
      fields: conflictingFields(evaluation, mine, latest.theirs),
    };
  }, [latest, draft, derived, evaluation]);
  const dirty = revision !== savedRevision;

  const change = useCallback((updater: (d: EvaluationDraft) => EvaluationDraft) => {
    setDraft(updater);
    setRevision((r) => r + 1);
    setMissing(null);
  }, []);

  /**
   * A save was stale (409): loads the version saved meanwhile to show beside the draft. When it cannot be shown
   * (it failed to load, or the evaluation is no longer a draft), asks to reload instead.
   */
  const loadConflict = async () => {
    try {
      const view = await getEvaluation(evaluation.id);
      if (view.status !== 'draft' || !view.can.edit) {
        setStale(true);
        return;
      }
      const theirsDraft = initialDraft(view);
      setLatest({ view, theirs: toInput(theirsDraft, derive(view, theirsDraft)) });
    } catch {
      setStale(true);
    }
  };

  /** Saves the draft as it is now; a stale version (409) shows the newer version beside it. */
  const saveDraft = async (): Promise<EvaluationView | null> => {
    try {
      const saved = await update.mutateAsync({ ...toInput(draft, derived), version: version.current });
      version.current = saved.version;
      setSavedRevision(revision);
      setSaveError(null);
      return saved;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) await loadConflict();
      else setSaveError(error);
      return null;
    }
  };
  const autosave = useAutosave({
    dirty,
    changeKey: revision,
    paused: stale || latest !== null || finalizing,
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
      let v = version.current;
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
          await loadConflict();
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
    conflict,
    /** "Pakai versi saya": saves the draft over the version saved meanwhile */
    chooseMine: () => {
      if (!latest) return;
      version.current = latest.view.version;
      setLatest(null);
      void autosave.flush();
    },
    /** "Pakai versi tersimpan": the editor restarts from the saved version (the user chose to drop the draft) */
    chooseTheirs: () => {
      autosave.cancel();
      onReload();
    },
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
