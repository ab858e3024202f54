import { z } from 'zod';
import { str } from '../text.js';
import { isoDate } from '../people/schemas.js';

/** What the two tabs of the audit log show: sign-ins and sign-outs, or every other entry (the changes). */
export const AUDIT_CATEGORIES = ['signins', 'changes'] as const;
export type AuditCategory = (typeof AUDIT_CATEGORIES)[number];

/** The action prefixes that make an entry a sign-in event (signing in and out, failures, session ends). */
export const SIGN_IN_ACTION_PREFIXES = ['auth.', 'session.'] as const;

export const isSignInAction = (action: string): boolean =>
  SIGN_IN_ACTION_PREFIXES.some((p) => action.startsWith(p));

/**
 * The filters of `GET /audit`. `action` is one code (`unit.update`) or a prefix ending in a dot (`evaluation.`);
 * `from`/`to` are calendar days in Asia/Jakarta, both included; `before` is the keyset cursor (an entry's `seq`:
 * the page holds the entries older than it).
 */
export const auditQuerySchema = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
    before: z.coerce.number().int().positive().optional(),
    entityType: str().trim().max(64).optional(),
    entityId: str().trim().max(64).optional(),
    actorId: z.uuid().optional(),
    /** the earlier name of `actorId` */
    actorUserId: z.uuid().optional(),
    action: z
      .string()
      .trim()
      .max(64)
      .regex(/^[a-z_]+(\.[a-z_]+)*\.?$/, { message: 'audit.actionFormat' })
      .optional(),
    category: z.enum(AUDIT_CATEGORIES).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    /**
     * `false` leaves out `total` (page with `hasMore` and `before`); `true` counts the matching entries exactly;
     * `estimate` (the default) counts them too, except for the whole, large log, whose total is the planner's estimate
     * (no count over every row).
     */
    count: z.enum(['true', 'false', 'estimate']).default('estimate'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'audit.dateOrder' });
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** `GET /audit/actors?q=`: the accounts that can be picked in the person filter. */
export const auditActorQuerySchema = z.object({
  q: str().trim().max(100).default(''),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
