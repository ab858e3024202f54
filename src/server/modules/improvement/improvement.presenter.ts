import { statusOn } from '../../../domain/evaluations/improvement.js';
import {
  escalationHistorySchema,
  type EscalationHistory,
  type EscalationView,
  type ImprovementPeriodView,
} from '../../../domain/evaluations/improvement-view.js';
import type { Predicate } from '../../../domain/evaluations/matrix.js';
import type { EscalationListRow, ImprovementPeriodRow } from './improvement.repository.js';

/** Row → API shape. `today` (Asia/Jakarta) decides whether an open period has passed (computed on read). */

export function presentPeriod(
  row: { period: ImprovementPeriodRow; periodLabel: string | null; predicate: Predicate | null },
  escalations: ImprovementPeriodView['escalations'],
  today: string,
): ImprovementPeriodView {
  const p = row.period;
  return {
    id: p.id,
    employeeId: p.employeeId,
    evaluationId: p.evaluationId,
    periodLabel: row.periodLabel,
    predicate: row.predicate,
    developmentPlanId: p.developmentPlanId,
    startDate: p.startDate,
    endDate: p.endDate,
    status: statusOn(p, today),
    closedAt: p.closedAt ? p.closedAt.toISOString() : null,
    note: p.note,
    escalations,
  };
}

const EMPTY_EVALUATION = {
  evaluationId: '',
  periodLabel: '',
  periodKind: 'annual' as const,
  predicate: null,
  resultRating: null,
  behaviourRating: null,
  finalizedAt: null,
  assessorName: null,
};

/** The stored history, read defensively (a document written by another version still shows). */
function historyOf(row: EscalationListRow): EscalationHistory {
  const parsed = escalationHistorySchema.safeParse(row.escalation.history);
  if (parsed.success) return parsed.data;
  return {
    opening: { ...EMPTY_EVALUATION, evaluationId: row.period.evaluationId },
    further: { ...EMPTY_EVALUATION, evaluationId: row.escalation.evaluationId },
    improvementPeriod: { id: row.period.id, startDate: row.period.startDate, endDate: row.period.endDate },
    developmentPlans: [],
    earlierEscalations: [],
  };
}

export function presentEscalation(row: EscalationListRow, today: string, canDecide: boolean): EscalationView {
  const e = row.escalation;
  return {
    id: e.id,
    status: e.status,
    employeeId: e.employeeId,
    employeeName: row.employeeName,
    nip: row.nip,
    asnType: row.asnType,
    positionTitle: row.positionTitle,
    unitId: row.unitId,
    unitName: row.unitName,
    evaluationId: e.evaluationId,
    improvementPeriod: {
      id: row.period.id,
      evaluationId: row.period.evaluationId,
      startDate: row.period.startDate,
      endDate: row.period.endDate,
      status: statusOn(row.period, today),
      developmentPlanId: row.period.developmentPlanId,
    },
    history: historyOf(row),
    decision: (e.decision as EscalationView['decision']) ?? null,
    note: e.note,
    decidedAt: e.decidedAt ? e.decidedAt.toISOString() : null,
    decidedByName: e.decidedByName,
    createdAt: e.createdAt.toISOString(),
    version: e.version,
    can: { decide: canDecide && e.status === 'open' },
  };
}

/** What the audit log keeps of an improvement period and of an escalation. */
export const periodAudit = (p: ImprovementPeriodRow) => ({
  employeeId: p.employeeId,
  evaluationId: p.evaluationId,
  developmentPlanId: p.developmentPlanId,
  startDate: p.startDate,
  endDate: p.endDate,
  status: p.status,
  closedAt: p.closedAt,
  note: p.note,
  version: p.version,
});

export const escalationAudit = (e: EscalationListRow['escalation']) => ({
  improvementPeriodId: e.improvementPeriodId,
  employeeId: e.employeeId,
  evaluationId: e.evaluationId,
  status: e.status,
  decision: e.decision,
  note: e.note,
  decidedAt: e.decidedAt,
  decidedByName: e.decidedByName,
  version: e.version,
});
