import type { z } from 'zod';
import type {
  createCycleSchema,
  updateCycleSchema,
  updatePeriodSchema,
} from '../../../domain/cycles/schemas';

export type { CycleView as Cycle, PeriodView as Period } from '../../../domain/cycles/view';
export type { CycleClosePreview, CycleCloseResult, CycleOpenCounts } from '../../../domain/cycles/view';
export type { Frequency } from '../../../domain/cycles/periods';
export { createCycleSchema, reopenCycleSchema, unlockPeriodSchema } from '../../../domain/cycles/schemas';

export type CreateCycleInput = z.input<typeof createCycleSchema>;
export type CyclePatch = z.input<typeof updateCycleSchema>;
export type PeriodPatch = z.input<typeof updatePeriodSchema>;

export const cycleKeys = {
  all: ['cycles'] as const,
  current: () => ['cycles', 'current'] as const,
  list: () => ['cycles', 'list'] as const,
  detail: (id: string) => ['cycles', 'detail', id] as const,
  closePreview: (id: string) => ['cycles', 'close-preview', id] as const,
};
