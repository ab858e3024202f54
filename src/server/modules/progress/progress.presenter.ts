import { achievementFormula } from '../../../domain/work-plans/achievement.js';
import type { EvidenceView, ProgressEntryView } from '../../../domain/progress/view.js';
import type { EntryWithMeta, EvidenceRow } from './progress.repository.js';

/** The API prefix app.ts registers the modules under (for download links). */
const API_BASE = '/api/v1';

export function presentEvidence(row: EvidenceRow): EvidenceView {
  return {
    id: row.id,
    progressId: row.progressId,
    kind: row.kind,
    url: row.url,
    filename: row.filename,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    downloadUrl:
      row.kind === 'file' ? `${API_BASE}/work-plans/${row.workPlanId}/evidence/${row.id}/download` : null,
    uploadedBy: row.uploadedBy,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * An entry as the API shows it. `indicatorId` is the indicator of the requested plan version it counts for (the
 * same as recorded unless an amendment copied the indicator since).
 */
export function presentEntry(
  e: EntryWithMeta,
  evidence: EvidenceRow[],
  indicatorId: string = e.entry.indicatorId,
): ProgressEntryView {
  const { entry } = e;
  return {
    id: entry.id,
    workPlanId: entry.workPlanId,
    indicatorId,
    periodId: entry.periodId,
    value: entry.value,
    text: entry.text,
    note: entry.note,
    achievement: entry.achievement,
    formula: entry.achievement === null ? null : achievementFormula(e.direction),
    createdAt: entry.createdAt.toISOString(),
    createdBy: entry.createdBy,
    createdByName: e.createdByName,
    evidence: evidence.filter((x) => x.progressId === entry.id).map(presentEvidence),
  };
}
