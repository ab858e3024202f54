import { api } from '../../../lib/api-client';
import { uploadWithProgress, type UploadProgress } from '../../../lib/upload';
import type { EvidenceView } from '../types';

const base = (planId: string, progressId: string) =>
  `/work-plans/${encodeURIComponent(planId)}/progress/${encodeURIComponent(progressId)}/evidence`;

/** Uploads one file as evidence (multipart, part `file`), reporting the upload's progress. */
export function uploadEvidence(
  planId: string,
  progressId: string,
  file: File,
  onProgress?: (progress: UploadProgress) => void,
): Promise<EvidenceView> {
  const body = new FormData();
  body.append('file', file, file.name);
  return uploadWithProgress<EvidenceView>(base(planId, progressId), body, onProgress);
}

/** Adds a link (http/https) as evidence. */
export function addEvidenceLink(planId: string, progressId: string, url: string): Promise<EvidenceView> {
  return api.post<EvidenceView>(base(planId, progressId), { url });
}

export function evidenceDownloadPath(planId: string, evidenceId: string): string {
  return `/work-plans/${encodeURIComponent(planId)}/evidence/${encodeURIComponent(evidenceId)}/download`;
}
