import type { LearningHoursLedger } from '../../../domain/development/learning-hours.js';
import type { LearningHoursItemView, LearningHoursView } from '../../../domain/ledger/view.js';
import type { EmployeeRow } from './ledger.repository.js';

/** Rows → API shapes; no queries, no rules. */

export interface CompletedItemRow {
  id: string;
  planId: string;
  trainingId: string | null;
  title: string;
  mode: LearningHoursItemView['mode'];
  hours: number;
  completedAt: Date;
}

export function presentLearningHours(
  employee: EmployeeRow,
  ledger: LearningHoursLedger<CompletedItemRow>,
): LearningHoursView {
  return {
    employeeId: employee.id,
    asnType: employee.asnType,
    year: ledger.year,
    hours: ledger.hours,
    minimum: ledger.minimum,
    maximum: ledger.maximum,
    shortfall: ledger.shortfall,
    overMaximum: ledger.overMaximum,
    standing: ledger.standing,
    items: ledger.items.map((i) => ({
      id: i.id,
      planId: i.planId,
      trainingId: i.trainingId,
      title: i.title,
      mode: i.mode,
      hours: i.hours,
      completedAt: i.completedAt.toISOString(),
    })),
  };
}
