import type { AuditEntryView } from '../../../domain/audit/view.js';
import type { AuditRow } from './audit.repository.js';

/** One stored entry as the API shows it, with the names resolved for the page. */
export function presentAuditEntry(
  e: AuditRow,
  names: { actors: Map<string, string>; labels: Map<string, string | null> },
): AuditEntryView {
  return {
    id: e.id,
    seq: e.seq,
    at: e.at.toISOString(),
    actor: { userId: e.actorUserId, label: e.actorLabel },
    actorName: (e.actorUserId && names.actors.get(e.actorUserId)) || e.actorLabel,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    entityLabel: names.labels.get(`${e.entityType}:${e.entityId}`) ?? null,
    before: e.before,
    after: e.after,
    requestId: e.requestId,
    prevHash: e.prevHash,
    hash: e.hash,
  };
}
