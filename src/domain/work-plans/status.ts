/**
 * The SKP status table (domain §3): draft → submitted → approved, submitted → returned → submitted.
 * An approved plan changes only through an amendment (a new version that starts as a draft).
 */
export const PLAN_STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_ACTIONS = ['submit', 'return', 'approve', 'amend', 'edit'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

/** For each action, the statuses it may start from and where it leads (`amend` leaves the old plan as it is). */
export const PLAN_TRANSITIONS: Record<PlanAction, { from: readonly PlanStatus[]; to: PlanStatus | null }> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  return: { from: ['submitted'], to: 'returned' },
  approve: { from: ['submitted'], to: 'approved' },
  amend: { from: ['approved'], to: null },
  /** editing content (results, indicators, annex, approach) */
  edit: { from: ['draft', 'returned'], to: null },
};

export function canTransition(status: PlanStatus, action: PlanAction): boolean {
  return PLAN_TRANSITIONS[action].from.includes(status);
}

/** The status after an action, or null when the action is not allowed from `status`. */
export function nextStatus(status: PlanStatus, action: PlanAction): PlanStatus | null {
  if (!canTransition(status, action)) return null;
  return PLAN_TRANSITIONS[action].to ?? status;
}
