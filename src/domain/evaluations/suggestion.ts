/** Suggestions shown to the assessing official (domain §5); the official may depart from them with a reason. */
import type { Predicate, Rating } from './matrix.js';
import type { SuggestionView } from './view.js';

export const ORG_PREDICATES = ['istimewa', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] as const;
export type OrgPredicate = (typeof ORG_PREDICATES)[number];

/** Capaian Kinerja Organisasi (domain §6): the official labels. */
export const ORG_PREDICATE_LABELS: Record<OrgPredicate, string> = {
  istimewa: 'Istimewa',
  baik: 'Baik',
  butuh_perbaikan: 'Butuh Perbaikan',
  kurang: 'Kurang',
  sangat_kurang: 'Sangat Kurang',
};

export interface RatedResult {
  kind: 'main' | 'additional';
  rating: Rating;
}

export type SuggestionReason =
  /** most or all results above, no main result below */
  | 'most_above'
  /** most or all results above, but a main result is below */
  | 'main_result_below'
  /** most or all results below */
  | 'most_below'
  /** neither most above nor most below */
  | 'otherwise';

export interface ResultRatingSuggestion {
  rating: Rating;
  reason: SuggestionReason;
}

/**
 * The suggested result rating from the per-RHK ratings: above = most (strictly more than half) or all results
 * above and no main result below; below = most or all results below; otherwise meets. No results → null.
 */
export function suggestResultRating(results: readonly RatedResult[]): ResultRatingSuggestion | null {
  const n = results.length;
  if (n === 0) return null;
  const above = results.filter((r) => r.rating === 'above').length;
  const below = results.filter((r) => r.rating === 'below').length;
  if (above * 2 > n) {
    const mainBelow = results.some((r) => r.kind === 'main' && r.rating === 'below');
    return mainBelow
      ? { rating: 'meets', reason: 'main_result_below' }
      : { rating: 'above', reason: 'most_above' };
  }
  if (below * 2 > n) return { rating: 'below', reason: 'most_below' };
  return { rating: 'meets', reason: 'otherwise' };
}

/**
 * The suggestion over the plan's results that are rated, with the counts behind it (ratings of results that are not
 * in the plan are ignored). No rated result → null.
 */
export function suggestionFor(
  results: ReadonlyArray<{ id: string; kind: 'main' | 'additional' }>,
  ratings: ReadonlyArray<{ resultId: string; rating: Rating }>,
): SuggestionView | null {
  const kindOf = new Map(results.map((r) => [r.id, r.kind]));
  const rated = ratings.flatMap((r) => {
    const kind = kindOf.get(r.resultId);
    return kind ? [{ kind, rating: r.rating }] : [];
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

/** A unit head's offered result rating from the unit's organisation predicate. */
export const ORG_PREDICATE_RESULT_RATING: Readonly<Record<OrgPredicate, Rating>> = {
  istimewa: 'above',
  baik: 'meets',
  butuh_perbaikan: 'below',
  kurang: 'below',
  sangat_kurang: 'below',
};

export function orgPredicateToResultRating(orgPredicate: OrgPredicate): Rating {
  return ORG_PREDICATE_RESULT_RATING[orgPredicate];
}

export type AnnualSuggestionMode = 'latest' | 'most_frequent';

/**
 * The annual pre-fill from the periodic predicates (chronological order): the latest one, or the most frequent
 * one (ties → the one among the tied that occurs latest). No periodic predicates → null.
 */
export function annualSuggestion(
  periodicPredicates: readonly Predicate[],
  mode: AnnualSuggestionMode = 'latest',
): Predicate | null {
  const n = periodicPredicates.length;
  if (n === 0) return null;
  if (mode === 'latest') return periodicPredicates[n - 1] ?? null;
  const counts = new Map<Predicate, number>();
  const lastSeen = new Map<Predicate, number>();
  periodicPredicates.forEach((p, i) => {
    counts.set(p, (counts.get(p) ?? 0) + 1);
    lastSeen.set(p, i);
  });
  let best: Predicate | null = null;
  for (const [p, c] of counts) {
    if (best === null) {
      best = p;
      continue;
    }
    const bc = counts.get(best) ?? 0;
    if (c > bc || (c === bc && (lastSeen.get(p) ?? -1) > (lastSeen.get(best) ?? -1))) best = p;
  }
  return best;
}

/**
 * The annual pre-fill across plans (a transfer gives a year several plans): each final periodic predicate weighs the
 * months its period covered under its plan. "latest" takes the last one; "most_frequent" the predicate with the
 * most months (ties → the one among the tied that occurs latest). With one plan for the year every period weighs the
 * same and this is `annualSuggestion`.
 */
export function annualSuggestionWeighted(
  periodic: ReadonlyArray<{ predicate: Predicate; months: number }>,
  mode: AnnualSuggestionMode = 'latest',
): Predicate | null {
  const n = periodic.length;
  if (n === 0) return null;
  if (mode === 'latest') return periodic[n - 1]?.predicate ?? null;
  const weight = new Map<Predicate, number>();
  const lastSeen = new Map<Predicate, number>();
  periodic.forEach((p, i) => {
    weight.set(p.predicate, (weight.get(p.predicate) ?? 0) + p.months);
    lastSeen.set(p.predicate, i);
  });
  let best: Predicate | null = null;
  for (const [p, w] of weight) {
    const bw = best === null ? -1 : (weight.get(best) ?? 0);
    if (
      best === null ||
      w > bw + 1e-9 ||
      (Math.abs(w - bw) <= 1e-9 && (lastSeen.get(p) ?? -1) > (lastSeen.get(best) ?? -1))
    )
      best = p;
  }
  return best;
}
