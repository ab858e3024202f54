import type { Rating } from '../evaluations/matrix.js';
import type { FocusArea } from '../evaluations/view.js';
import { BERAKHLAK, type BehaviourValue } from '../work-plans/berakhlak.js';

/**
 * Focus areas of a development plan (domain §7, issue 14): what an evaluation says the employee should develop.
 * Pure: the server gathers the inputs (the evaluation's ratings, the plan's indicators, the period's feedback).
 */

/** The indicator categories of the SKP (`category` of an indicator) — also competences of catalogue programmes. */
export const INDICATOR_CATEGORIES = ['efficiency', 'effectiveness', 'innovation'] as const;
export type IndicatorCategory = (typeof INDICATOR_CATEGORIES)[number];

export interface FocusSource {
  resultRatings: ReadonlyArray<{ resultId: string; rating: Rating }>;
  behaviourRatings: ReadonlyArray<{ value: BehaviourValue; rating: Rating }>;
  /** the results of the evaluated plan, in plan order, with the categories of their indicators */
  results: ReadonlyArray<{ id: string; text: string; categories: ReadonlyArray<string | null> }>;
  /** root feedback items of kind `improvement` of the evaluation's period, oldest first */
  improvements: ReadonlyArray<{ resultId: string | null; behaviour: BehaviourValue | null; text: string }>;
}

const NOTE_MAX = 300;

/** A quote fit for a focus area: one line, at most 300 characters. */
export function noteOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > NOTE_MAX ? `${flat.slice(0, NOTE_MAX - 1)}…` : flat;
}

/** Distinct known categories in a stable order (efficiency, effectiveness, innovation). */
function categoriesOf(list: ReadonlyArray<string | null>): string[] {
  return INDICATOR_CATEGORIES.filter((c) => list.includes(c));
}

/**
 * The focus areas, in this order: results rated `below` (plan order) with their indicator categories, then values
 * rated `below` (BerAKHLAK order), then improvement feedback whose subject is not already an area (oldest first;
 * feedback on a subject that is an area is quoted in that area's `notes` instead), general feedback as areas of its
 * own. Results and values rated otherwise, and strengths, are not areas.
 */
export function deriveFocusAreas(src: FocusSource): FocusArea[] {
  const resultById = new Map(src.results.map((r) => [r.id, r]));
  const order = new Map(src.results.map((r, i) => [r.id, i]));
  const belowResults = src.resultRatings
    .filter((r) => r.rating === 'below')
    .sort((a, b) => (order.get(a.resultId) ?? 1e9) - (order.get(b.resultId) ?? 1e9));
  const areas: FocusArea[] = [];
  const seenResults = new Set<string>();
  for (const r of belowResults) {
    if (seenResults.has(r.resultId)) continue;
    seenResults.add(r.resultId);
    const result = resultById.get(r.resultId);
    areas.push({
      kind: 'result',
      resultId: r.resultId,
      value: null,
      text: result?.text ?? '',
      rating: 'below',
      categories: categoriesOf(result?.categories ?? []),
      notes: [],
    });
  }
  const valueOrder = Object.keys(BERAKHLAK) as BehaviourValue[];
  const belowValues = [
    ...new Set(src.behaviourRatings.filter((b) => b.rating === 'below').map((b) => b.value)),
  ].sort((a, b) => valueOrder.indexOf(a) - valueOrder.indexOf(b));
  for (const value of belowValues) {
    areas.push({
      kind: 'behaviour',
      resultId: null,
      value,
      text: BERAKHLAK[value].label,
      rating: 'below',
      categories: [],
      notes: [],
    });
  }
  for (const f of src.improvements) {
    const note = noteOf(f.text);
    if (!note) continue;
    const subject = areas.find(
      (a) =>
        (f.resultId !== null && a.resultId === f.resultId && a.kind !== 'own') ||
        (f.behaviour !== null && a.value === f.behaviour && a.resultId === null && f.resultId === null),
    );
    if (subject && (f.resultId !== null || f.behaviour !== null)) {
      if (!subject.notes.includes(note)) subject.notes.push(note);
      continue;
    }
    const result = f.resultId ? resultById.get(f.resultId) : undefined;
    areas.push({
      kind: 'feedback',
      resultId: f.resultId,
      value: f.resultId ? null : f.behaviour,
      text: result ? result.text : f.behaviour && !f.resultId ? BERAKHLAK[f.behaviour].label : note,
      rating: null,
      categories: categoriesOf(result?.categories ?? []),
      notes: result || (f.behaviour && !f.resultId) ? [note] : [],
    });
  }
  return areas;
}

/** The areas an employee names for a voluntary plan. */
export function ownFocusAreas(
  input: ReadonlyArray<{ text: string; value?: BehaviourValue | null; categories?: readonly string[] }>,
): FocusArea[] {
  return input.map((a) => ({
    kind: 'own',
    resultId: null,
    value: a.value ?? null,
    text: noteOf(a.text),
    rating: null,
    categories: categoriesOf(a.categories ?? []),
    notes: [],
  }));
}

/** A stored focus area as the API shows it: plans stored before issue 14 lack `categories` and `notes`. */
export function normaliseFocusArea(a: Partial<FocusArea> & Pick<FocusArea, 'kind' | 'text'>): FocusArea {
  return {
    kind: a.kind,
    resultId: a.resultId ?? null,
    value: a.value ?? null,
    text: a.text,
    rating: a.rating ?? null,
    categories: a.categories ?? [],
    notes: a.notes ?? [],
  };
}
