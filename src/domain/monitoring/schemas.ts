import { z } from 'zod';
import { COMPLETION_STATUSES } from './view.js';

export const completionQuerySchema = z.object({
  cycleId: z.uuid(),
  /** default: the periodic period containing today (else the latest one started, else the first) */
  periodId: z.uuid().optional(),
  /** show this unit and its subtree only */
  unitId: z.uuid().optional(),
});
export type CompletionQuery = z.infer<typeof completionQuerySchema>;

export const completionPeopleQuerySchema = z.object({
  cycleId: z.uuid(),
  unitId: z.uuid(),
  periodId: z.uuid().optional(),
  status: z.enum(COMPLETION_STATUSES).optional(),
  /** `subtree` (default) lists the unit and every unit below it; `unit` its own employees only */
  scope: z.enum(['unit', 'subtree']).default('subtree'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
export type CompletionPeopleQuery = z.infer<typeof completionPeopleQuerySchema>;
