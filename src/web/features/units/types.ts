import type { z } from 'zod';
import type { createActingSchema, createUnitSchema, updateUnitSchema } from '../../../domain/people/schemas';

export type {
  ActingHead,
  ActingKind,
  ActingOfficialView as ActingOfficial,
  UnitTreeItem,
  UnitView as Unit,
} from '../../../domain/people/view';

export type UnitInput = z.input<typeof createUnitSchema>;
export type UnitPatch = z.input<typeof updateUnitSchema>;
export type ActingInput = z.input<typeof createActingSchema>;

export const unitKeys = {
  all: ['units'] as const,
  tree: () => ['units', 'tree'] as const,
  list: (limit: number, offset: number) => ['units', 'list', limit, offset] as const,
  detail: (id: string) => ['units', 'detail', id] as const,
  acting: (id: string) => ['units', 'acting', id] as const,
};
