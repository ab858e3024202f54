import type { Executor } from '../../../platform/db/client.js';
import { advisoryLock } from '../../../platform/db/steps.js';
import * as repo from '../trainings.repository.js';

/** The prefix of the codes the catalogue gives programmes created without one (`TRN-0001`, `TRN-0002`, …). */
export const GENERATED_CODE_PREFIX = 'TRN';

/**
 * Serialises the writes that pick or check codes (create, change of code, import), so that two of them cannot
 * generate or take the same code at once. Held until the transaction ends.
 */
export const lockTrainingCodes = (tx: Executor) => advisoryLock(tx, 'training-codes');

/** Generates codes after the highest generated one (call under `lockTrainingCodes`). */
export async function codeGenerator(tx: Executor): Promise<() => string> {
  let n = await repo.lastGeneratedCodeNumber(tx, GENERATED_CODE_PREFIX);
  return () => `${GENERATED_CODE_PREFIX}-${String(++n).padStart(4, '0')}`;
}
