import type { BehaviourValue } from './berakhlak.js';
import type { PlanChange } from './diff.js';
import type { LinkStatus, Perspective, SubmitProblem } from './rules.js';
import type { PlanStatus } from './status.js';

/** The API shapes of the planning endpoints (server presenters produce them; the web and documents read them). */

export interface PersonSnapshot {
  id: string;
  name: string;
  nip: string;
  asnType: 'PNS' | 'PPPK';
  rank: string;
  rankLabel: string;
  positionTitle: string;
  positionType: string;
  unitId: string;
  unitName: string;
}

/** The people of a plan as they were when it was created or last submitted (stored with the plan). */
export interface PlanSnapshot {
  employee: PersonSnapshot;
  assessor: PersonSnapshot | null;
  /** whether the employee headed a unit (perspective column) */
  headsUnit: boolean;
}

export interface IndicatorView {
  id: string;
  text: string;
  aspect: 'quantity' | 'quality' | 'time' | 'cost';
  target: number | null;
  targetMax: number | null;
  targetText: string | null;
  unit: string | null;
  direction: 'higher' | 'lower';
  category: 'efficiency' | 'effectiveness' | 'innovation' | null;
  perspective: Perspective | null;
  templateId: string | null;
  position: number;
  /** writing hints that do not block saving */
  warnings: Array<'no_numeric_target' | 'no_unit'>;
}

export interface ResultView {
  id: string;
  kind: 'main' | 'additional';
  text: string;
  parentResultId: string | null;
  /** the assessor's result this one supports */
  parentResult: { id: string; text: string; workPlanId: string } | null;
  linkStatus: LinkStatus;
  position: number;
  indicators: IndicatorView[];
}

export interface WorkPlanView {
  id: string;
  cycleId: string;
  cycleYear: number;
  employeeId: string;
  assessorId: string | null;
  assessorOverrideReason: string | null;
  status: PlanStatus;
  approach: 'quantitative' | 'qualitative';
  version: number;
  revision: number;
  amendsId: string | null;
  amendmentReason: string | null;
  isCurrent: boolean;
  /** the employee and the assessor as they were when the plan was made (kept for history) */
  employee: PersonSnapshot;
  assessor: PersonSnapshot | null;
  /** jpt or administrasi_fungsional: the document's title group */
  positionGroup: 'jpt' | 'administrasi_fungsional';
  /** whether the perspective column applies (JPT and unit heads) */
  usesPerspective: boolean;
  results: ResultView[];
  behaviours: Array<{ value: BehaviourValue; expectation: string }>;
  annex: { resources: string[]; accountability: string[]; consequences: string[] };
  /** what still stops a submit (empty when it can be submitted) */
  submitProblems: SubmitProblem[];
  submittedAt: string | null;
  approvedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** what the caller may do now */
  can: {
    edit: boolean;
    submit: boolean;
    review: boolean;
    amend: boolean;
    editBehaviours: boolean;
    comment: boolean;
  };
}

export interface WorkPlanListItem {
  id: string;
  cycleId: string;
  employeeId: string;
  employeeName: string;
  employeeNip: string;
  unitName: string;
  assessorId: string | null;
  status: PlanStatus;
  approach: 'quantitative' | 'qualitative';
  revision: number;
  isCurrent: boolean;
  resultCount: number;
  pendingLinks: number;
  submittedAt: string | null;
  approvedAt: string | null;
  updatedAt: string;
}

export interface PlanCommentView {
  id: string;
  kind: 'comment' | 'submit' | 'return' | 'approve' | 'amend';
  body: string;
  authorName: string;
  authorUserId: string | null;
  createdAt: string;
}

export interface PlanChangesView {
  /** compared with: the last submission (while editing) or the submission before (while reviewing) */
  base: { seq: number; submittedAt: string } | null;
  target: 'current' | { seq: number; submittedAt: string };
  changes: PlanChange[];
}

export interface PlanVersionView {
  id: string;
  revision: number;
  status: PlanStatus;
  isCurrent: boolean;
  amendmentReason: string | null;
  approvedAt: string | null;
  createdAt: string;
}

export interface TeamMatrixView {
  leaderPlan: {
    id: string;
    status: PlanStatus;
    results: Array<{ id: string; kind: 'main' | 'additional'; text: string }>;
  } | null;
  cycleId: string;
  subordinates: Array<{
    employeeId: string;
    name: string;
    nip: string;
    positionTitle: string;
    plan: { id: string; status: PlanStatus } | null;
    /** leader result id → the subordinate's results that support it */
    links: Record<string, Array<{ id: string; text: string; kind: 'main' | 'additional' }>>;
    /** the subordinate's results with no link yet */
    pending: Array<{ id: string; text: string; kind: 'main' | 'additional' }>;
  }>;
}

/** The results a plan's results may support: those of the assessor's plan in force in the same cycle. */
export interface ParentOptionsView {
  plan: {
    id: string;
    status: PlanStatus;
    revision: number;
    employee: { id: string; name: string };
    results: Array<{ id: string; kind: 'main' | 'additional'; text: string; position: number }>;
  } | null;
}
