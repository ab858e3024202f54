import { z } from 'zod';

/**
 * The API shapes of the audit log endpoints: one zod schema each (the routes' response schemas and the OpenAPI
 * description), and the TypeScript type derived from it.
 */

export const auditEntryViewSchema = z.object({
  id: z.string(),
  seq: z.number(),
  at: z.string(),
  /** the account that acted (null for the system), and its name at the time */
  actor: z.object({ userId: z.string().nullable(), label: z.string() }),
  /** the person who acted: the employee's current name, else the account's username, else the stored label */
  actorName: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  /** a human name of the record (employee name, unit name, "owner · period", indicator text …); null if unknown */
  entityLabel: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntryView = z.infer<typeof auditEntryViewSchema>;

/**
 * A page of entries, newest first. `total` counts every entry matching the filters (left out with `count=false`;
 * the planner's estimate for the whole log when `totalEstimated`); `hasMore` says whether older entries follow, and
 * `nextCursor` is the `before` value that fetches them.
 */
export const auditPageViewSchema = z.object({
  items: z.array(auditEntryViewSchema),
  total: z.number().optional(),
  /** true when `total` is the estimate of a large unfiltered log (`count=estimate`) */
  totalEstimated: z.boolean().optional(),
  hasMore: z.boolean(),
  nextCursor: z.number().nullable(),
});
export type AuditPageView = z.infer<typeof auditPageViewSchema>;

/** An account that can be picked in the audit log's person filter. */
export const auditActorViewSchema = z.object({
  userId: z.string(),
  username: z.string(),
  name: z.string(),
  employeeId: z.string().nullable(),
});
export type AuditActorView = z.infer<typeof auditActorViewSchema>;

/** The result of walking the hash chain: the first broken entry, if any. */
export const auditVerifyViewSchema = z.object({
  ok: z.boolean(),
  checked: z.number(),
  firstBroken: z.object({ seq: z.number(), id: z.string(), reason: z.string() }).optional(),
});
export type AuditVerifyView = z.infer<typeof auditVerifyViewSchema>;
