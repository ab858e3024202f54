import { api } from '../../../lib/api-client';
import type { ProgressEntryView, RecordProgressInput } from '../types';

export function recordProgress(planId: string, input: RecordProgressInput): Promise<ProgressEntryView> {
  return api.post<ProgressEntryView>(`/work-plans/${encodeURIComponent(planId)}/progress`, input);
}
