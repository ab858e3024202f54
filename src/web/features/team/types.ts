import type { z } from 'zod';
import type { matrixAssignSchema } from '../../../domain/work-plans/schemas';

export type { TeamMatrixView } from '../../../domain/work-plans/view';

export type AssignInput = z.input<typeof matrixAssignSchema>;

export const ASSIGN_ERRORS = ['not_direct_report', 'not_editable', 'different_assessor'] as const;

/** One subordinate's outcome of "Turunkan ke bawahan" (as the server answers it). */
export interface AssignOutcome {
  employeeId: string;
  workPlanId: string | null;
  resultId: string | null;
  /** a draft plan had to be created for the subordinate */
  createdPlan: boolean;
  /** why nothing was added (e.g. the plan is submitted or approved) */
  error: (typeof ASSIGN_ERRORS)[number] | null;
}

export const teamKeys = {
  all: ['team-matrix'] as const,
  matrix: (cycleId: string) => ['team-matrix', cycleId] as const,
};
