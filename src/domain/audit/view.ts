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
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  requestId: z.string().nullable(),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntryView = z.infer<typeof auditEntryViewSchema>;

/** The result of walking the hash chain: the first broken entry, if any. */
export const auditVerifyViewSchema = z.object({
  ok: z.boolean(),
  checked: z.number(),
  firstBroken: z.object({ seq: z.number(), id: z.string(), reason: z.string() }).optional(),
});
export type AuditVerifyView = z.infer<typeof auditVerifyViewSchema>;
