import type { Sector, TemplateStatus } from './schemas.js';

/** The API shapes of the indicator library (server presenters produce them; the web reads them). */

export interface PersonRef {
  id: string;
  name: string;
}

export interface TemplateView {
  id: string;
  sector: Sector;
  text: string;
  /** a sample RHK this indicator fits */
  resultExample: string | null;
  aspect: 'quantity' | 'quality' | 'time' | 'cost';
  unit: string | null;
  direction: 'higher' | 'lower';
  category: 'efficiency' | 'effectiveness' | 'innovation';
  exampleTarget: string | null;
  status: TemplateStatus;
  rationale: string | null;
  /** the proposing employee (null for the seeded library, or an account without an employee) */
  proposedBy: PersonRef | null;
  /** the proposing account (named after its employee when it has one) */
  proposedByUser: PersonRef | null;
  /** the account that adopted or declined it */
  decidedBy: PersonRef | null;
  decisionReason: string | null;
  decidedAt: string | null;
  endorsementCount: number;
  endorsedByMe: boolean;
  commentCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** what the caller may do now */
  can: { endorse: boolean; decide: boolean };
}

export interface TemplateCommentView {
  id: string;
  body: string;
  authorName: string;
  authorUserId: string | null;
  createdAt: string;
}

export interface TemplateDetailView extends TemplateView {
  endorsements: Array<{ name: string; at: string; employeeId: string | null }>;
  comments: TemplateCommentView[];
}
