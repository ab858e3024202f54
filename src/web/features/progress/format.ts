import type { TFunction } from 'i18next';
import { defaultPeriodOf } from '../../../domain/cycles/default-period';
import { formatNumber, todayIso } from '../../lib/format';
import type { GridIndicator, GridPeriod } from './types';

/** Colour of an achievement on one ordered scale (the number is always written too, so colour is never alone). */
export function achievementColor(pct: number | null): string {
  if (pct === null) return 'gray';
  if (pct >= 100) return 'teal';
  if (pct >= 90) return 'green';
  if (pct >= 75) return 'yellow';
  if (pct >= 50) return 'orange';
  return 'red';
}

export function formatPercent(pct: number | null, language: string): string {
  return pct === null ? '—' : `${formatNumber(pct, language, 2)}%`;
}

export interface FormulaParts {
  /** the formula in words, in the reader's language */
  formula: string;
  /** the formula with the numbers: `10 ÷ 12 × 100% = 83,33%` */
  worked: string;
  /** the percentage before the cap, when the cap cut it */
  capped: boolean;
}

/**
 * How an achievement is computed, with the numbers: realised ÷ target for higher-is-better, target ÷ realised for
 * lower-is-better. Null when there is no numeric achievement (narrative indicator, zero or missing target).
 */
export function formulaFor(
  indicator: Pick<GridIndicator, 'direction' | 'target'>,
  value: number | null,
  achievement: number | null,
  cap: number,
  t: TFunction,
  language: string,
): FormulaParts | null {
  const target = indicator.target;
  if (achievement === null || value === null || target === null) return null;
  const n = (v: number) => formatNumber(v, language);
  const pct = formatPercent(achievement, language);
  const formula = t(`progress.formula.${indicator.direction}`);
  if (indicator.direction === 'lower' && value === 0) {
    return { formula, worked: t('progress.formula.zeroLower', { cap: n(cap) }), capped: true };
  }
  const [a, b] = indicator.direction === 'higher' ? [value, target] : [target, value];
  const raw = (a / b) * 100;
  const capped = raw > cap + 1e-9;
  const worked = capped
    ? t('progress.formula.workedCapped', { a: n(a), b: n(b), raw: formatPercent(raw, language), pct })
    : t('progress.formula.worked', { a: n(a), b: n(b), pct });
  return { formula, worked, capped };
}

/**
 * The period to record by default (the picker rule of issue 12, domain/cycles/default-period.ts): the current periodic
 * period while it is open for recording, else the latest ended open one.
 */
export function defaultPeriodId(periods: GridPeriod[], today = todayIso()): string | null {
  const open = periods.filter((p) => p.status === 'open');
  return defaultPeriodOf(open, today, () => true)?.id ?? null;
}

export function shortHash(sha256: string | null): string {
  return sha256 ? `${sha256.slice(0, 8)}…${sha256.slice(-4)}` : '';
}

export function formatBytes(bytes: number | null, language: string): string {
  if (bytes === null) return '';
  if (bytes < 1024) return `${formatNumber(bytes, language)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, language, 1)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), language, 1)} MB`;
}
