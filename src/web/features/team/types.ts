import type { z } from 'zod';
import type { matrixAssignSchema } from '../../../domain/work-plans/schemas';

export { ASSIGN_ERRORS, type AssignOutcome, type TeamMatrixView } from '../../../domain/work-plans/view';

export type AssignInput = z.input<typeof matrixAssignSchema>;

export const teamKeys = {
  all: ['team-matrix'] as const,
  matrix: (cycleId: string) => ['team-matrix', cycleId] as const,
};
