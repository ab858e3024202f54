import type { DistributionViolation } from '../../../domain/evaluations/distribution';
import type { OrgPredicateView } from '../../../domain/evaluations/view';
import type { OrgPredicate } from '../../../domain/evaluations/suggestion';

export type {
  CalibrationPerson,
  CalibrationView,
  DistributionView,
  OrgPredicateHistoryView,
  OrgPredicateUnitRow,
  OrgPredicateView,
  PatternRow,
} from '../../../domain/evaluations/view';
export type { DistributionViolation } from '../../../domain/evaluations/distribution';
export {
  PREDICATES,
  RATINGS,
  predicateFor,
  type Predicate,
  type Rating,
} from '../../../domain/evaluations/matrix';
export { ORG_PREDICATES, type OrgPredicate } from '../../../domain/evaluations/suggestion';
export { putOrgPredicateSchema } from '../../../domain/evaluations/schemas';

/**
 * One unit of GET /calibration/units, as docs/api/assessment.md describes it (`{unit, orgPredicate, total,
 * finals, violations}`); view.ts names no interface for it, so the loose parts (the predicate as a value or a
 * view, the violations as a list or a count) are accepted both ways and normalised by `toCalibrationUnit`.
 */
export interface CalibrationUnitItem {
  unit: {
    id: string;
    name: string;
    code?: string | null;
    parentId?: string | null;
    headName?: string | null;
  };
  orgPredicate: OrgPredicate | OrgPredicateView | null;
  total: number;
  finals: number;
  violations: DistributionViolation[] | number;
}

export interface CalibrationUnit {
  id: string;
  name: string;
  code: string | null;
  orgPredicate: OrgPredicate | null;
  total: number;
  finals: number;
  violations: number;
}

export function toCalibrationUnit(item: CalibrationUnitItem): CalibrationUnit {
  const op = item.orgPredicate;
  return {
    id: item.unit.id,
    name: item.unit.name,
    code: item.unit.code ?? null,
    orgPredicate: op === null ? null : typeof op === 'string' ? op : op.predicate,
    total: item.total,
    finals: item.finals,
    violations: Array.isArray(item.violations) ? item.violations.length : item.violations,
  };
}

export interface OrgPredicateInput {
  predicate: OrgPredicate;
  basis?: string | null;
}

export const calibrationKeys = {
  all: ['calibration'] as const,
  units: (periodId: string) => ['calibration', 'units', periodId] as const,
  board: (unitId: string, periodId: string) => ['calibration', 'board', unitId, periodId] as const,
};

export const orgPredicateKeys = {
  all: ['org-predicates'] as const,
  list: (periodId: string) => ['org-predicates', 'list', periodId] as const,
  history: (unitId: string, periodId: string) => ['org-predicates', 'history', unitId, periodId] as const,
};
