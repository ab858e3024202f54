import { z } from 'zod';
import { str } from '../text.js';
import { ASPECTS, CATEGORIES, DIRECTIONS } from '../work-plans/schemas.js';

/**
 * The shared indicator library: sector templates that help write RHK and IKI (domain §10: "templates and
 * guidance inside the forms"), and the participatory proposals anyone may make, comment on and endorse, which
 * HR or a unit head adopts or declines.
 */
export const SECTORS = ['health', 'education', 'population', 'administration', 'finance', 'general'] as const;
export type Sector = (typeof SECTORS)[number];

export const TEMPLATE_STATUSES = ['proposed', 'adopted', 'declined'] as const;
export type TemplateStatus = (typeof TEMPLATE_STATUSES)[number];

const text = (max: number) => str().trim().min(1).max(max);
const optionalText = (max: number) => str().trim().max(max).nullish();

export const proposeTemplateSchema = z.object({
  sector: z.enum(SECTORS),
  text: text(2000),
  aspect: z.enum(ASPECTS),
  unit: optionalText(100),
  direction: z.enum(DIRECTIONS).optional(),
  category: z.enum(CATEGORIES),
  exampleTarget: optionalText(200),
  resultExample: optionalText(2000),
  /** why the library needs this indicator */
  rationale: text(4000),
});
export type ProposeTemplateInput = z.infer<typeof proposeTemplateSchema>;

export const templateCommentSchema = z.object({ body: text(4000) });

export const adoptTemplateSchema = z.object({ reason: optionalText(2000) });
/** Declining a proposal needs a reason the proposer can read. */
export const declineTemplateSchema = z.object({
  reason: z
    .string({ error: 'library.declineReason' })
    .trim()
    .min(1, { error: 'library.declineReason' })
    .max(2000),
});

export const templateQuerySchema = z.object({
  /** words of the indicator text (case-insensitive) */
  q: str().trim().max(200).optional(),
  sector: z.enum(SECTORS).optional(),
  category: z.enum(CATEGORIES).optional(),
  aspect: z.enum(ASPECTS).optional(),
  status: z.enum(TEMPLATE_STATUSES).default('adopted'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type TemplateQuery = z.infer<typeof templateQuerySchema>;
