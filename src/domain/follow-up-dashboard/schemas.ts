import { z } from 'zod';

/** A reporting year: whole years the system could hold. */
const year = z.coerce.number().int().min(2000).max(2100);

export const followUpDashboardQuerySchema = z.object({
  /** this unit and its subtree only; default: every unit the caller may see */
  unitId: z.uuid().optional(),
  /** default: the current year in Asia/Jakarta */
  year: year.optional(),
});
export type FollowUpDashboardQuery = z.infer<typeof followUpDashboardQuerySchema>;

const page = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
};

export const overdueQuerySchema = z.object({
  unitId: z.uuid().optional(),
  ...page,
});
export type OverdueQuery = z.infer<typeof overdueQuerySchema>;

export const jpShortQuerySchema = z.object({
  unitId: z.uuid().optional(),
  year: year.optional(),
  ...page,
});
export type JpShortQuery = z.infer<typeof jpShortQuerySchema>;
