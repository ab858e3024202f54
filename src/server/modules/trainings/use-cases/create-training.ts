import type { CreateTrainingInput } from '../../../../domain/trainings/schemas.js';
import type { TrainingView } from '../../../../domain/trainings/view.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { trainings } from '../../../platform/db/schema.js';
import { fieldConflict } from '../../../platform/errors.js';
import { auditSnapshot, presentTraining } from '../trainings.presenter.js';
import { canManageTrainings } from '../trainings.policy.js';
import * as repo from '../trainings.repository.js';
import { codeGenerator, lockTrainingCodes } from './codes.js';

/**
 * HR adds a programme to the catalogue. Without a code the catalogue generates one (`TRN-0001`); a code already
 * taken (case-insensitive) answers 409 on `code`.
 */
export async function createTraining(
  deps: Deps,
  ctx: RequestContext,
  input: CreateTrainingInput,
): Promise<TrainingView> {
  canManageTrainings(ctx);
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    await lockTrainingCodes(tx);
    let code = input.code ?? null;
    if (code && (await repo.findTrainingByCode(tx, code)))
      throw fieldConflict('code', 'training.duplicateCode');
    code ??= (await codeGenerator(tx))();
    const [row] = await tx
      .insert(trainings)
      .values({
        code,
        title: input.title,
        provider: input.provider,
        mode: input.mode,
        hours: input.hours,
        cost: input.cost ?? null,
        schedule: input.schedule || null,
        startDate: input.startDate ?? null,
        endDate: input.endDate ?? null,
        capacity: input.capacity ?? null,
        competences: input.competences,
        description: input.description || null,
        active: input.active ?? true,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await appendAudit(
      tx,
      ctx,
      { action: 'training.create', entityType: 'training', entityId: row!.id, after: auditSnapshot(row!) },
      now,
    );
    return presentTraining(row!);
  });
}
