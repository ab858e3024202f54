import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Role } from '../src/domain/permissions.js';
import { users } from '../src/server/platform/db/schema.js';
import { login, type Client, type TestApp } from './helpers.js';
import { adminClient, createEmployee, createUnit, insertUser, PASSWORD, upload } from './factories.js';
import { approvedPlan, newCycle, pastCycle, type Team } from './planning-fixtures.js';
import { finalEvaluation, objection } from './assessment-fixtures.js';
import { PDF_SMALL } from './file-samples.js';

/**
 * Shared pieces of the authorisation matrix tests (issue 11.10): the operations of the OpenAPI document, how to fill
 * their path parameters and bodies, and a small agency with a person in each relation to one nurse.
 */

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export interface Operation {
  method: Method;
  /** the OpenAPI path, e.g. `/api/v1/work-plans/{id}` */
  path: string;
  /** the required query parameters */
  query: string[];
  /** the JSON request body schema, when the operation takes one */
  body: JsonSchema | null;
}

export interface JsonSchema {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  minimum?: number;
  exclusiveMinimum?: number | boolean;
  minLength?: number;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
  $ref?: string;
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Array<{ in: string; name: string; required?: boolean }>;
        requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
      }
    >
  >;
}

/** Every operation of the live OpenAPI document. */
export async function operationsOf(app: FastifyInstance): Promise<Operation[]> {
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json<OpenApiDocument>();
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([m]) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
      .map(([m, op]) => ({
        method: m.toUpperCase() as Method,
        path,
        query: (op.parameters ?? []).filter((p) => p.in === 'query' && p.required).map((p) => p.name),
        body: op.requestBody?.content?.['application/json']?.schema ?? null,
      })),
  );
}

export const keyOf = (op: Pick<Operation, 'method' | 'path'>) => `${op.method} ${op.path}`;

/** Operations that would end or change the caller's own session or account: left to the auth tests. */
export const OWN_SESSION = /^(POST \/api\/v1\/auth\/(logout|password|tokens)|DELETE \/api\/v1\/auth\/tokens)/;

/** The records of one employee that the routes take as ids. */
export interface RecordIds {
  employee: string;
  user: string;
  unit: string;
  /** the approved plan in the past cycle, with its final evaluation and the objection to it */
  plan: string;
  result: string;
  indicator: string;
  evaluation: string;
  objection: string;
  /** a period of the past cycle (the evaluation's) */
  period: string;
  cycle: string;
  /** the approved plan in the current cycle, with a progress entry, its evidence file and feedback */
  currentPlan: string;
  progress: string;
  evidence: string;
  feedback: string;
  /** a voluntary development plan of the employee with one item completed with a certificate (issue 14) */
  developmentPlan: string;
  developmentItem: string;
}

/**
 * The id a path parameter, query parameter or body field takes for a record set: plan-scoped sub-records of the
 * current plan (progress, evidence, feedback) go with that plan, everything else with the past cycle's.
 */
export function idFor(ids: RecordIds, path: string, name: string): string {
  const current = /\/(progress|evidence|feedback|progress-grid)\b/.test(path);
  switch (name) {
    case 'id':
      if (path.startsWith('/api/v1/work-plans/')) return current ? ids.currentPlan : ids.plan;
      if (path.startsWith('/api/v1/evaluations/')) return ids.evaluation;
      if (path.startsWith('/api/v1/objections/')) return ids.objection;
      if (path.startsWith('/api/v1/employees/')) return ids.employee;
      if (path.startsWith('/api/v1/users/')) return ids.user;
      if (path.startsWith('/api/v1/units/')) return ids.unit;
      if (path.startsWith('/api/v1/cycles/')) return ids.cycle;
      if (path.startsWith('/api/v1/development-plans/')) return ids.developmentPlan;
      if (path.startsWith('/api/v1/development-plan-items/')) return ids.developmentItem;
      return randomUUID();
    case 'resultId':
      return ids.result;
    case 'indicatorId':
      return ids.indicator;
    case 'progressId':
      return ids.progress;
    case 'evidenceId':
      return ids.evidence;
    case 'periodId':
      return ids.period;
    case 'cycleId':
      return ids.cycle;
    case 'unitId':
      return ids.unit;
    case 'employeeId':
      return ids.employee;
    case 'workPlanId':
      return ids.plan;
    case 'replyTo':
      return ids.feedback;
    case 'value':
      return 'kolaboratif';
    case 'kind':
      return path.startsWith('/api/v1/imports') ? 'employees' : 'evaluation_final';
    default:
      return randomUUID();
  }
}

/** The URL of an operation for a record set, path parameters and required query parameters filled. */
export function urlFor(op: Operation, ids: RecordIds): string {
  const url = op.path.replace(/\{(\w+)\}/g, (_, param: string) => idFor(ids, op.path, param));
  if (op.query.length === 0) return url;
  return `${url}?${op.query.map((q) => `${q}=${encodeURIComponent(idFor(ids, op.path, q))}`).join('&')}`;
}

/**
 * A small body that satisfies the request schema where a generic value can (required fields only, ids from the
 * record set), so that a refusal comes from the permission check rather than from validation wherever possible.
 */
export function bodyFor(schema: JsonSchema | null, ids: RecordIds, path: string, name = ''): unknown {
  if (!schema) return {};
  const variant = schema.anyOf ?? schema.oneOf;
  if (variant) return bodyFor(variant.find((s) => s.type !== 'null') ?? variant[0]!, ids, path, name);
  if (schema.allOf) return bodyFor(schema.allOf[0]!, ids, path, name);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum.find((v) => v !== null);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? [])
        out[key] = bodyFor(schema.properties?.[key] ?? {}, ids, path, key);
      return out;
    }
    case 'array':
      return schema.minItems
        ? Array.from({ length: schema.minItems }, () => bodyFor(schema.items ?? {}, ids, path, name))
        : [];
    case 'integer':
    case 'number': {
      const min = typeof schema.minimum === 'number' ? schema.minimum : 0;
      return Math.max(1, min);
    }
    case 'boolean':
      return false;
    case 'string':
      if (schema.format === 'uuid') return idFor(ids, path, name);
      if (schema.format === 'date') return '2026-11-29';
      if (schema.format === 'date-time') return '2026-11-29T03:00:00.000Z';
      if (schema.format === 'email') return 'uji@example.go.id';
      if (schema.format === 'uri' || /url/i.test(name)) return 'https://example.go.id/bukti';
      return 'Teks uji matriks otorisasi yang cukup panjang';
    default:
      return {};
  }
}

export type RoleKey =
  | 'nurse'
  | 'colleague'
  | 'supervisor'
  | 'unitHead'
  | 'otherEmployee'
  | 'otherSupervisor'
  | 'hrAdmin'
  | 'agencyHead'
  | 'auditor'
  | 'admin';

export interface MatrixRole {
  key: RoleKey;
  name: string;
  client: Client;
}

export interface MatrixWorld {
  roles: MatrixRole[];
  /** the nurse's records (the supervisor's and the unit head's subordinate's) */
  nurse: RecordIds;
  /** the records of an employee of another unit */
  other: RecordIds;
}

async function userIdOf(t: TestApp, username: string) {
  const [row] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return row!.id;
}

async function expectOk<T>(res: { statusCode: number; body: string; json: <U>() => U }, what: string) {
  if (res.statusCode >= 300) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return res.json<T>();
}

/**
 * Dinas Kesehatan → Puskesmas Kemuning (head: the Kepala Puskesmas) with a Kepala Ruang supervising the nurse and her
 * colleague; Dinas Pendidikan (head: the Kepala Dinas Pendidikan) supervising a teacher. The nurse and the teacher
 * each have an approved plan, a final evaluation and an objection in a past cycle, and an approved plan with a
 * progress entry, an evidence file and feedback in the current one. Each person signs in with an account of their own;
 * hr_admin, agency_head, auditor and admin each have an account with that single role. The app needs a data directory
 * (`progressAppEnv`) for the evidence file.
 */
export async function buildMatrixWorld(t: TestApp): Promise<MatrixWorld> {
  const setup = await adminClient(t.app, t.database, 'mx.setup');
  const dinkes = await createUnit(setup, { name: 'Dinas Kesehatan' });
  const pkm = await createUnit(setup, { name: 'Puskesmas Kemuning', parentId: dinkes.id });
  const dikdas = await createUnit(setup, { name: 'Dinas Pendidikan' });
  const kadis = await createEmployee(setup, dinkes.id, { name: 'dr. Kepala Dinas', positionType: 'jpt' });
  await setup.patch(`/units/${dinkes.id}`, { headId: kadis.id });
  const kapus = await createEmployee(setup, pkm.id, {
    name: 'dr. Kepala Puskesmas',
    supervisorId: kadis.id,
    positionType: 'pengawas',
  });
  await setup.patch(`/units/${pkm.id}`, { headId: kapus.id });
  const karu = await createEmployee(setup, pkm.id, {
    name: 'Ns. Kepala Ruang',
    supervisorId: kapus.id,
    positionType: 'pengawas',
  });
  const nurse = await createEmployee(setup, pkm.id, { name: 'Siti Perawat', supervisorId: karu.id });
  const midwife = await createEmployee(setup, pkm.id, { name: 'Bidan Ani', supervisorId: karu.id });
  const kadisdik = await createEmployee(setup, dikdas.id, {
    name: 'Kepala Dinas Pendidikan',
    positionType: 'jpt',
  });
  await setup.patch(`/units/${dikdas.id}`, { headId: kadisdik.id });
  const guru = await createEmployee(setup, dikdas.id, { name: 'Guru Lain', supervisorId: kadisdik.id });

  const person = async (username: string, id: string | null, role: Role = 'employee') => {
    await insertUser(t.database, username, [role], id);
    return {
      id: id ?? '',
      client: await login(t.app, username, PASSWORD),
      user: await userIdOf(t, username),
    };
  };
  const p = {
    kadis: await person('mx.kadis', kadis.id),
    kapus: await person('mx.kapus', kapus.id),
    karu: await person('mx.karu', karu.id),
    nurse: await person('mx.nurse', nurse.id),
    midwife: await person('mx.midwife', midwife.id),
    kadisdik: await person('mx.kadisdik', kadisdik.id),
    guru: await person('mx.guru', guru.id),
  };

  // approvedPlan's roles: `kapus` assesses `nurse`, and `kadis` assesses `kapus`
  const health: Team = {
    hr: setup,
    admin: setup,
    kadis: p.kapus,
    kapus: p.karu,
    nurse: p.nurse,
    midwife: p.midwife,
    outsider: p.guru,
    unitId: pkm.id,
  };
  const education: Team = {
    ...health,
    kadis: p.kadisdik,
    kapus: p.kadisdik,
    nurse: p.guru,
    unitId: dikdas.id,
  };

  const past = await pastCycle(t.database);
  const current = await newCycle(t.database);
  const records = async (team: Team, unitId: string, user: string): Promise<RecordIds> => {
    const plan = await approvedPlan(team, past.id);
    const ev = await finalEvaluation(
      team,
      plan,
      past.quarters[0]!,
      { result: 'meets', behaviour: 'meets' },
      { assessor: team.kapus.client },
    );
    const o = await objection(team, ev.id, { by: team.nurse.client });
    const now = await approvedPlan(team, current.id);
    const entry = await expectOk<{ id: string }>(
      await team.nurse.client.post(`/work-plans/${now.id}/progress`, {
        indicatorId: now.indicatorIds[0],
        periodId: current.quarters[0],
        value: 80,
      }),
      'progress',
    );
    const evidence = await expectOk<{ id: string }>(
      await upload(team.nurse.client, `/work-plans/${now.id}/progress/${entry.id}/evidence`, {
        content: PDF_SMALL,
        filename: 'bukti.pdf',
        contentType: 'application/pdf',
      }),
      'evidence',
    );
    const feedback = await expectOk<{ id: string }>(
      await team.kapus.client.post(`/work-plans/${now.id}/feedback`, {
        periodId: current.quarters[0],
        kind: 'strength',
        text: 'Pelayanan sangat baik.',
      }),
      'feedback',
    );
    const devPlan = await expectOk<{ id: string }>(
      await team.nurse.client.post(`/employees/${team.nurse.id}/development-plans`, {
        note: 'Belajar mandiri.',
      }),
      'development plan',
    );
    const devItem = await expectOk<{ id: string }>(
      await team.nurse.client.post(`/development-plans/${devPlan.id}/items`, {
        title: 'Mentoring pelayanan',
        mode: 'mentoring',
        dueDate: '2026-12-20',
        successCriteria: 'Laporan mentoring',
      }),
      'development item',
    );
    await expectOk(
      await upload(team.nurse.client, `/development-plan-items/${devItem.id}/complete`, {
        content: PDF_SMALL,
        filename: 'sertifikat.pdf',
        contentType: 'application/pdf',
      }),
      'certificate',
    );
    return {
      employee: team.nurse.id,
      user,
      unit: unitId,
      plan: plan.id,
      result: plan.resultId,
      indicator: plan.indicatorIds[0]!,
      evaluation: ev.id,
      objection: o.id,
      period: past.quarters[0]!,
      cycle: past.id,
      currentPlan: now.id,
      progress: entry.id,
      evidence: evidence.id,
      feedback: feedback.id,
      developmentPlan: devPlan.id,
      developmentItem: devItem.id,
    };
  };
  const nurseIds = await records(health, pkm.id, p.nurse.user);
  const otherIds = await records(education, dikdas.id, p.guru.user);

  const roles: MatrixRole[] = [
    { key: 'nurse', name: 'the nurse herself (employee)', client: p.nurse.client },
    { key: 'colleague', name: 'her colleague', client: p.midwife.client },
    { key: 'supervisor', name: 'her direct supervisor (assessor)', client: p.karu.client },
    { key: 'unitHead', name: 'the head of her unit', client: p.kapus.client },
    { key: 'otherEmployee', name: 'an employee of another unit', client: p.guru.client },
    { key: 'otherSupervisor', name: 'the supervisor of another unit', client: p.kadisdik.client },
    { key: 'hrAdmin', name: 'hr_admin', client: (await person('mx.hradmin', null, 'hr_admin')).client },
    {
      key: 'agencyHead',
      name: 'agency_head',
      client: (await person('mx.agencyhead', null, 'agency_head')).client,
    },
    { key: 'auditor', name: 'auditor', client: (await person('mx.auditor', null, 'auditor')).client },
    { key: 'admin', name: 'admin', client: (await person('mx.admin', null, 'admin')).client },
  ];
  return { roles, nurse: nurseIds, other: otherIds };
}

/** The audit log's length (straight from the database): unchanged when nothing was written. */
export async function auditCount(t: TestApp) {
  return Number((await t.database.query<{ n: string }>('SELECT count(*) AS n FROM audit_log'))[0]!.n);
}
