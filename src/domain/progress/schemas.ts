import { z } from 'zod';
import { str } from '../text.js';

/** Request schemas for progress (realisasi) and evidence (bukti dukung): shared by the server and the web. */

/**
 * A realised value: 0 or more (a count, a percentage, an amount, hours …; a "lower is better" indicator too —
 * no indicator allows negative values today), at most 10¹².
 */
const finiteValue = z
  .number()
  .finite()
  .min(0, { message: 'number.negative' })
  .max(1e12, { message: 'number.tooLarge' });
const optionalText = (max: number) =>
  str()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

const entryFields = {
  indicatorId: z.uuid(),
  /** realised number (numeric indicators) */
  value: finiteValue.nullish().transform((v) => v ?? null),
  /** realised narrative (narrative indicators; optional description for numeric ones) */
  text: optionalText(4000),
  note: optionalText(4000),
};

export const recordProgressSchema = z.object({ ...entryFields, periodId: z.uuid() });
export type RecordProgressInput = z.infer<typeof recordProgressSchema>;

export const bulkProgressSchema = z.object({
  periodId: z.uuid(),
  entries: z.array(z.object(entryFields)).min(1).max(200),
});
export type BulkProgressInput = z.infer<typeof bulkProgressSchema>;
export type ProgressEntryInput = BulkProgressInput['entries'][number];

export const progressQuerySchema = z.object({ periodId: z.uuid().optional() });

/** The grid as of a period: the to-date and year figures count the periods through it (an evaluation's period). */
export const progressGridQuerySchema = z.object({ throughPeriodId: z.uuid().optional() });

export const progressImportQuerySchema = z.object({
  dryRun: z.enum(['true', 'false']).default('false'),
  validOnly: z.enum(['true', 'false']).default('false'),
});

/** A link as evidence: http or https only (no javascript:, data:, file: …). */
export const linkEvidenceSchema = z.object({
  url: str()
    .trim()
    .max(2000)
    .pipe(z.url({ protocol: /^https?$/, error: 'evidence.urlProtocol' })),
});
