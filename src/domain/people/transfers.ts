import { z } from 'zod';
import { str } from '../text.js';
import { isoDate } from './schemas.js';

/**
 * A transfer (mutasi): from `effectiveDate` the employee works in `unitId` under `supervisorId`. The plan in force
 * ends the day before (kept, read-only) and a draft plan for the new unit and assessor starts that day.
 */
export const createTransferSchema = z.object({
  unitId: z.uuid(),
  /** the new direct supervisor (the new plan's assessor); null: none (the top of the chain) */
  supervisorId: z.uuid().nullable(),
  effectiveDate: isoDate,
  /** the new position title, when it changes */
  positionTitle: str().trim().min(2).max(200).nullish(),
  note: str().trim().max(1000).nullish(),
});
export type CreateTransferInput = z.infer<typeof createTransferSchema>;

const personRef = z.object({ id: z.string(), name: z.string() }).nullable();

export const transferViewSchema = z.object({
  id: z.string(),
  employeeId: z.string(),
  cycleId: z.string(),
  effectiveDate: z.string(),
  fromUnit: z.object({ id: z.string(), name: z.string() }),
  toUnit: z.object({ id: z.string(), name: z.string() }),
  fromSupervisor: personRef,
  toSupervisor: personRef,
  /** the plan that ended the day before (null: none was in force) */
  endedPlanId: z.string().nullable(),
  newPlanId: z.string(),
  positionTitle: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type TransferView = z.infer<typeof transferViewSchema>;

export const transferListViewSchema = z.object({ items: z.array(transferViewSchema) });
export type TransferListView = z.infer<typeof transferListViewSchema>;
