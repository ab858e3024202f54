import { planForPeriod, type PlanSpan } from '../work-plans/in-force.js';

/** A current plan version as the close preview sees it. */
export interface ClosingPlan extends PlanSpan {
  employeeId: string;
  status: 'draft' | 'submitted' | 'returned' | 'approved';
}

/**
 * The (plan, period) pairs still missing a final evaluation when a year closes (issue 10): for each employee and each
 * periodic period, the plan the period belongs to (`planForPeriod`: the one in force on its last day, after a transfer
 * the new one); when that plan is approved and the employee has no final evaluation for the period, the pair is open.
 * A period that belongs to a plan not approved is not listed here (the plan itself is). In the order of `plans`, then
 * of `periods`.
 */
export function missingPeriodicEvaluations<
  P extends ClosingPlan,
  Q extends { id: string; startDate: string; endDate: string },
>(
  plans: readonly P[],
  periods: readonly Q[],
  isFinal: (employeeId: string, periodId: string) => boolean,
): Array<{ plan: P; period: Q }> {
  const byEmployee = new Map<string, P[]>();
  for (const p of plans) byEmployee.set(p.employeeId, [...(byEmployee.get(p.employeeId) ?? []), p]);
  const missing: Array<{ plan: P; period: Q }> = [];
  for (const own of byEmployee.values()) {
    for (const period of periods) {
      const plan = planForPeriod(own, period);
      if (plan && plan.status === 'approved' && !isFinal(plan.employeeId, period.id))
        missing.push({ plan, period });
    }
  }
  return missing;
}
