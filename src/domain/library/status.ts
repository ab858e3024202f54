import type { TemplateStatus } from './schemas.js';

/**
 * A proposal is open (`proposed`) until HR or a unit head adopts or declines it. Endorsements are given and
 * withdrawn only while it is open, so the decided record keeps who endorsed it.
 */
export const TEMPLATE_ACTIONS = ['adopt', 'decline', 'endorse', 'withdraw_endorsement'] as const;
export type TemplateAction = (typeof TEMPLATE_ACTIONS)[number];

export const TEMPLATE_TRANSITIONS: Record<
  TemplateAction,
  { from: readonly TemplateStatus[]; to: TemplateStatus | null }
> = {
  adopt: { from: ['proposed'], to: 'adopted' },
  decline: { from: ['proposed'], to: 'declined' },
  endorse: { from: ['proposed'], to: null },
  withdraw_endorsement: { from: ['proposed'], to: null },
};

export function canTemplateTransition(status: TemplateStatus, action: TemplateAction): boolean {
  return TEMPLATE_TRANSITIONS[action].from.includes(status);
}
