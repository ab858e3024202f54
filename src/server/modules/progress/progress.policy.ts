import { spansOverlap } from '../../../domain/work-plans/in-force.js';
import type { MessageKey } from '../../platform/i18n.js';
import { AppError } from '../../platform/errors.js';
import type { PlanRelation, PlanRow } from '../work-plans/index.js';
import type { PeriodRow } from './progress.repository.js';

/**
 * Who may do what in monitoring. Seeing follows the plan (`relationTo`: a plan the caller may not see answers
 * 404); writing progress and evidence is the owner's alone (others who can see get 403).
 */
export function requireOwner(rel: PlanRelation, key?: MessageKey) {
  if (!rel.owner) throw new AppError('FORBIDDEN', key);
}

/** The two parties of the plan: the employee and the assessing official. */
export function requireParty(rel: PlanRelation, key?: MessageKey) {
  if (!rel.owner && !rel.assessor) throw new AppError('FORBIDDEN', key);
}

/**
 * Progress is recorded against the agreed plan: the approved version in force. A draft, submitted or returned
 * plan, or a version an approved amendment replaced, answers 409 INVALID_TRANSITION saying why.
 */
export function assertRecordable(plan: PlanRow, action = 'record_progress') {
  if (plan.status !== 'approved') {
    throw new AppError(
      'INVALID_TRANSITION',
      'progress.planNotApproved',
      { status: plan.status, action, reason: 'plan_not_approved', required: 'approved' },
      { status: plan.status },
    );
  }
  if (!plan.isCurrent) {
    throw new AppError('INVALID_TRANSITION', 'progress.planSuperseded', {
      status: plan.status,
      action,
      reason: 'plan_superseded',
    });
  }
}

/** Monitoring writes (feedback, dialogues) go to the version in force. */
export function assertCurrent(plan: PlanRow, action: string) {
  if (!plan.isCurrent) {
    throw new AppError('INVALID_TRANSITION', 'monitoring.planNotCurrent', {
      status: plan.status,
      action,
      reason: 'plan_not_current',
    });
  }
}

/**
 * A plan's realisation belongs to the days it is in force: after a transfer the old plan takes no period after its
 * end, the new one none before its start (409 `plan_not_in_force`).
 */
export function assertPeriodInPlan(plan: PlanRow, period: PeriodRow, action = 'record_progress') {
  if (!spansOverlap(plan, period)) {
    throw new AppError('INVALID_TRANSITION', 'progress.planNotInForce', {
      status: plan.status,
      action,
      reason: 'plan_not_in_force',
      periodId: period.id,
      periodLabel: period.label,
      planStartDate: plan.startDate,
      planEndDate: plan.endDate,
    });
  }
}

/** A locked period takes no more progress or evidence (HR may unlock it, with a reason). */
export function assertPeriodOpen(period: PeriodRow, action = 'record_progress') {
  if (period.status !== 'open') {
    throw new AppError('INVALID_TRANSITION', 'progress.periodLocked', {
      action,
      reason: 'period_locked',
      periodId: period.id,
      periodLabel: period.label,
      status: period.status,
    });
  }
}

/** May this caller record progress on this plan now? (the grid's `can.record`) */
export const canRecord = (plan: PlanRow, rel: PlanRelation) =>
  rel.owner && plan.status === 'approved' && plan.isCurrent;
