import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { eq } from 'drizzle-orm';
import type { EvidenceView } from '../../../../domain/progress/view.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Executor } from '../../../platform/db/client.js';
import { evidence } from '../../../platform/db/schema.js';
import { AppError, notFound, ValidationError } from '../../../platform/errors.js';
import {
  cleanFilename,
  newStorageKey,
  extensionMismatch,
  sniff,
  stageUpload,
  withFileSource,
  type FileStorage,
} from '../../../platform/files/index.js';
import { withPlan, type PlanRelation, type PlanRow } from '../../work-plans/index.js';
import { assertCycleOpen } from '../../cycles/index.js';
import { assertPeriodInPlan, assertPeriodOpen, assertRecordable, requireOwner } from '../progress.policy.js';
import { presentEvidence } from '../progress.presenter.js';
import * as repo from '../progress.repository.js';
import { viewPlan } from './access.js';

/**
 * Evidence (bukti dukung) is added by the owner of the plan in force to an entry of it (or of a version it amends,
 * whose entries carry over) while the entry's period is open and its cycle is not closed.
 */
async function writableEntry(db: Executor, plan: PlanRow, rel: PlanRelation, progressId: string) {
  requireOwner(rel);
  await assertCycleOpen(db, plan.cycleId, 'add_evidence');
  assertRecordable(plan, 'add_evidence');
  const entry = await repo.findEntry(db, progressId);
  if (!entry || !(await repo.planAncestry(db, plan.id)).includes(entry.workPlanId)) throw notFound();
  const period = await repo.findPeriodRow(db, entry.periodId);
  assertPeriodOpen(period!, 'add_evidence');
  assertPeriodInPlan(plan, period!, 'add_evidence');
  return entry;
}

export interface IncomingFile {
  stream: Readable;
  filename: string | undefined;
  /** whether the multipart parser cut the file at its size limit */
  truncated: () => boolean;
}

/**
 * A file as evidence: checked (who, which entry, open period) before a byte is kept, streamed to a staging file
 * while its SHA-256 is computed, judged by its content (415 when not an allowed kind), then put in the store
 * under a random key and recorded.
 */
export async function uploadEvidence(
  deps: Deps,
  ctx: RequestContext,
  storage: FileStorage,
  planId: string,
  progressId: string,
  file: IncomingFile,
): Promise<EvidenceView> {
  try {
    const { plan, rel } = await viewPlan(deps, ctx, planId);
    await writableEntry(deps.database.db, plan, rel, progressId);
  } catch (err) {
    file.stream.resume(); // drain what the client still sends
    throw err;
  }
  const staged = await stageUpload(file.stream, {
    dataDir: deps.config.dataDir,
    maxBytes: deps.config.maxUploadBytes,
    truncated: file.truncated,
  });
  const filename = cleanFilename(file.filename);
  let key: string | null = null;
  try {
    if (staged.size === 0) {
      throw new ValidationError([{ path: 'file', code: 'empty', messageKey: 'evidence.empty' }]);
    }
    const type = await withFileSource(staged.path, (src) => sniff(src, filename));
    if (!type) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'evidence.unsupportedType');
    const promised = extensionMismatch(filename, type);
    if (promised) {
      throw new AppError(
        'UNSUPPORTED_MEDIA_TYPE',
        'evidence.contentMismatch',
        { reason: 'content_mismatch', extension: promised, detected: type.format },
        { ext: promised },
      );
    }
    key = newStorageKey();
    await storage.put(key, createReadStream(staged.path));
    const storedKey = key;
    return await withPlan(deps, ctx, planId, async (tx, plan, rel, now) => {
      const entry = await writableEntry(tx, plan, rel, progressId);
      const [row] = await tx
        .insert(evidence)
        .values({
          progressId: entry.id,
          workPlanId: entry.workPlanId,
          kind: 'file',
          filename,
          contentType: type.contentType,
          sizeBytes: staged.size,
          sha256: staged.sha256,
          storageKey: storedKey,
          uploadedBy: rel.actor.userId,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      await appendAudit(
        tx,
        ctx,
        {
          action: 'evidence.upload',
          entityType: 'evidence',
          entityId: row!.id,
          after: {
            workPlanId: entry.workPlanId,
            progressId: entry.id,
            filename,
            contentType: type.contentType,
            sizeBytes: staged.size,
            sha256: staged.sha256,
          },
        },
        now,
      );
      return presentEvidence(row!);
    });
  } catch (err) {
    if (key) await storage.remove(key).catch(() => undefined);
    throw err;
  } finally {
    await staged.discard();
  }
}

/** A link (http/https) as evidence. */
export async function linkEvidence(
  deps: Deps,
  ctx: RequestContext,
  planId: string,
  progressId: string,
  url: string,
): Promise<EvidenceView> {
  return withPlan(deps, ctx, planId, async (tx, plan, rel, now) => {
    const entry = await writableEntry(tx, plan, rel, progressId);
    const [row] = await tx
      .insert(evidence)
      .values({
        progressId: entry.id,
        workPlanId: entry.workPlanId,
        kind: 'link',
        url,
        uploadedBy: rel.actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await appendAudit(
      tx,
      ctx,
      {
        action: 'evidence.link',
        entityType: 'evidence',
        entityId: row!.id,
        after: { workPlanId: entry.workPlanId, progressId: entry.id, url },
      },
      now,
    );
    return presentEvidence(row!);
  });
}

/** Evidence of this plan (or of a version it amends) that the caller may see; 404 otherwise. */
async function visibleEvidence(db: Executor, plan: PlanRow, evidenceId: string) {
  const row = await repo.findEvidence(db, evidenceId);
  if (!row || !(await repo.planAncestry(db, plan.id)).includes(row.workPlanId)) throw notFound();
  return row;
}

/** A stored file, for whoever may see the plan (another employee gets 404). */
export async function downloadEvidence(
  deps: Deps,
  ctx: RequestContext,
  storage: FileStorage,
  planId: string,
  evidenceId: string,
) {
  const { plan } = await viewPlan(deps, ctx, planId);
  const row = await visibleEvidence(deps.database.db, plan, evidenceId);
  if (row.kind !== 'file' || !row.storageKey) throw notFound();
  return {
    stream: await storage.get(row.storageKey),
    filename: row.filename ?? 'berkas',
    contentType: row.contentType ?? 'application/octet-stream',
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
  };
}

/** The owner removes evidence they added while its period is open; the stored file goes after the commit. */
export async function deleteEvidence(
  deps: Deps,
  ctx: RequestContext,
  storage: FileStorage,
  planId: string,
  evidenceId: string,
) {
  const removed = await withPlan(deps, ctx, planId, async (tx, plan, rel, now) => {
    const row = await visibleEvidence(tx, plan, evidenceId);
    await writableEntry(tx, plan, rel, row.progressId);
    if (row.uploadedBy !== rel.actor.userId) throw new AppError('FORBIDDEN', 'evidence.notDeletable');
    await tx.delete(evidence).where(eq(evidence.id, row.id));
    await appendAudit(
      tx,
      ctx,
      {
        action: 'evidence.delete',
        entityType: 'evidence',
        entityId: row.id,
        before: {
          workPlanId: row.workPlanId,
          progressId: row.progressId,
          kind: row.kind,
          url: row.url,
          filename: row.filename,
          contentType: row.contentType,
          sizeBytes: row.sizeBytes,
          sha256: row.sha256,
        },
      },
      now,
    );
    return row;
  });
  if (removed.storageKey) await storage.remove(removed.storageKey).catch(() => undefined);
}
