/**
 * Requests of the follow-up ledgers (issue 14.3, 14.6, 14.7): learning hours, credit points, the allowance (TPP)
 * table and export. One zod schema each: the routes validate with them and the web forms reuse them.
 */
import { z } from 'zod';
import { tppRatesSchema } from '../evaluations/tpp.js';

/** A calendar year (Asia/Jakarta) of the ledger; default: the current one. */
const year = z.coerce.number().int().min(2000).max(2100);

export const learningHoursQuerySchema = z.object({ year: year.optional() });
export type LearningHoursQuery = z.infer<typeof learningHoursQuerySchema>;

export const learningHoursListQuerySchema = z.object({
  year: year.optional(),
  /** this unit and every unit below it */
  unitId: z.uuid().optional(),
  /** `true`: only the PNS still short of the yearly minimum */
  short: z.enum(['true', 'false']).default('false'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type LearningHoursListQuery = z.infer<typeof learningHoursListQuerySchema>;

export const creditPointsQuerySchema = z.object({
  /** default: the cycle containing today, else the latest one */
  cycleId: z.uuid().optional(),
});
export type CreditPointsQuery = z.infer<typeof creditPointsQuerySchema>;

export const creditPointsExportQuerySchema = z.object({
  cycleId: z.uuid(),
  /** this unit and every unit below it */
  unitId: z.uuid().optional(),
});
export type CreditPointsExportQuery = z.infer<typeof creditPointsExportQuerySchema>;

export const tppExportQuerySchema = z.object({ periodId: z.uuid() });
export type TppExportQuery = z.infer<typeof tppExportQuerySchema>;

/** `PUT /settings/tpp`: the whole table and the version read (0 while nothing is stored); a stale one gets 409. */
export const putTppRatesSchema = z.object({
  rates: tppRatesSchema,
  version: z.number().int().min(0),
});
export type PutTppRates = z.infer<typeof putTppRatesSchema>;
