import {
  checkDistribution,
  ruleLimit,
  type DistributionRules,
} from '../../../../domain/evaluations/distribution.js';
import type { Predicate } from '../../../../domain/evaluations/matrix.js';
import type { DistributionView, PatternRow } from '../../../../domain/evaluations/view.js';
import type { Executor } from '../../../platform/db/client.js';
import * as repo from '../evaluations.repository.js';

/**
 * The distribution of a unit's population for a period (domain §6), optionally as if one evaluation were final
 * with `add` (the finalisation check): that evaluation is left out of the stored counts and counted with `add`
 * when its employee belongs to the population.
 */
export async function unitDistribution(
  db: Executor,
  unitId: string,
  periodId: string,
  rules: DistributionRules,
  as?: { evaluationId: string; employeeId: string; unitId: string; predicate: Predicate },
): Promise<DistributionView> {
  const unit = await repo.findUnit(db, unitId);
  const headId = unit?.headId ?? null;
  const org = await repo.currentOrgPredicate(db, unitId, periodId);
  const counts = await repo.populationCounts(db, unitId, periodId, headId, as?.evaluationId);
  if (as && as.unitId === unitId && as.employeeId !== headId) counts[as.predicate] += 1;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const orgPredicate = org?.predicate ?? null;
  const violations = orgPredicate ? checkDistribution(orgPredicate, counts, rules) : [];
  const pattern: PatternRow[] = orgPredicate
    ? rules[orgPredicate].map((rule) => {
        const actual = rule.predicates.reduce((a, p) => a + counts[p], 0);
        const limit = ruleLimit(rule, total);
        const ok = total === 0 || (rule.rule === 'min' ? actual >= limit : actual <= limit);
        return {
          rule: rule.rule,
          predicates: [...rule.predicates],
          percent: 'percent' in rule ? rule.percent : null,
          persons: 'persons' in rule ? rule.persons : null,
          limit,
          actual,
          ok,
        };
      })
    : [];
  return { unitId, periodId, orgPredicate, total, counts, violations, pattern };
}
