import type { UpdateTrainingInput } from '../../../../domain/trainings/schemas.js';
import type { TrainingView } from '../../../../domain/trainings/view.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { trainings } from '../../../platform/db/schema.js';
import { assertVersion, lockedStep, updateVersioned } from '../../../platform/db/steps.js';
import { fieldConflict, fieldInvalid } from '../../../platform/errors.js';
import { auditSnapshot, presentTraining } from '../trainings.presenter.js';
import { canManageTrainings } from '../trainings.policy.js';
import * as repo from '../trainings.repository.js';
import { lockTrainingCodes } from './codes.js';

type TrainingSet = Partial<typeof trainings.$inferInsert>;

/**
 * HR changes a programme, or takes it out of the catalogue with `active: false` (it is never deleted: development
 * plan items point at it). A stale `version` answers 409 before anything else is judged; a code another programme
 * holds answers 409 on `code`; dates out of order (with the stored ones) 400 on `endDate`.
 */
export async function updateTraining(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: UpdateTrainingInput,
): Promise<TrainingView> {
  canManageTrainings(ctx);
  return lockedStep(
    deps,
    (tx) => repo.findTrainingForUpdate(tx, id),
    () => Promise.resolve(undefined),
    async (tx, row, _rel, now) => {
      assertVersion(row, input.version);
      const { version, ...changes } = input;
      const set: TrainingSet = {};
      for (const [key, value] of Object.entries(changes) as Array<[keyof typeof changes, unknown]>) {
        if (value === undefined) continue;
        // optional text cleared with '' or null is stored as null
        (set as Record<string, unknown>)[key] = value === '' ? null : value;
      }
      const startDate = set.startDate !== undefined ? set.startDate : row.startDate;
      const endDate = set.endDate !== undefined ? set.endDate : row.endDate;
      if (startDate && endDate && endDate < startDate) throw fieldInvalid('endDate', 'training.dateOrder');
      if (set.code && set.code.toLowerCase() !== row.code.toLowerCase()) {
        await lockTrainingCodes(tx);
        if (await repo.findTrainingByCode(tx, set.code))
          throw fieldConflict('code', 'training.duplicateCode');
      }
      const after = await updateVersioned(tx, ctx, trainings, row, set, {
        now,
        expected: version,
        audit: { action: 'training.update', entityType: 'training', snapshot: auditSnapshot },
      });
      return presentTraining(after);
    },
  );
}
