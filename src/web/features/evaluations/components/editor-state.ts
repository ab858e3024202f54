import { predicateFor, type Predicate, type Rating } from '../../../../domain/evaluations/matrix';
import { suggestResultRating } from '../../../../domain/evaluations/suggestion';
import { BEHAVIOUR_VALUES, type BehaviourValue } from '../../../../domain/work-plans/berakhlak';
import type { EvaluationView, SuggestionView, UpdateEvaluationInput } from '../types';

export interface EntryDraft {
  rating: Rating | null;
  comment: string;
}

/** The assessor's typing, before it is saved. */
export interface EvaluationDraft {
  results: Record<string, EntryDraft>;
  behaviours: Record<BehaviourValue, EntryDraft>;
  /** the overall result rating the assessor picked (while following the suggestion: the last one saved) */
  resultRating: Rating | null;
  /** the overall result rating follows the suggestion (or the offered rating) until the assessor picks another */
  followSuggestion: boolean;
  behaviourRating: Rating | null;
  reason: string;
  strengths: string;
  improvements: string;
}

export function initialDraft(evaluation: EvaluationView): EvaluationDraft {
  const resultRatings = new Map(evaluation.resultRatings.map((r) => [r.resultId, r]));
  const behaviourRatings = new Map(evaluation.behaviourRatings.map((b) => [b.value, b]));
  const results: Record<string, EntryDraft> = {};
  for (const r of evaluation.results) {
    const saved = resultRatings.get(r.id);
    results[r.id] = { rating: saved?.rating ?? null, comment: saved?.comment ?? '' };
  }
  const behaviours = {} as Record<BehaviourValue, EntryDraft>;
  for (const value of BEHAVIOUR_VALUES) {
    const saved = behaviourRatings.get(value);
    behaviours[value] = { rating: saved?.rating ?? null, comment: saved?.comment ?? '' };
  }
  const reference = evaluation.offeredResultRating?.rating ?? evaluation.suggestedResultRating;
  return {
    results,
    behaviours,
    resultRating: evaluation.resultRating,
    followSuggestion: evaluation.resultRating === null || evaluation.resultRating === reference,
    behaviourRating: evaluation.behaviourRating,
    reason: evaluation.reason ?? '',
    strengths: evaluation.strengths ?? '',
    improvements: evaluation.improvements ?? '',
  };
}

/** The suggestion from the per-RHK ratings being typed (the same rule the server applies on save). */
export function localSuggestion(evaluation: EvaluationView, draft: EvaluationDraft): SuggestionView | null {
  const rated = evaluation.results.flatMap((r) => {
    const rating = draft.results[r.id]?.rating;
    return rating ? [{ kind: r.kind, rating }] : [];
  });
  const s = suggestResultRating(rated);
  if (!s) return null;
  return {
    rating: s.rating,
    reason: s.reason,
    rated: rated.length,
    above: rated.filter((r) => r.rating === 'above').length,
    meets: rated.filter((r) => r.rating === 'meets').length,
    below: rated.filter((r) => r.rating === 'below').length,
    mainBelow: rated.filter((r) => r.kind === 'main' && r.rating === 'below').length,
  };
}

export interface DerivedState {
  suggestion: SuggestionView | null;
  /** the overall result rating in force: the pick, or the suggestion/offer while following it */
  resultRating: Rating | null;
  /** the result rating departs from the suggestion (and from the offered rating): a reason is required */
  departs: boolean;
  preview: Predicate | null;
}

export function derive(evaluation: EvaluationView, draft: EvaluationDraft): DerivedState {
  const suggestion = localSuggestion(evaluation, draft);
  // the binding leader rule: a unit head's result rating is the one mapped from the organisation predicate
  const bound = evaluation.leaderRule?.mode === 'binding' ? evaluation.leaderRule : null;
  const reference = evaluation.offeredResultRating?.rating ?? suggestion?.rating ?? null;
  const resultRating = bound
    ? bound.rating
    : draft.followSuggestion
      ? (reference ?? draft.resultRating)
      : draft.resultRating;
  // as on the server: the suggestion, or a unit head's offered rating (leader rule), needs no reason
  const departs =
    !bound &&
    suggestion !== null &&
    resultRating !== null &&
    resultRating !== suggestion.rating &&
    resultRating !== evaluation.offeredResultRating?.rating;
  const preview =
    resultRating && draft.behaviourRating ? predicateFor(resultRating, draft.behaviourRating) : null;
  return { suggestion, resultRating, departs, preview };
}

const blank = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** The PUT body for the draft (without the version). */
export function toInput(draft: EvaluationDraft, derived: DerivedState): UpdateEvaluationInput {
  return {
    resultRatings: Object.entries(draft.results).flatMap(([resultId, e]) =>
      e.rating ? [{ resultId, rating: e.rating, comment: blank(e.comment) }] : [],
    ),
    resultRating: derived.resultRating,
    behaviourRatings: BEHAVIOUR_VALUES.flatMap((value) => {
      const e = draft.behaviours[value];
      return e.rating ? [{ value, rating: e.rating, comment: blank(e.comment) }] : [];
    }),
    behaviourRating: draft.behaviourRating,
    reason: derived.departs ? blank(draft.reason) : null,
    strengths: blank(draft.strengths),
    improvements: blank(draft.improvements),
  };
}

/** What finalising still needs, by the server's field names. */
export function missingForFinalize(draft: EvaluationDraft, derived: DerivedState): string[] {
  const missing: string[] = [];
  if (!derived.resultRating) missing.push('resultRating');
  if (!draft.behaviourRating) missing.push('behaviourRating');
  if (derived.departs && draft.reason.trim() === '') missing.push('reason');
  return missing;
}

/** A part of the draft that can conflict with a version saved elsewhere (in the editor's order on the page). */
export type DraftField =
  | `result:${string}`
  | 'resultRating'
  | 'reason'
  | `behaviour:${BehaviourValue}`
  | 'behaviourRating'
  | 'strengths'
  | 'improvements';

/** One field's value as it would be saved: a rating, a text, or both (a rated item with its comment). */
export interface FieldValue {
  rating: Rating | null;
  text: string | null;
}

/** The value of `field` in a PUT body (absent entries are unrated, without a comment). */
export function fieldValue(input: UpdateEvaluationInput, field: DraftField): FieldValue {
  if (field.startsWith('result:')) {
    const id = field.slice('result:'.length);
    const e = input.resultRatings?.find((r) => r.resultId === id);
    return { rating: e?.rating ?? null, text: e?.comment ?? null };
  }
  if (field.startsWith('behaviour:')) {
    const value = field.slice('behaviour:'.length);
    const e = input.behaviourRatings?.find((b) => b.value === value);
    return { rating: e?.rating ?? null, text: e?.comment ?? null };
  }
  switch (field) {
    case 'resultRating':
      return { rating: input.resultRating ?? null, text: null };
    case 'behaviourRating':
      return { rating: input.behaviourRating ?? null, text: null };
    default:
      return { rating: null, text: input[field as 'reason' | 'strengths' | 'improvements'] ?? null };
  }
}

/**
 * The fields where the user's draft and the version saved elsewhere differ, as they would be saved (trimmed,
 * blank as none), in the editor's order: the first is where the conflict view shows.
 */
export function conflictingFields(
  evaluation: EvaluationView,
  mine: UpdateEvaluationInput,
  theirs: UpdateEvaluationInput,
): DraftField[] {
  const fields: DraftField[] = [
    ...evaluation.results.map((r) => `result:${r.id}` as const),
    'resultRating',
    'reason',
    ...BEHAVIOUR_VALUES.map((v) => `behaviour:${v}` as const),
    'behaviourRating',
    'strengths',
    'improvements',
  ];
  return fields.filter((f) => {
    const a = fieldValue(mine, f);
    const b = fieldValue(theirs, f);
    return a.rating !== b.rating || a.text !== b.text;
  });
}
