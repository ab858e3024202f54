import type { BehaviourValue } from '../work-plans/berakhlak.js';
import type { FeedbackKind } from './schemas.js';

/** The API shapes of the feedback and dialogue endpoints. */

export interface FeedbackAuthor {
  userId: string;
  employeeId: string | null;
  name: string;
  /** the author's part in the plan: only the employee and the assessing official write */
  role: 'assessor' | 'employee';
}

/** One feedback item: a root (with `kind`) or a reply (with `replyTo`, the root it answers). */
export interface FeedbackItemView {
  id: string;
  /** the plan version it was written on */
  workPlanId: string;
  periodId: string;
  /** the result of the requested plan version it is about (null: a behaviour value, or general) */
  resultId: string | null;
  behaviour: BehaviourValue | null;
  /** roots only */
  kind: FeedbackKind | null;
  /** replies only: the root of the thread */
  replyTo: string | null;
  text: string;
  author: FeedbackAuthor;
  createdAt: string;
}

/** A thread: the assessor's item and the replies to it, oldest first. */
export interface FeedbackThreadView extends FeedbackItemView {
  replies: FeedbackItemView[];
}

export interface DialogueActionView {
  id: string;
  dialogueId: string;
  description: string;
  owner: { employeeId: string; name: string };
  dueDate: string;
  done: boolean;
  doneAt: string | null;
  doneBy: string | null;
  overdue: boolean;
  version: number;
}

export interface DialogueView {
  id: string;
  workPlanId: string;
  periodId: string | null;
  heldOn: string;
  topics: string;
  notes: string | null;
  createdBy: { userId: string; name: string };
  createdAt: string;
  actions: DialogueActionView[];
}

/** One of my open actions, across plans (for the dashboards). */
export interface MyDialogueActionView extends DialogueActionView {
  workPlanId: string;
  heldOn: string;
  /** whose plan the dialogue was about */
  employee: { id: string; name: string };
}
