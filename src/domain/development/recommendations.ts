import type { FocusArea } from '../evaluations/view.js';
import { BERAKHLAK, BEHAVIOUR_VALUES, type BehaviourValue } from '../work-plans/berakhlak.js';
import { INDICATOR_CATEGORIES, type IndicatorCategory } from './focus-areas.js';

/**
 * Recommended programmes (issue 14): active catalogue items matched to a plan's focus areas, each with the reasons
 * it was chosen. Deterministic.
 *
 * Score: every competence of the programme that a focus area needs counts once, weighted by what it is —
 * a BerAKHLAK value 3, an indicator category 2, a free tag (e.g. the employee's sector) 1.
 * Tie rule: higher score first, then more matched competences, then fewer hours (JP), then the title
 * (Indonesian collation), then the id. Programmes matching nothing, inactive ones and those already in the plan are
 * left out; at most 5 are recommended.
 */

export const RECOMMENDATION_LIMIT = 5;
export const WEIGHTS = { behaviour: 3, category: 2, tag: 1 } as const;

export interface CatalogueItem {
  id: string;
  title: string;
  provider: string;
  mode: string;
  hours: number;
  competences: readonly string[];
  active: boolean;
}

export type ReasonCode =
  /** the value was rated below expectation */
  | 'value_below'
  /** improvement feedback named the value */
  | 'value_feedback'
  /** the employee chose the value for a voluntary plan */
  | 'value_own'
  /** a result rated below has indicators of the category */
  | 'category_result'
  /** improvement feedback on a result with indicators of the category */
  | 'category_feedback'
  /** the employee chose the category for a voluntary plan */
  | 'category_own'
  /** the programme fits the employee's field (a free tag) */
  | 'tag';

export interface Reason {
  code: ReasonCode;
  /** `competence`: the matched code; `label`: its Indonesian name; `area`: the focus area's text (result, note) */
  params: Record<string, string>;
}

export interface Recommendation {
  trainingId: string;
  title: string;
  provider: string;
  mode: string;
  hours: number;
  score: number;
  /** the matched competences, in the order they were weighed */
  matched: string[];
  reasonCodes: Reason[];
  /** the reasons in Indonesian */
  reasons: string[];
}

export const CATEGORY_LABELS_ID: Record<IndicatorCategory, string> = {
  efficiency: 'efisiensi',
  effectiveness: 'efektivitas',
  innovation: 'inovasi',
};

const isValue = (c: string): c is BehaviourValue => (BEHAVIOUR_VALUES as readonly string[]).includes(c);
const isCategory = (c: string): c is IndicatorCategory =>
  (INDICATOR_CATEGORIES as readonly string[]).includes(c);

/** The kind of a competence string: a BerAKHLAK value code, an indicator category, or a free tag. */
export function competenceKindOf(c: string): 'behaviour' | 'category' | 'tag' {
  if (isValue(c)) return 'behaviour';
  if (isCategory(c)) return 'category';
  return 'tag';
}

export const competenceWeight = (c: string) => WEIGHTS[competenceKindOf(c)];

/** What each needed competence is needed for: the first focus area (in plan order) that needs it. */
function needs(areas: readonly FocusArea[], tags: readonly string[]): Map<string, Reason> {
  const out = new Map<string, Reason>();
  const add = (competence: string, reason: Reason) => {
    if (!out.has(competence)) out.set(competence, reason);
  };
  for (const a of areas) {
    if (a.value) {
      const code: ReasonCode =
        a.kind === 'own' ? 'value_own' : a.kind === 'behaviour' ? 'value_below' : 'value_feedback';
      add(a.value, {
        code,
        params: { competence: a.value, label: BERAKHLAK[a.value].label, area: a.notes[0] ?? a.text },
      });
    }
    for (const c of a.categories) {
      if (!isCategory(c)) continue;
      const code: ReasonCode =
        a.kind === 'own' ? 'category_own' : a.kind === 'result' ? 'category_result' : 'category_feedback';
      add(c, { code, params: { competence: c, label: CATEGORY_LABELS_ID[c], area: a.text } });
    }
  }
  for (const tag of tags) {
    const t = tag.trim().toLowerCase();
    if (t) add(t, { code: 'tag', params: { competence: t, label: t, area: '' } });
  }
  return out;
}

const quote = (s: string, max = 80) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return `“${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}”`;
};

/** One reason in Indonesian (the server's language for generated text; the web may render `reasonCodes` itself). */
export function reasonText(r: Reason): string {
  const { label, area = '' } = r.params;
  switch (r.code) {
    case 'value_below':
      return `Membangun nilai ${label}, yang dinilai di bawah ekspektasi.`;
    case 'value_feedback':
      return `Membangun nilai ${label}, yang disebut dalam umpan balik: ${quote(area)}.`;
    case 'value_own':
      return `Membangun nilai ${label}, yang Anda pilih untuk dikembangkan.`;
    case 'category_result':
      return `Memperkuat aspek ${label} pada RHK ${quote(area)}, yang dinilai di bawah ekspektasi.`;
    case 'category_feedback':
      return `Memperkuat aspek ${label} yang disebut dalam umpan balik pada ${quote(area)}.`;
    case 'category_own':
      return `Memperkuat aspek ${label}, yang Anda pilih untuk dikembangkan.`;
    case 'tag':
      return `Sesuai bidang tugas Anda (${label}).`;
  }
}

/** The tie rule of the ranking as a comparator (exported for the tests and the docs). */
export function compareRecommendations(a: Recommendation, b: Recommendation): number {
  return (
    b.score - a.score ||
    b.matched.length - a.matched.length ||
    a.hours - b.hours ||
    a.title.localeCompare(b.title, 'id') ||
    (a.trainingId < b.trainingId ? -1 : a.trainingId > b.trainingId ? 1 : 0)
  );
}

/**
 * The recommended programmes for `areas`: see the module comment for the score and the tie rule. `exclude`: the
 * programmes already in the plan; `tags`: free tags that describe the employee (optional).
 */
export function recommend(
  catalogue: readonly CatalogueItem[],
  areas: readonly FocusArea[],
  options: { exclude?: Iterable<string>; tags?: readonly string[]; limit?: number } = {},
): Recommendation[] {
  const needed = needs(areas, options.tags ?? []);
  if (needed.size === 0) return [];
  const exclude = new Set(options.exclude ?? []);
  const ranked: Recommendation[] = [];
  for (const item of catalogue) {
    if (!item.active || exclude.has(item.id)) continue;
    const own = [...new Set(item.competences.map((c) => c.trim().toLowerCase()))];
    // weigh in the order of the needs (values, categories, tags as the areas list them), not the catalogue's order
    const matched = [...needed.keys()].filter((c) => own.includes(c));
    if (matched.length === 0) continue;
    const reasonCodes = matched.map((c) => needed.get(c)!);
    ranked.push({
      trainingId: item.id,
      title: item.title,
      provider: item.provider,
      mode: item.mode,
      hours: item.hours,
      score: matched.reduce((sum, c) => sum + competenceWeight(c), 0),
      matched,
      reasonCodes,
      reasons: reasonCodes.map(reasonText),
    });
  }
  return ranked.sort(compareRecommendations).slice(0, options.limit ?? RECOMMENDATION_LIMIT);
}

/** The competences the focus areas need (for a pre-filter of the catalogue in SQL). */
export function neededCompetences(areas: readonly FocusArea[], tags: readonly string[] = []): string[] {
  return [...needs(areas, tags).keys()];
}
