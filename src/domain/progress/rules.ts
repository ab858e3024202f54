import { achievement, achievementFormula } from '../work-plans/achievement.js';
import type { TrendPoint } from './view.js';

/** Progress rules (domain §4). Pure: the server computes with them, the web previews with them. */

export interface IndicatorForProgress {
  target: number | null;
  targetText: string | null;
  direction: 'higher' | 'lower';
}

/** A numeric indicator has a numeric target (0 included); the others are narrative. */
export const isNumericIndicator = (i: Pick<IndicatorForProgress, 'target'>) => i.target !== null;

export type EntryProblemCode =
  'progress.valueRequired' | 'progress.textRequired' | 'progress.valueNotAllowed';

export interface EntryProblem {
  path: 'value' | 'text';
  code: EntryProblemCode;
}

/**
 * What is wrong with an entry for this indicator: a numeric indicator needs a realised `value` (a `text` may
 * describe it); a narrative indicator needs a `text` and takes no `value`.
 */
export function entryProblems(
  indicator: Pick<IndicatorForProgress, 'target'>,
  input: { value: number | null; text: string | null },
): EntryProblem[] {
  if (isNumericIndicator(indicator)) {
    return input.value === null ? [{ path: 'value', code: 'progress.valueRequired' }] : [];
  }
  const problems: EntryProblem[] = [];
  if (!input.text?.trim()) problems.push({ path: 'text', code: 'progress.textRequired' });
  if (input.value !== null) problems.push({ path: 'value', code: 'progress.valueNotAllowed' });
  return problems;
}

export interface Assessment {
  /** percentage, capped; null for narrative indicators, zero/missing targets and negative realisations */
  achievement: number | null;
  /** how it is computed, in words (null when there is no numeric achievement) */
  formula: string | null;
  /** whether the cap cut the percentage */
  capped: boolean;
}

/** The achievement of one realised value against its indicator, with the cap in force. */
export function assessEntry(indicator: IndicatorForProgress, value: number | null, cap: number): Assessment {
  if (!isNumericIndicator(indicator) || value === null)
    return { achievement: null, formula: null, capped: false };
  const pct = achievement({ target: indicator.target, realised: value, direction: indicator.direction, cap });
  if (pct === null) return { achievement: null, formula: null, capped: false };
  const target = indicator.target!;
  const raw =
    indicator.direction === 'higher'
      ? (value / target) * 100
      : value === 0
        ? Number.POSITIVE_INFINITY
        : (target / value) * 100;
  return { achievement: pct, formula: achievementFormula(indicator.direction), capped: raw > cap };
}

/**
 * A number typed by a person or exported by a spreadsheet: `12.5`, `12,5`, `1.250.000`, `1,250.5`, `1.250,5`,
 * `85%`. The last separator is the decimal one when both appear; repeated separators group thousands; a single
 * comma is a decimal comma (Indonesian), a single dot a decimal point. Returns null when it is not a number.
 */
export function parseDecimal(input: string): number | null {
  let s = input.replace(/[\s\u00a0]/g, '');
  if (s.endsWith('%')) s = s.slice(0, -1);
  if (!/^[+-]?[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  if (dots > 0 && commas > 0) {
    const decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    if ((decimal === '.' ? dots : commas) > 1) return null;
    s = s.split(group).join('').replace(decimal, '.');
  } else if (commas > 1) {
    s = s.split(',').join('');
  } else if (dots > 1) {
    s = s.split('.').join('');
  } else if (commas === 1) {
    s = s.replace(',', '.');
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

export interface CellEntry {
  indicatorId: string;
  periodId: string;
  /** insertion order: higher is later */
  seq: number;
}

/** The latest entry of each indicator × period cell (the one that counts) and how many entries it has. */
export function latestByCell<E extends CellEntry>(
  entries: readonly E[],
): Map<string, { latest: E; count: number }> {
  const cells = new Map<string, { latest: E; count: number }>();
  for (const e of entries) {
    const key = cellKey(e.indicatorId, e.periodId);
    const cell = cells.get(key);
    if (!cell) cells.set(key, { latest: e, count: 1 });
    else {
      cell.count++;
      if (e.seq > cell.latest.seq) cell.latest = e;
    }
  }
  return cells;
}

export const cellKey = (indicatorId: string, periodId: string) => `${indicatorId}:${periodId}`;

/** A trend point's shape is part of the grid's API view (view.ts). */
export type { TrendPoint };

/**
 * The achievement trend of one indicator over the periodic periods (in calendar order), from the latest entry of
 * each period; a period without an entry is a gap (null).
 */
export function trendOf<E extends CellEntry & { value: number | null; achievement: number | null }>(
  indicatorId: string,
  periods: ReadonlyArray<{ id: string; kind: 'periodic' | 'annual'; index: number; label: string }>,
  cells: Map<string, { latest: E; count: number }>,
): TrendPoint[] {
  return periods
    .filter((p) => p.kind === 'periodic')
    .slice()
    .sort((a, b) => a.index - b.index)
    .map((p) => {
      const latest = cells.get(cellKey(indicatorId, p.id))?.latest;
      return {
        periodId: p.id,
        label: p.label,
        value: latest?.value ?? null,
        achievement: latest?.achievement ?? null,
      };
    });
}
