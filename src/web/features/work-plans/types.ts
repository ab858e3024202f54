import type { z } from 'zod';
import type {
  createIndicatorSchema,
  createResultSchema,
  periodTargetsSchema,
  updateIndicatorSchema,
  updateResultSchema,
  updateWorkPlanSchema,
} from '../../../domain/work-plans/schemas';

export type {
  IndicatorView,
  PersonSnapshot,
  PlanChangesView,
  PlanCommentView,
  PlanVersionView,
  ResultView,
  TeamMatrixView,
  WorkPlanListItem,
  WorkPlanView,
} from '../../../domain/work-plans/view';
export type { PlanStatus } from '../../../domain/work-plans/status';

export type ResultInput = z.input<typeof createResultSchema>;
export type ResultPatch = z.input<typeof updateResultSchema>;
export type IndicatorInput = z.input<typeof createIndicatorSchema>;
export type IndicatorPatch = z.input<typeof updateIndicatorSchema>;
export type WorkPlanPatch = z.input<typeof updateWorkPlanSchema>;
export type PeriodTargetsBody = z.input<typeof periodTargetsSchema>;

export interface WorkPlanListParams {
  cycleId?: string;
  employeeId?: string;
  assessorId?: string;
  /** `me`: the plans I assess (as assessor, as agency head of those without one, as Plt/Plh of their assessor) */
  assessedBy?: 'me';
  status?: 'draft' | 'submitted' | 'returned' | 'approved';
  current?: boolean;
  limit?: number;
  offset?: number;
}

export const workPlanKeys = {
  all: ['work-plans'] as const,
  lists: () => ['work-plans', 'list'] as const,
  list: (params: WorkPlanListParams) => ['work-plans', 'list', params] as const,
  detail: (id: string) => ['work-plans', 'detail', id] as const,
  comments: (id: string) => ['work-plans', 'detail', id, 'comments'] as const,
  changes: (id: string, against: 'last' | 'previous') =>
    ['work-plans', 'detail', id, 'changes', against] as const,
  versions: (id: string) => ['work-plans', 'detail', id, 'versions'] as const,
};
