import type { TrendPoint } from './rules.js';

/** The API shapes of the progress endpoints (server presenters produce them; the web reads them). */

export interface EvidenceView {
  id: string;
  progressId: string;
  kind: 'file' | 'link';
  /** links only */
  url: string | null;
  /** files only: the uploader's file name, the type judged from the content, size and SHA-256 (hex) */
  filename: string | null;
  contentType: string | null;
  sizeBytes: number | null;
  sha256: string | null;
  /** files only: where to download it (an attachment) */
  downloadUrl: string | null;
  uploadedBy: string;
  createdAt: string;
}

export interface ProgressEntryView {
  id: string;
  /** the plan version the entry was recorded on (an earlier version's entries carry over after an amendment) */
  workPlanId: string;
  /** the indicator of the requested plan version this entry counts for */
  indicatorId: string;
  periodId: string;
  value: number | null;
  text: string | null;
  note: string | null;
  /** percentage with the cap in force when recorded; null for narrative indicators and zero targets */
  achievement: number | null;
  formula: string | null;
  createdAt: string;
  /** user id */
  createdBy: string;
  createdByName: string;
  evidence: EvidenceView[];
}

export interface GridPeriod {
  id: string;
  kind: 'periodic' | 'annual';
  index: number;
  label: string;
  startDate: string;
  endDate: string;
  progressDeadline: string | null;
  status: 'open' | 'locked';
}

export interface GridCell {
  periodId: string;
  /** the entry that counts (the latest), or null */
  latest: ProgressEntryView | null;
  /** how many entries were recorded for this cell */
  entryCount: number;
}

export interface GridIndicator {
  id: string;
  text: string;
  aspect: 'quantity' | 'quality' | 'time' | 'cost';
  target: number | null;
  targetMax: number | null;
  targetText: string | null;
  unit: string | null;
  direction: 'higher' | 'lower';
  /** numeric (takes a value) or narrative (takes a text) */
  numeric: boolean;
  formula: string | null;
  cells: GridCell[];
  trend: TrendPoint[];
  /** the achievement of the latest periodic period with an entry */
  latestAchievement: number | null;
}

export interface ProgressGridView {
  workPlanId: string;
  cycleId: string;
  status: 'draft' | 'submitted' | 'returned' | 'approved';
  isCurrent: boolean;
  /** the achievement cap in force now */
  cap: number;
  /** whether the caller may record progress on this plan now (owner of the approved plan in force) */
  canRecord: boolean;
  periods: GridPeriod[];
  results: Array<{
    id: string;
    kind: 'main' | 'additional';
    text: string;
    indicators: GridIndicator[];
  }>;
}

export interface ProgressImportReport {
  total: number;
  imported: number;
  failed: number;
  committed: boolean;
  rows: Array<{
    row: number;
    key: string;
    status: 'ok' | 'error';
    errors: Array<{ field: string; message: string }>;
  }>;
}
