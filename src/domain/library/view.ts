import { z } from 'zod';
import { ASPECTS, CATEGORIES, DIRECTIONS } from '../work-plans/schemas.js';
import { SECTORS, TEMPLATE_STATUSES } from './schemas.js';

/**
 * The API shapes of the indicator library: one zod schema each (the routes' response schemas and the OpenAPI
 * description), and the TypeScript type derived from it (server presenters produce them; the web reads them).
 */

export const personRefSchema = z.object({ id: z.string(), name: z.string() });
export type PersonRef = z.infer<typeof personRefSchema>;

export const templateViewSchema = z.object({
  id: z.string(),
  sector: z.enum(SECTORS),
  text: z.string(),
  /** a sample RHK this indicator fits */
  resultExample: z.string().nullable(),
  aspect: z.enum(ASPECTS),
  unit: z.string().nullable(),
  direction: z.enum(DIRECTIONS),
  category: z.enum(CATEGORIES),
  exampleTarget: z.string().nullable(),
  status: z.enum(TEMPLATE_STATUSES),
  rationale: z.string().nullable(),
  /** the proposing employee (null for the seeded library, or an account without an employee) */
  proposedBy: personRefSchema.nullable(),
  /** the proposing account (named after its employee when it has one) */
  proposedByUser: personRefSchema.nullable(),
  /** the account that adopted or declined it */
  decidedBy: personRefSchema.nullable(),
  decisionReason: z.string().nullable(),
  decidedAt: z.string().nullable(),
  endorsementCount: z.number(),
  endorsedByMe: z.boolean(),
  commentCount: z.number(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** what the caller may do now */
  can: z.object({ endorse: z.boolean(), decide: z.boolean() }),
});
export type TemplateView = z.infer<typeof templateViewSchema>;

export const templateCommentViewSchema = z.object({
  id: z.string(),
  body: z.string(),
  authorName: z.string(),
  authorUserId: z.string().nullable(),
  createdAt: z.string(),
});
export type TemplateCommentView = z.infer<typeof templateCommentViewSchema>;

export const templateDetailViewSchema = templateViewSchema.extend({
  endorsements: z.array(z.object({ name: z.string(), at: z.string(), employeeId: z.string().nullable() })),
  comments: z.array(templateCommentViewSchema),
});
export type TemplateDetailView = z.infer<typeof templateDetailViewSchema>;
