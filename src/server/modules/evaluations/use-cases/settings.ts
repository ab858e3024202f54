import { PgTransaction } from 'drizzle-orm/pg-core';
import { DEFAULT_DISTRIBUTION_RULES } from '../../../../domain/evaluations/distribution.js';
import { DEFAULT_OBJECTION_DAYS } from '../../../../domain/evaluations/objection.js';
import {
  assessmentSettingsSchema,
  storedAssessmentSettingsSchema,
  type AssessmentSettings,
} from '../../../../domain/evaluations/schemas.js';
import {
  DEFAULT_DECISION_DAYS,
  DEFAULT_EXPLANATION_WORKING_DAYS,
  DEFAULT_FINALIZE_DAYS_BEFORE,
} from '../../../../domain/evaluations/timing.js';
import {
  agencyHeadSignerSchema,
  type AgencyHeadSigner,
  type AgencySettingsView,
  type AssessmentSettingsView,
} from '../../../../domain/evaluations/view.js';
import { ShortCache } from '../../../platform/cache.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Executor } from '../../../platform/db/client.js';
import { AppError } from '../../../platform/errors.js';
import { lockSetting, readSetting, writeSetting } from '../../../platform/settings.js';
import { actorCan, requireActor } from '../../auth/index.js';

const KEY = 'assessment';

/** The defaults of domain §5–§7 (the rule table exactly as SE MenPANRB 3/2023). */
export const DEFAULT_ASSESSMENT_SETTINGS: AssessmentSettings = assessmentSettingsSchema.parse({
  distributionRules: DEFAULT_DISTRIBUTION_RULES,
  annualSuggestion: 'latest',
  leaderRule: 'binding',
  objectionWindowDays: DEFAULT_OBJECTION_DAYS,
  finalizeDaysBefore: DEFAULT_FINALIZE_DAYS_BEFORE,
  explanationWorkingDays: DEFAULT_EXPLANATION_WORKING_DAYS,
  objectionDecisionDays: DEFAULT_DECISION_DAYS,
});

/** The settings in force with the version of the stored document (0: the defaults, nothing stored yet). */
export type SettingsInForce = AssessmentSettings & { version: number; updatedAt: Date | null };

/**
 * The settings are read by most assessment screens and the home page, and change a few times a year: outside a
 * transaction they are kept for 10 s per database handle, dropped at once when changed here (another server process's
 * change shows within the 10 s). Inside a transaction they are always read.
 */
const SETTINGS_TTL_MS = 10_000;
const settingsCache = new ShortCache<SettingsInForce>(SETTINGS_TTL_MS);

/** The settings in force: the stored document (validated) or the defaults. Treat the result as read-only. */
export function assessmentSettings(db: Executor): Promise<SettingsInForce> {
  if (db instanceof PgTransaction) return loadAssessmentSettings(db);
  return settingsCache.get(db, KEY, () => loadAssessmentSettings(db));
}

/** Forgets the cached settings of `db` (after a change made outside `putAssessmentSettings`, e.g. by a test). */
export function forgetAssessmentSettings(db: Executor) {
  settingsCache.clear(db);
}

async function loadAssessmentSettings(db: Executor): Promise<SettingsInForce> {
  const row = await readSetting(db, KEY);
  if (!row) return { ...DEFAULT_ASSESSMENT_SETTINGS, version: 0, updatedAt: null };
  const parsed = storedAssessmentSettingsSchema.safeParse(row.value);
  const value = parsed.success ? parsed.data : DEFAULT_ASSESSMENT_SETTINGS;
  return { ...value, version: row.version, updatedAt: row.updatedAt };
}

function present(s: SettingsInForce): AssessmentSettingsView {
  return {
    distributionRules: s.distributionRules,
    annualSuggestion: s.annualSuggestion,
    leaderRule: s.leaderRule,
    objectionWindowDays: s.objectionWindowDays,
    finalizeDaysBefore: s.finalizeDaysBefore,
    explanationWorkingDays: s.explanationWorkingDays,
    objectionDecisionDays: s.objectionDecisionDays,
    version: s.version,
    updatedAt: s.updatedAt ? s.updatedAt.toISOString() : null,
    defaults: DEFAULT_ASSESSMENT_SETTINGS,
  };
}

export async function getAssessmentSettings(deps: Deps, ctx: RequestContext) {
  requireActor(ctx);
  // the settings page shows the stored version (its form sends it back): never a cached one
  return present(await loadAssessmentSettings(deps.database.db));
}

/** HR (or the admin) changes the rule settings; audited with before and after. */
export async function putAssessmentSettings(
  deps: Deps,
  ctx: RequestContext,
  input: AssessmentSettings & { version?: number | undefined },
) {
  const actor = requireActor(ctx);
  if (!actorCan(actor, 'manage:assessment-settings')) throw new AppError('FORBIDDEN');
  const { version, ...value } = input;
  try {
    return await putInTransaction(deps, ctx, actor.userId, version, value);
  } finally {
    forgetAssessmentSettings(deps.database.db);
  }
}

function putInTransaction(
  deps: Deps,
  ctx: RequestContext,
  userId: string,
  version: number | undefined,
  value: AssessmentSettings,
) {
  return deps.database.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const row = await lockSetting(tx, KEY);
    const { version: _bv, updatedAt: _bu, ...before } = await assessmentSettings(tx);
    await writeSetting(tx, ctx, { key: KEY, row, value, before, expectedVersion: version, userId, now });
    return present(await assessmentSettings(tx));
  });
}

const AGENCY_KEY = 'agency';

/** The agency head as documents name them when their account has no employee record (settings key `agency`). */
export const DEFAULT_AGENCY_HEAD: AgencyHeadSigner = { name: 'Bupati Kemuning', title: 'Bupati Kemuning' };

/** The agency head's name and title: the stored `agency` setting, or the default. */
export async function agencyHeadSetting(db: Executor): Promise<AgencyHeadSigner> {
  const row = await readSetting(db, AGENCY_KEY);
  const parsed = agencyHeadSignerSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_AGENCY_HEAD;
}

async function agencyView(db: Executor): Promise<AgencySettingsView> {
  const row = await readSetting(db, AGENCY_KEY);
  return { ...(await agencyHeadSetting(db)), version: row?.version ?? 0 };
}

export async function getAgencySettings(deps: Deps, ctx: RequestContext) {
  requireActor(ctx);
  return agencyView(deps.database.db);
}

/** HR (or the admin) names the agency head for documents (an account without an employee record); audited. */
export async function putAgencySettings(
  deps: Deps,
  ctx: RequestContext,
  input: AgencyHeadSigner & { version?: number | undefined },
) {
  const actor = requireActor(ctx);
  if (!actorCan(actor, 'manage:assessment-settings')) throw new AppError('FORBIDDEN');
  const value: AgencyHeadSigner = { name: input.name, title: input.title };
  return deps.database.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const row = await lockSetting(tx, AGENCY_KEY);
    const before = await agencyHeadSetting(tx);
    await writeSetting(tx, ctx, {
      key: AGENCY_KEY,
      row,
      value,
      before,
      expectedVersion: input.version,
      userId: actor.userId,
      now,
    });
    return agencyView(tx);
  });
}
