/**
 * The evaluation status table (domain §5): a draft is edited and finalised; a final evaluation is acknowledged,
 * objected to, or reopened by HR (back to a draft, with a reason). A final evaluation changes otherwise only
 * through an objection decision.
 */
export const EVALUATION_STATUSES = ['draft', 'final'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

export const EVALUATION_ACTIONS = ['update', 'finalize', 'reopen', 'acknowledge', 'object'] as const;
export type EvaluationAction = (typeof EVALUATION_ACTIONS)[number];

/** For each action, the statuses it may start from and where it leads (null: the status stays). */
export const EVALUATION_TRANSITIONS: Record<
  EvaluationAction,
  { from: readonly EvaluationStatus[]; to: EvaluationStatus | null }
> = {
  update: { from: ['draft'], to: null },
  finalize: { from: ['draft'], to: 'final' },
  reopen: { from: ['final'], to: 'draft' },
  acknowledge: { from: ['final'], to: null },
  object: { from: ['final'], to: null },
};

export function canEvaluationTransition(status: EvaluationStatus, action: EvaluationAction): boolean {
  return EVALUATION_TRANSITIONS[action].from.includes(status);
}

/**
 * An objection (domain §7): filed → explanations requested → decided (final). Explanations may be written and
 * revised until the decision.
 */
export const OBJECTION_STATUSES = ['filed', 'explanations_requested', 'decided'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];

export const OBJECTION_ACTIONS = ['request_explanations', 'explain', 'decide'] as const;
export type ObjectionAction = (typeof OBJECTION_ACTIONS)[number];

export const OBJECTION_TRANSITIONS: Record<
  ObjectionAction,
  { from: readonly ObjectionStatus[]; to: ObjectionStatus | null }
> = {
  request_explanations: { from: ['filed', 'explanations_requested'], to: 'explanations_requested' },
  explain: { from: ['filed', 'explanations_requested'], to: null },
  decide: { from: ['filed', 'explanations_requested'], to: 'decided' },
};

export function canObjectionTransition(status: ObjectionStatus, action: ObjectionAction): boolean {
  return OBJECTION_TRANSITIONS[action].from.includes(status);
}
