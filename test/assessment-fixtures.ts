import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Rating } from '../src/domain/evaluations/matrix.js';
import type { OrgPredicate } from '../src/domain/evaluations/suggestion.js';
import type {
  AssessmentSettingsView,
  EvaluationView,
  ObjectionView,
  OrgPredicateView,
} from '../src/domain/evaluations/view.js';
import type { Database } from '../src/server/platform/db/client.js';
import { forgetAssessmentSettings } from '../src/server/modules/evaluations/use-cases/settings.js';
import type { Client } from './helpers.js';
import type { ApprovedPlan, Team } from './planning-fixtures.js';

/**
 * Factories for the assessment tests (evaluations, objections, organisation predicates, settings). Each works through
 * the API as the people concerned would, unless its comment says otherwise; each test builds its own data with them on
 * a cycle of its own (`newCycle` of planning-fixtures), so no test reads what another one wrote.
 */

/** A justification for finalising against the pattern of "Baik" (nobody below expectations). */
export const JUSTIFICATION = 'Seluruh pegawai memenuhi target; tidak ada kinerja di bawah ekspektasi.';

function expectStatus(res: LightMyRequestResponse, status: number, what: string) {
  if (res.statusCode !== status)
    throw new Error(`${what}: expected ${status}, got ${res.statusCode} ${res.body}`);
}

/** Ratings for a draft: the overall result and behaviour ratings; the plan's result gets the result rating too. */
export interface Ratings {
  result: Rating;
  behaviour: Rating;
}

/**
 * A draft evaluation of `plan` for `periodId`, started by its assessor (default: the Kepala Puskesmas; pass the Kepala
 * Dinas for the Kepala Puskesmas' own plan). With `ratings`, the assessor also rates the plan's result (so the
 * suggestion equals the overall result rating and no departure reason is needed) and both overall ratings. API.
 */
export async function draftEvaluation(
  team: Team,
  plan: ApprovedPlan,
  periodId: string,
  ratings?: Ratings,
  assessor: Client = team.kapus.client,
): Promise<EvaluationView> {
  const created = await assessor.post('/evaluations', { workPlanId: plan.id, periodId });
  expectStatus(created, 201, 'draftEvaluation: create');
  if (!ratings) return created.json<EvaluationView>();
  const put = await assessor.put(`/evaluations/${created.json<EvaluationView>().id}`, {
    resultRatings: [{ resultId: plan.resultId, rating: ratings.result, comment: 'Sesuai bukti dukung.' }],
    resultRating: ratings.result,
    behaviourRating: ratings.behaviour,
  });
  expectStatus(put, 200, 'draftEvaluation: rate');
  return put.json<EvaluationView>();
}

/**
 * A final evaluation: `draftEvaluation` with the ratings, then finalised by the assessor (with the justification, when
 * given, for a unit whose pattern it breaks). API.
 */
export async function finalEvaluation(
  team: Team,
  plan: ApprovedPlan,
  periodId: string,
  ratings: Ratings,
  options: { justification?: string; assessor?: Client } = {},
): Promise<EvaluationView> {
  const assessor = options.assessor ?? team.kapus.client;
  const draft = await draftEvaluation(team, plan, periodId, ratings, assessor);
  const body = options.justification ? { justification: options.justification } : {};
  const res = await assessor.post(`/evaluations/${draft.id}/finalize`, body);
  expectStatus(res, 200, 'finalEvaluation');
  return res.json<EvaluationView>();
}

/** The organisation predicate of a unit for a period, set by HR. API. */
export async function orgPredicate(
  team: Team,
  unitId: string,
  periodId: string,
  predicate: OrgPredicate,
  basis = 'Capaian IKU unit',
): Promise<OrgPredicateView> {
  const res = await team.hr.put(`/units/${unitId}/org-predicates/${periodId}`, { predicate, basis });
  expectStatus(res, 200, 'orgPredicate');
  return res.json<OrgPredicateView>();
}

/** An objection to a final evaluation, filed by the evaluated employee (default: the nurse). API. */
export async function objection(
  team: Team,
  evaluationId: string,
  options: { by?: Client; reason?: string } = {},
): Promise<ObjectionView> {
  const by = options.by ?? team.nurse.client;
  const res = await by.post(`/evaluations/${evaluationId}/objections`, {
    reason: options.reason ?? 'Realisasi triwulan mencapai 110% dari target dengan bukti dukung lengkap.',
  });
  expectStatus(res, 201, 'objection');
  return res.json<ObjectionView>();
}

/** The kinds of `client`'s notifications about one record (an evaluation or an objection). API. */
export async function notificationKinds(client: Client, entityIds: string[]) {
  const res = await client.get('/notifications?limit=200');
  expect(res.statusCode, res.body).toBe(200);
  return res
    .json<{ items: Array<{ kind: string; entityId: string | null }> }>()
    .items.filter((n) => n.entityId !== null && entityIds.includes(n.entityId))
    .map((n) => n.kind);
}

/** The rule settings as a PUT body (the view without its read-only fields). */
export function settingsBody(view: AssessmentSettingsView) {
  const { defaults: _defaults, updatedAt: _updatedAt, ...body } = view;
  return body;
}

/** HR changes some rule settings (read, merge, PUT with the version read). API. */
export async function changeSettings(team: Team, change: Partial<ReturnType<typeof settingsBody>>) {
  const current = await team.hr.get('/settings/assessment');
  expectStatus(current, 200, 'changeSettings: read');
  const res = await team.hr.put('/settings/assessment', {
    ...settingsBody(current.json<AssessmentSettingsView>()),
    ...change,
  });
  expectStatus(res, 200, 'changeSettings');
  return res.json<AssessmentSettingsView>();
}

/**
 * Back to the state of a fresh database (defaults, version 0) by deleting the stored settings: a database write,
 * because the API can only store a new version. For an `afterEach` in files whose tests change the settings.
 */
export async function resetSettings(database: Database) {
  await database.query(`DELETE FROM settings WHERE key = 'assessment'`);
  forgetAssessmentSettings(database.db); // the app keeps them for a few seconds
}
