import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, anonymous, type Client, type TestApp } from './helpers.js';
import { accountFor } from './factories.js';
import { approvedPlan, buildTeam, pastCycle, type Team } from './planning-fixtures.js';
import { finalEvaluation, objection } from './assessment-fixtures.js';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
interface Operation {
  method: Method;
  /** the OpenAPI path, e.g. `/api/v1/work-plans/{id}` */
  path: string;
}

/** Operations anyone may call without signing in. */
const PUBLIC = new Set([
  'GET /api/health',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/login/totp',
  'GET /api/v1/meta',
  // single sign-on: the browser arrives signed out (and both answer 404 while SSO is not configured)
  'GET /api/v1/auth/oidc/login',
  'GET /api/v1/auth/oidc/callback',
]);
/** Operations that would end or change the caller's own session or account: left to the auth tests. */
const OWN_SESSION = /^(POST \/api\/v1\/auth\/(logout|password|tokens)|DELETE \/api\/v1\/auth\/tokens)/;

/**
 * An authorisation matrix generated from the OpenAPI route list (issue 11.10): every operation × every role, with
 * the ids of someone else's records (a nurse of another unit's plan, evaluation and objection) or of nothing at all.
 * No answer may be a 5xx; nobody signed out gets past 401; nobody unrelated reads the nurse's records.
 */
describe('authorisation matrix over every operation', () => {
  let t: TestApp;
  let team: Team;
  let operations: Operation[];
  let roles: Array<{ name: string; client: Client }>;
  /** the nurse's records: private to her, her assessors, HR, the agency head and the auditor */
  let own: { plan: string; evaluation: string; objection: string };

  beforeAll(async () => {
    t = await createTestApp();
    team = await buildTeam(t, 'matrix');
    const cycle = await pastCycle(t.database);
    const plan = await approvedPlan(team, cycle.id);
    const ev = await finalEvaluation(team, plan, cycle.quarters[0]!, { result: 'meets', behaviour: 'meets' });
    const o = await objection(team, ev.id);
    own = { plan: plan.id, evaluation: ev.id, objection: o.id };
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => ({ method: m.toUpperCase() as Method, path })),
    );
    roles = [
      { name: 'outsider (employee of another unit)', client: team.outsider.client },
      { name: 'midwife (colleague)', client: team.midwife.client },
      { name: 'auditor', client: await accountFor(t.app, team.admin, ['auditor']) },
      { name: 'agency_head', client: await accountFor(t.app, team.admin, ['agency_head']) },
      { name: 'hr_admin', client: team.hr },
    ];
  });
  afterAll(async () => t.close());

  /** The URL of an operation with each path parameter filled by `fill`. */
  const urlOf = (op: Operation, fill: (path: string, param: string) => string) =>
    op.path.replace(/\{(\w+)\}/g, (_, param: string) => fill(op.path, param));

  const send = (client: Client, op: Operation, url: string) =>
    client.request(op.method, url, op.method === 'GET' || op.method === 'DELETE' ? undefined : {});

  it('when the route list is read, then it covers the API', () => {
    expect(operations.length).toBeGreaterThan(100);
  });

  it('when nobody is signed in, then every operation but the public ones answers 401 in the error envelope', async () => {
    const leaks: string[] = [];
    for (const op of operations) {
      const key = `${op.method} ${op.path}`;
      if (PUBLIC.has(key)) continue;
      const res = await send(
        anonymous(t.app),
        op,
        urlOf(op, () => randomUUID()),
      );
      const body = res.json<{ error?: { code?: string } }>();
      if (res.statusCode !== 401 || body.error?.code !== 'UNAUTHENTICATED')
        leaks.push(`${key} → ${res.statusCode}`);
    }
    expect(leaks).toEqual([]);
  });

  it('when every role calls every operation with ids of nothing, then no answer is a 5xx', async () => {
    const failures: string[] = [];
    for (const role of roles)
      for (const op of operations) {
        if (OWN_SESSION.test(`${op.method} ${op.path}`)) continue;
        const res = await send(
          role.client,
          op,
          urlOf(op, () => randomUUID()),
        );
        if (res.statusCode >= 500) failures.push(`${role.name}: ${op.method} ${op.path} → ${res.statusCode}`);
      }
    expect(failures).toEqual([]);
  });

  it('when an unrelated employee reads the nurse’s plan, evaluation or objection by any route, then nothing is returned', async () => {
    const target = (path: string, param: string) => {
      if (param !== 'id') return randomUUID();
      if (path.startsWith('/api/v1/work-plans/')) return own.plan;
      if (path.startsWith('/api/v1/evaluations/')) return own.evaluation;
      if (path.startsWith('/api/v1/objections/')) return own.objection;
      return randomUUID();
    };
    const reads = operations.filter(
      (op) => op.method === 'GET' && /^\/api\/v1\/(work-plans|evaluations|objections)\/\{id\}/.test(op.path),
    );
    expect(reads.length).toBeGreaterThan(5);
    const leaks: string[] = [];
    for (const client of [team.outsider.client, team.midwife.client])
      for (const op of reads) {
        const res = await send(client, op, urlOf(op, target));
        if (res.statusCode < 400 || res.statusCode >= 500) leaks.push(`${op.path} → ${res.statusCode}`);
      }
    expect(leaks).toEqual([]);
  });

  it('when malformed ids are sent to every operation with a path parameter, then each answers 4xx in the envelope', async () => {
    const failures: string[] = [];
    for (const op of operations.filter((o) => o.path.includes('{'))) {
      if (OWN_SESSION.test(`${op.method} ${op.path}`)) continue;
      const res = await send(
        team.hr,
        op,
        urlOf(op, () => 'not-a-uuid'),
      );
      const body = res.json<{ error?: { code?: string } }>();
      if (res.statusCode < 400 || res.statusCode >= 500 || !body.error?.code)
        failures.push(`${op.method} ${op.path} → ${res.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it('when write operations get arbitrary JSON bodies, then none answers 5xx and a refusal writes nothing', async () => {
    const target = (path: string, param: string) => {
      if (param !== 'id') return randomUUID();
      if (path.startsWith('/api/v1/work-plans/')) return own.plan;
      if (path.startsWith('/api/v1/evaluations/')) return own.evaluation;
      if (path.startsWith('/api/v1/objections/')) return own.objection;
      return randomUUID();
    };
    const writes = operations.filter(
      (op) => op.method !== 'GET' && !OWN_SESSION.test(`${op.method} ${op.path}`),
    );
    const audited = async () =>
      Number((await t.database.query<{ n: string }>('SELECT count(*) AS n FROM audit_log'))[0]!.n);
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...writes),
        fc.dictionary(
          fc.string({ maxLength: 12 }),
          // a lone surrogate now and then: invalid Unicode must be refused, never a 5xx
          fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant('a\uD800b')),
          { maxKeys: 5 },
        ),
        async (op, body) => {
          const before = await audited();
          const res = await team.hr.request(op.method, urlOf(op, target), body);
          if (res.statusCode >= 500) failures.push(`${op.method} ${op.path} → ${res.statusCode}`);
          if (res.statusCode >= 400 && (await audited()) !== before)
            failures.push(`${op.method} ${op.path} → ${res.statusCode} but wrote`);
          return res.statusCode < 500;
        },
      ),
      { numRuns: 300, seed: 20261203 },
    );
    expect(failures).toEqual([]);
  });
});
