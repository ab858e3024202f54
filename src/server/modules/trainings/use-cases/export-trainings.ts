import type { Readable } from 'node:stream';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { presentTraining } from '../trainings.presenter.js';
import { canManageTrainings } from '../trainings.policy.js';
import * as repo from '../trainings.repository.js';
import { trainingWorkbookStream } from './export-xlsx.js';

/** The whole catalogue (active and inactive programmes) as an XLSX stream, for HR. */
export async function exportTrainings(deps: Deps, ctx: RequestContext): Promise<Readable> {
  canManageTrainings(ctx);
  const rows = await repo.allTrainings(deps.database.db);
  return trainingWorkbookStream(rows.map(presentTraining), deps.clock.now().toISOString());
}
