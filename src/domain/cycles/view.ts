import type { Frequency, PeriodKind } from './periods.js';
import type { PeriodStatus } from './status.js';

/** The API shapes of the cycle endpoints (server presenters produce them; the web reads them). */

export interface PeriodView {
  id: string;
  cycleId: string;
  kind: PeriodKind;
  /** calendar month (1–12) or quarter (1–4); 0 for the annual period */
  index: number;
  label: string;
  startDate: string;
  endDate: string;
  progressDeadline: string | null;
  evaluationDeadline: string | null;
  status: PeriodStatus;
  lockedAt: string | null;
  version: number;
}

export interface CycleView {
  id: string;
  year: number;
  startDate: string;
  endDate: string;
  frequency: Frequency;
  planningDeadline: string | null;
  version: number;
  /** the periodic periods in calendar order, then the annual period */
  periods: PeriodView[];
  createdAt: string;
  updatedAt: string;
}
