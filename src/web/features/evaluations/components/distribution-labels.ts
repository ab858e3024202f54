import type { TFunction } from 'i18next';
import { formatNumber } from '../../../lib/format';
import type { DistributionViolation, PatternRow, Predicate } from '../types';

/** The predicates a rule counts together, e.g. "Butuh Perbaikan + Kurang/Misconduct". */
export function predicateList(t: TFunction, predicates: readonly Predicate[]): string {
  return predicates.map((p) => t(`calibration.predicates.${p}`)).join(' + ');
}

type RuleLike = Pick<PatternRow, 'rule' | 'predicates'> & {
  percent?: number | null;
  persons?: number | null;
  limit?: number | null;
};

/**
 * A distribution rule in words, with the people it means at the unit's size when known:
 * "Sangat Baik paling banyak 70% (≤ 1 orang)", "Butuh Perbaikan + Kurang paling sedikit 1 orang".
 */
export function ruleText(t: TFunction, language: string, rule: RuleLike): string {
  const predicates = predicateList(t, rule.predicates);
  if (rule.rule === 'none') return t('calibration.rule.none', { predicates });
  if (rule.persons !== null && rule.persons !== undefined) {
    return t(`calibration.rule.${rule.rule}Persons`, { predicates, count: rule.persons });
  }
  const percent = formatNumber(rule.percent ?? 0, language);
  if (rule.limit === null || rule.limit === undefined) {
    return t(`calibration.rule.${rule.rule}Percent`, { predicates, percent });
  }
  return t(`calibration.rule.${rule.rule}PercentLimit`, { predicates, percent, count: rule.limit });
}

/** The pattern row a violation comes from (same kind, same predicates), to name the rule with its percent. */
export function rowOfViolation(pattern: readonly PatternRow[], v: DistributionViolation): PatternRow | null {
  const key = (ps: readonly Predicate[]) => [...ps].sort().join('+');
  return pattern.find((r) => r.rule === v.rule && key(r.predicates) === key(v.predicates)) ?? null;
}

/** "≤ 1", "≥ 2", "0": the limit of a rule as a bound on the count. */
export function limitText(rule: PatternRow['rule'], limit: number): string {
  if (rule === 'none') return '0';
  return `${rule === 'max' ? '≤' : '≥'} ${limit}`;
}
