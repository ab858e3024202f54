/** The distribution pattern of employee predicates per organisation predicate (domain §6). A soft check. */
import type { Predicate } from './matrix.js';
import type { OrgPredicate } from './suggestion.js';
import type { DistributionView, DistributionViolation, PatternRow } from './view.js';

/** A broken rule (the API shape of `view.ts`): the bound at the current total and the actual number. */
export type { DistributionViolation };

export type DistributionRuleKind = 'max' | 'min' | 'none';

/** One rule: a bound on the number of people whose predicate is one of `predicates` (counted together). */
export type DistributionRule =
  | { rule: 'max' | 'min'; predicates: readonly Predicate[]; percent: number }
  /** a fixed number of people (e.g. "BP + Kurang together ≥ 1 person"), applied when the unit is not empty */
  | { rule: 'max' | 'min'; predicates: readonly Predicate[]; persons: number }
  | { rule: 'none'; predicates: readonly Predicate[] };

export type DistributionRules = Readonly<Record<OrgPredicate, readonly DistributionRule[]>>;

/** SE MenPANRB 3/2023 defaults. "Most" sets no minimum: only the stated maximum applies. */
export const DEFAULT_DISTRIBUTION_RULES: DistributionRules = {
  istimewa: [{ rule: 'max', predicates: ['sangat_baik'], percent: 70 }],
  baik: [
    { rule: 'max', predicates: ['baik'], percent: 70 },
    { rule: 'min', predicates: ['butuh_perbaikan', 'kurang'], persons: 1 },
  ],
  butuh_perbaikan: [
    { rule: 'max', predicates: ['sangat_baik'], percent: 10 },
    { rule: 'min', predicates: ['butuh_perbaikan'], percent: 60 },
  ],
  kurang: [
    { rule: 'max', predicates: ['sangat_baik'], percent: 10 },
    { rule: 'min', predicates: ['butuh_perbaikan'], percent: 10 },
    { rule: 'min', predicates: ['kurang'], percent: 60 },
  ],
  sangat_kurang: [
    { rule: 'none', predicates: ['sangat_baik'] },
    { rule: 'min', predicates: ['butuh_perbaikan', 'kurang'], percent: 10 },
    { rule: 'min', predicates: ['sangat_kurang'], percent: 60 },
  ],
};

/** At most p% of n: floor(p·n/100), but never fewer than 1 where p > 0 and n ≥ 1. */
export function maxAllowed(percent: number, n: number): number {
  const raw = Math.floor((percent * n) / 100);
  return percent > 0 && n >= 1 ? Math.max(1, raw) : raw;
}

/** At least p% of n: ceil(p·n/100). */
export function minRequired(percent: number, n: number): number {
  return Math.ceil((percent * n) / 100);
}

/** The number of people a rule allows (max, none) or requires (min) in a unit of n evaluated employees. */
export function ruleLimit(rule: DistributionRule, n: number): number {
  if (rule.rule === 'none' || n === 0) return 0;
  if ('persons' in rule) return rule.persons;
  return rule.rule === 'max' ? maxAllowed(rule.percent, n) : minRequired(rule.percent, n);
}

/** The rules of the organisation predicate that the counts break; n = the sum of the counts. */
export function checkDistribution(
  orgPredicate: OrgPredicate,
  counts: Readonly<Record<Predicate, number>>,
  rules: DistributionRules = DEFAULT_DISTRIBUTION_RULES,
): DistributionViolation[] {
  const n = Object.values(counts).reduce((a, b) => a + b, 0);
  if (n === 0) return [];
  const violations: DistributionViolation[] = [];
  for (const rule of rules[orgPredicate]) {
    const actual = rule.predicates.reduce((a, p) => a + counts[p], 0);
    const limit = ruleLimit(rule, n);
    const broken = rule.rule === 'min' ? actual < limit : actual > limit;
    if (broken) violations.push({ rule: rule.rule, predicates: [...rule.predicates], limit, actual });
  }
  return violations;
}

/** No one counted yet, per predicate. */
export function emptyCounts(): Record<Predicate, number> {
  return { sangat_baik: 0, baik: 0, butuh_perbaikan: 0, kurang: 0, sangat_kurang: 0 };
}

/** The pattern of the organisation predicate against the counts (an empty unit breaks nothing). */
export function distributionPattern(
  orgPredicate: OrgPredicate,
  counts: Readonly<Record<Predicate, number>>,
  rules: DistributionRules = DEFAULT_DISTRIBUTION_RULES,
): PatternRow[] {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return rules[orgPredicate].map((rule) => {
    const actual = rule.predicates.reduce((a, p) => a + counts[p], 0);
    const limit = ruleLimit(rule, total);
    return {
      rule: rule.rule,
      predicates: [...rule.predicates],
      percent: 'percent' in rule ? rule.percent : null,
      persons: 'persons' in rule ? rule.persons : null,
      limit,
      actual,
      ok: total === 0 || (rule.rule === 'min' ? actual >= limit : actual <= limit),
    };
  });
}

/**
 * The people a unit's pattern counts for a period (domain §6, corrected): the final predicates of its own employees
 * other than its head, plus the heads of its direct child units (assessed at this level, so nobody escapes a curve),
 * and the unit's organisation predicate (none: no pattern).
 */
export interface Population {
  unitId: string;
  periodId: string;
  /** the direct child units, whose heads belong to this population */
  childUnitIds: readonly string[];
  orgPredicate: OrgPredicate | null;
  counts: Readonly<Record<Predicate, number>>;
}

/** The member an evaluation makes: of its unit's population, or — a unit head — of the parent unit's. */
export interface Member {
  /** the unit of the plan the evaluation belongs to */
  unitId: string;
  /** the employee heads that unit */
  headsUnit: boolean;
}

/** Whether an evaluation of `member` counts in `population`. */
export const belongsTo = (member: Member, population: Population) =>
  member.headsUnit ? population.childUnitIds.includes(member.unitId) : member.unitId === population.unitId;

/**
 * The distribution of a population against its pattern, optionally as if one more evaluation were final with
 * `add.predicate`: it counts when it belongs to the population.
 */
export function distributionOf(
  population: Population,
  rules: DistributionRules,
  add?: Member & { predicate: Predicate },
): DistributionView {
  const counts = { ...population.counts };
  if (add && belongsTo(add, population)) counts[add.predicate] += 1;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const org = population.orgPredicate;
  return {
    unitId: population.unitId,
    periodId: population.periodId,
    orgPredicate: org,
    total,
    counts,
    violations: org ? checkDistribution(org, counts, rules) : [],
    pattern: org ? distributionPattern(org, counts, rules) : [],
  };
}
