import { z } from 'zod';

/**
 * Every kind of notification. In-app notifications are always made; each user chooses per kind whether an e-mail
 * is sent too (default on).
 */
export const NOTIFICATION_KINDS = [
  'plan.submitted',
  'plan.returned',
  'plan.approved',
  'feedback.received',
  'feedback.reply',
  'dialogue.action_assigned',
  'action.due',
  'reminder.plan',
  'reminder.progress',
  'reminder.approval',
  'reminder.digest',
  'reminder.evaluation',
  'reminder.objection',
  'evaluation.finalized',
  'evaluation.reopened',
  'objection.filed',
  'objection.explanations_requested',
  'objection.explained',
  'objection.decided',
  'employee.transferred',
  'development.item_due',
  'development.item_overdue',
  // follow-up (issue 14): improvement periods, escalations, recognition
  'improvement.opened',
  'escalation.raised',
  'escalation.decided',
  'nomination.created',
  'nomination.decided',
  'development.agreed',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const notificationKindSchema = z.enum(NOTIFICATION_KINDS);

export const notificationListQuerySchema = z.object({
  unread: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

export const preferenceUpdateSchema = z.object({ email: z.boolean() });
export type PreferenceUpdate = z.infer<typeof preferenceUpdateSchema>;
