import { createReadStream } from 'node:fs';
import { dateIn } from '../../../../domain/dates.js';
import type { DevelopmentItemView } from '../../../../domain/development/view.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { developmentPlanItems } from '../../../platform/db/schema.js';
import { updateVersioned } from '../../../platform/db/steps.js';
import { AppError, notFound, ValidationError } from '../../../platform/errors.js';
import {
  cleanFilename,
  extensionMismatch,
  newStorageKey,
  sniff,
  withFileSource,
  type FileStorage,
  type StagedFile,
} from '../../../platform/files/index.js';
import * as repo from '../development.repository.js';
import { assertOpen, planRelation, requireEmployee, type PlanRelation } from '../development.policy.js';
import { itemSnapshot, presentItem } from '../development.presenter.js';
import { assertPlanned } from './cancel-item.js';
import { settlePlan, withItemStep } from './load-plan.js';

/** A certificate is a PDF or a photo/scan (PNG, JPEG), judged by its content. */
export const CERTIFICATE_FORMATS = ['pdf', 'png', 'jpeg'] as const;

function assertCompletable(plan: repo.PlanRow, item: repo.ItemRow, rel: PlanRelation) {
  requireEmployee(rel);
  assertOpen(plan, 'complete_item');
  assertPlanned(item, 'complete_item');
}

/**
 * Checks, before a byte of the upload is kept, that the caller may complete the item now: the employee of an open
 * plan, the item still planned (404 / 403 / 409 otherwise).
 */
export async function checkCompletable(deps: Deps, ctx: RequestContext, itemId: string): Promise<void> {
  const db = deps.database.db;
  const item = await repo.findItem(db, itemId);
  const plan = item ? await repo.findPlan(db, item.planId) : undefined;
  if (!item || !plan) throw notFound();
  assertCompletable(plan, item, await planRelation(db, ctx, plan));
}

/**
 * The employee completes a planned item with its certificate (multipart part `file`, staged by the route) and an
 * optional note. The file is judged by its content: PDF, PNG or JPEG, and not a file whose name promises another
 * kind (415 otherwise). Completing the last item of an agreed plan makes it done.
 */
export async function completeItem(
  deps: Deps,
  ctx: RequestContext,
  storage: FileStorage,
  itemId: string,
  input: { staged: StagedFile | null; filename: string | undefined; note: string | null },
): Promise<DevelopmentItemView> {
  const { staged } = input;
  if (!staged)
    throw new ValidationError([
      { path: 'file', code: 'no_file', messageKey: 'development.certificateRequired' },
    ]);
  if (staged.size === 0)
    throw new ValidationError([{ path: 'file', code: 'empty', messageKey: 'evidence.empty' }]);
  const filename = cleanFilename(input.filename, 'sertifikat');
  const type = await withFileSource(staged.path, (src) => sniff(src, filename));
  if (!type || !(CERTIFICATE_FORMATS as readonly string[]).includes(type.format))
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'development.certificateType', {
      reason: 'certificate_type',
      detected: type?.format ?? null,
      allowed: CERTIFICATE_FORMATS,
    });
  const promised = extensionMismatch(filename, type);
  if (promised)
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      'evidence.contentMismatch',
      { reason: 'content_mismatch', extension: promised, detected: type.format },
      { ext: promised },
    );
  const key = newStorageKey();
  await storage.put(key, createReadStream(staged.path));
  try {
    return await withItemStep(deps, ctx, itemId, async (tx, plan, item, rel, now) => {
      assertCompletable(plan, item, rel);
      const updated = await updateVersioned(
        tx,
        ctx,
        developmentPlanItems,
        item,
        {
          status: 'completed',
          completedAt: now,
          completionNote: input.note,
          certificateFilename: filename,
          certificateContentType: type.contentType,
          certificateSizeBytes: staged.size,
          certificateSha256: staged.sha256,
          certificateStorageKey: key,
        },
        {
          now,
          audit: {
            action: 'development_plan_item.complete',
            entityType: 'development_plan_item',
            snapshot: itemSnapshot,
          },
        },
      );
      await settlePlan(tx, ctx, plan, now, { clearAgreements: false });
      const provider = updated.trainingId
        ? ((await repo.findTraining(tx, updated.trainingId))?.provider ?? null)
        : null;
      return presentItem({ item: updated, provider }, dateIn(now));
    });
  } catch (err) {
    await storage.remove(key).catch(() => undefined);
    throw err;
  }
}

/** The certificate of an item, for the readers of its plan (404 for anyone else, or when there is none). */
export async function downloadCertificate(
  deps: Deps,
  ctx: RequestContext,
  storage: FileStorage,
  itemId: string,
) {
  const db = deps.database.db;
  const item = await repo.findItem(db, itemId);
  const plan = item ? await repo.findPlan(db, item.planId) : undefined;
  if (!item || !plan) throw notFound();
  await planRelation(db, ctx, plan);
  if (!item.certificateStorageKey) throw notFound();
  return {
    stream: await storage.get(item.certificateStorageKey),
    filename: item.certificateFilename ?? 'sertifikat',
    contentType: item.certificateContentType ?? 'application/octet-stream',
    sizeBytes: item.certificateSizeBytes,
    sha256: item.certificateSha256,
  };
}
