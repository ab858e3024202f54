/** Completion numbers of one unit (its own employees) or of a subtree (the unit and every unit below it). */
export interface CompletionCounts {
  employees: number;
  /** no work plan in the cycle yet */
  notStarted: number;
  draft: number;
  submitted: number;
  returned: number;
  approved: number;
  /** employees with at least one progress entry for the period */
  reportedProgress: number;
  /** employees with a final evaluation for the period */
  evaluationsDone: number;
}

export interface CompletionUnitView {
  unitId: string;
  code: string;
  name: string;
  parentId: string | null;
  /** depth below the top of the tree shown (0 = a root of the answer) */
  depth: number;
  own: CompletionCounts;
  total: CompletionCounts;
}

export interface CompletionView {
  cycleId: string;
  period: { id: string; label: string } | null;
  /** false when no period is selected (no evaluations to count) */
  evaluationsAvailable: boolean;
  /** units in tree order (depth first, siblings by code) */
  units: CompletionUnitView[];
  /** the sum over the roots of the answer */
  totals: CompletionCounts;
}

export const COMPLETION_STATUSES = [
  'not_started',
  'draft',
  'submitted',
  'returned',
  'approved',
  'no_progress',
] as const;
export type CompletionStatus = (typeof COMPLETION_STATUSES)[number];

export interface CompletionPersonView {
  employeeId: string;
  name: string;
  nip: string;
  positionTitle: string;
  unitId: string;
  unitName: string;
  planId: string | null;
  planStatus: 'draft' | 'submitted' | 'returned' | 'approved' | null;
  reportedProgress: boolean;
}
