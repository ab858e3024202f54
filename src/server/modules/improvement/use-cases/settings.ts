import {
  DEFAULT_IMPROVEMENT_SETTINGS,
  improvementSettingsSchema,
  type ImprovementSettings,
} from '../../../../domain/evaluations/improvement.js';
import type { ImprovementSettingsView } from '../../../../domain/evaluations/improvement-view.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Executor } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors.js';
import { lockSetting, readSetting, writeSetting } from '../../../platform/settings.js';
import { actorCan, requireActor } from '../../auth/index.js';

/** Settings key of the improvement-period rule (domain §7, configurable): `{enabled, months}`. */
export const IMPROVEMENT_KEY = 'improvement';

export type ImprovementSettingsInForce = ImprovementSettings & { version: number; updatedAt: Date | null };

/**
 * The rule in force: the stored document (validated; an invalid one falls back to the defaults) or the defaults.
 * Read on each finalisation inside its transaction, and by the settings page: no cache is needed.
 */
export async function improvementSettings(db: Executor): Promise<ImprovementSettingsInForce> {
  const row = await readSetting(db, IMPROVEMENT_KEY);
  if (!row) return { ...DEFAULT_IMPROVEMENT_SETTINGS, version: 0, updatedAt: null };
  const parsed = improvementSettingsSchema.safeParse(row.value);
  const value = parsed.success ? parsed.data : DEFAULT_IMPROVEMENT_SETTINGS;
  return { ...value, version: row.version, updatedAt: row.updatedAt };
}

function present(s: ImprovementSettingsInForce): ImprovementSettingsView {
  return {
    enabled: s.enabled,
    months: s.months,
    version: s.version,
    updatedAt: s.updatedAt ? s.updatedAt.toISOString() : null,
    defaults: DEFAULT_IMPROVEMENT_SETTINGS,
  };
}

export async function getImprovementSettings(deps: Deps, ctx: RequestContext) {
  requireActor(ctx);
  return present(await improvementSettings(deps.database.db));
}

/** HR (or the admin) turns the rule on or off and sets the months; audited with before and after. */
export async function putImprovementSettings(
  deps: Deps,
  ctx: RequestContext,
  input: ImprovementSettings & { version?: number | undefined },
) {
  const actor = requireActor(ctx);
  if (!actorCan(actor, 'manage:assessment-settings')) throw new AppError('FORBIDDEN');
  const value: ImprovementSettings = { enabled: input.enabled, months: input.months };
  return deps.database.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const row = await lockSetting(tx, IMPROVEMENT_KEY);
    const { version: _v, updatedAt: _u, ...before } = await improvementSettings(tx);
    await writeSetting(tx, ctx, {
      key: IMPROVEMENT_KEY,
      row,
      value,
      before,
      expectedVersion: input.version,
      userId: actor.userId,
      now,
    });
    return present(await improvementSettings(tx));
  });
}
