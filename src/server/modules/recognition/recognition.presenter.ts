import type { NominationView } from '../../../domain/evaluations/recognition.js';
import type { NominationListRow, NominationRow } from './recognition.repository.js';

export function presentNomination(row: NominationListRow, canDecide: boolean): NominationView {
  const n = row.nomination;
  return {
    id: n.id,
    evaluationId: n.evaluationId,
    periodLabel: row.periodLabel,
    employeeId: n.employeeId,
    employeeName: row.employeeName,
    nip: row.nip,
    asnType: row.asnType,
    unitId: row.unitId,
    unitName: row.unitName,
    kind: n.kind,
    reason: n.reason,
    status: n.status,
    nominatedByName: n.nominatedByName,
    createdAt: n.createdAt.toISOString(),
    decisionNote: n.decisionNote,
    decidedAt: n.decidedAt ? n.decidedAt.toISOString() : null,
    decidedByName: n.decidedByName,
    version: n.version,
    can: { decide: canDecide && n.status === 'nominated' },
  };
}

/** What the audit log keeps of a nomination. */
export const nominationAudit = (n: NominationRow) => ({
  evaluationId: n.evaluationId,
  employeeId: n.employeeId,
  kind: n.kind,
  reason: n.reason,
  status: n.status,
  nominatedByName: n.nominatedByName,
  decisionNote: n.decisionNote,
  decidedAt: n.decidedAt,
  decidedByName: n.decidedByName,
  version: n.version,
});
