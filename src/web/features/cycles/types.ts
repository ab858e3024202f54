export type { CycleView as Cycle, PeriodView as Period } from '../../../domain/cycles/view';
export type { Frequency } from '../../../domain/cycles/periods';
export {
  createCycleSchema,
  unlockPeriodSchema,
  type CreateCycleInput,
  type UpdatePeriodInput,
} from '../../../domain/cycles/schemas';

export const cycleKeys = {
  all: ['cycles'] as const,
  current: () => ['cycles', 'current'] as const,
  list: () => ['cycles', 'list'] as const,
  detail: (id: string) => ['cycles', 'detail', id] as const,
};
