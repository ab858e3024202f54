import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers.js';
import {
  auditCount,
  bodyFor,
  buildMatrixWorld,
  keyOf,
  OWN_SESSION,
  urlFor,
  type MatrixWorld,
  type Operation,
  type RecordIds,
  type RoleKey,
} from './matrix-fixtures.js';
import { operationsOf } from './matrix-fixtures.js';
import { progressAppEnv, removeDataDirs } from './progress-fixtures.js';

/** Who may read a route's record: derived from src/domain/permissions.ts, the policies and api.md. */
type Audience =
  /** plans and everything under them, evaluations, objections, transfers: the employee, her assessor and the
   * superiors above (the unit head), hr_admin, agency_head, auditor (`read:agency`) */
  | 'record'
  /** development plans: as `record`, without the auditor (`read:development` is hr_admin and agency_head) */
  | 'development'
  /** a unit's distribution, calibration board, predicate and penetapan: heads of the unit (and above), `read:agency` */
  | 'unitAssessment'
  /** the organisation directory (`read:org`): everyone signed in */
  | 'directory'
  /** accounts (`manage:user`): admin */
  | 'accounts'
  /** agency-wide things that are nobody's record (cycles, the library, import templates): only "no 5xx" */
  | 'shared';

const AUDIENCES: Array<[RegExp, Audience]> = [
  [/^\/api\/v1\/(work-plans|evaluations|objections)\/\{id\}/, 'record'],
  [/^\/api\/v1\/employees\/\{id\}\/transfers$/, 'record'],
  [/^\/api\/v1\/employees\/\{id\}\/development-plans$/, 'development'],
  [/^\/api\/v1\/development-(plans|plan-items)\/\{id\}/, 'development'],
  [/^\/api\/v1\/employees\/\{id\}\/learning-hours$/, 'development'],
  [/^\/api\/v1\/employees\/\{id\}\/credit-points$/, 'record'],
  // improvement periods: the readers of the development plans (api.md "same readers")
  [/^\/api\/v1\/employees\/\{id\}\/improvement-periods$/, 'development'],
  // escalations are the agency head's and HR's cases, not a record of the nurse's here: only "no 5xx"
  [/^\/api\/v1\/escalations\/\{id\}$/, 'shared'],
  [/^\/api\/v1\/employees\/\{id\}$/, 'directory'],
  [/^\/api\/v1\/units\/\{id\}(\/acting-officials)?$/, 'directory'],
  [
    /^\/api\/v1\/units\/\{id\}\/(calibration|distribution|penetapan\.pdf|org-predicates\/\{periodId\})$/,
    'unitAssessment',
  ],
  [/^\/api\/v1\/users\/\{id\}$/, 'accounts'],
  [/^\/api\/v1\/(cycles|indicator-templates|imports|trainings)\//, 'shared'],
];
const audienceOf = (path: string) => AUDIENCES.find(([re]) => re.test(path))?.[1];

const ALL: RoleKey[] = [
  'nurse',
  'colleague',
  'supervisor',
  'unitHead',
  'otherEmployee',
  'otherSupervisor',
  'hrAdmin',
  'agencyHead',
  'auditor',
  'admin',
];
const AGENCY: RoleKey[] = ['hrAdmin', 'agencyHead', 'auditor'];
type SetName = 'nurse' | 'other';
const READERS: Record<Exclude<Audience, 'shared'>, Record<SetName, RoleKey[]>> = {
  record: {
    nurse: ['nurse', 'supervisor', 'unitHead', ...AGENCY],
    other: ['otherEmployee', 'otherSupervisor', ...AGENCY],
  },
  development: {
    nurse: ['nurse', 'supervisor', 'unitHead', 'hrAdmin', 'agencyHead'],
    other: ['otherEmployee', 'otherSupervisor', 'hrAdmin', 'agencyHead'],
  },
  unitAssessment: { nurse: ['unitHead', ...AGENCY], other: ['otherSupervisor', ...AGENCY] },
  directory: { nurse: ALL, other: ALL },
  accounts: { nurse: ['admin'], other: ['admin'] },
};

/**
 * Reads a reader may still be refused because of the record's state, not the caller: the decision document of an
 * objection not yet decided (409).
 */
const STATE_DEPENDENT = new Set(['GET /api/v1/objections/{id}/decision.pdf']);

/**
 * PDFs take a while to render: a document is read by the first of its readers only (the others read the same record
 * as JSON through the other routes); everyone else is still refused it.
 */
const skipRender = (op: Operation, readers: RoleKey[], role: RoleKey) =>
  op.path.endsWith('.pdf') && readers.includes(role) && readers[0] !== role;

/**
 * The authorisation matrix with real ids (issue 11.10): every GET with path parameters × ten people in every relation
 * to one nurse × her records and another unit's employee's; every write × the people with no right to the nurse's
 * records. No 5xx anywhere, no 2xx for anyone outside the readers, the readers do read, and a refused write writes
 * nothing.
 */
describe('authorisation matrix with real ids', () => {
  let t: TestApp;
  let world: MatrixWorld;
  let operations: Operation[];
  const sets = (): Array<[SetName, RecordIds]> => [
    ['nurse', world.nurse],
    ['other', world.other],
  ];

  beforeAll(async () => {
    t = await createTestApp(progressAppEnv());
    world = await buildMatrixWorld(t);
    operations = await operationsOf(t.app);
  });
  afterAll(async () => {
    await t.close();
    removeDataDirs();
  });

  it('when the reads with path parameters are listed, then each has a known audience', () => {
    const unknown = operations
      .filter((op) => op.method === 'GET' && op.path.includes('{') && !audienceOf(op.path))
      .map(keyOf);
    expect(unknown).toEqual([]);
  });

  it('when every role reads every record route with the nurse’s and another unit’s ids, then only the readers get 2xx and nobody a 5xx', async () => {
    const reads = operations.filter((op) => op.method === 'GET' && op.path.includes('{'));
    const failures: string[] = [];
    const tally = new Map<RoleKey, { ok: number; refused: number }>(
      ALL.map((k) => [k, { ok: 0, refused: 0 }]),
    );
    // all side by side: reads change nothing, and the PDFs render in parallel
    await Promise.all(
      world.roles.flatMap((role) =>
        sets().flatMap(([set, ids]) =>
          reads.map(async (op) => {
            const audience = audienceOf(op.path)!;
            if (audience !== 'shared' && skipRender(op, READERS[audience][set], role.key)) return;
            const res = await role.client.get(urlFor(op, ids).replace(/^\/api\/v1/, ''));
            const where = `${role.name} × ${set}: ${keyOf(op)} → ${res.statusCode}`;
            if (res.statusCode >= 500) failures.push(`5xx ${where}`);
            const ok = res.statusCode >= 200 && res.statusCode < 300;
            const counts = tally.get(role.key)!;
            if (ok) counts.ok++;
            else counts.refused++;
            if (audience === 'shared') return;
            const reader = READERS[audience][set].includes(role.key);
            if (ok && !reader) failures.push(`leak ${where}`);
            if (!ok && reader && !STATE_DEPENDENT.has(keyOf(op))) failures.push(`reader refused ${where}`);
          }),
        ),
      ),
    );
    const summary = [...tally].map(([k, c]) => `${k}: ${c.ok} read, ${c.refused} refused`).join('; ');
    expect(failures, summary).toEqual([]);
    // the matrix cannot pass by refusing everything: each reader reads the nurse's plan, evaluation and objection
    for (const key of READERS.record.nurse) expect(tally.get(key)!.ok, summary).toBeGreaterThan(10);
    expect(tally.get('colleague')!.ok, summary).toBeLessThan(10);
  });

  it('when the people with no right to the nurse’s records call every write on them, then each answers 4xx and nothing is written', async () => {
    const writes = operations.filter(
      (op) =>
        op.method !== 'GET' &&
        !OWN_SESSION.test(keyOf(op)) &&
        (/^\/api\/v1\/(work-plans|evaluations|objections|employees|users)\/\{id\}/.test(op.path) ||
          /^\/api\/v1\/units\/\{id\}/.test(op.path) ||
          ['POST /api/v1/work-plans', 'POST /api/v1/evaluations'].includes(keyOf(op))),
    );
    expect(writes.length).toBeGreaterThan(30);
    const outsiders: RoleKey[] = [
      'colleague',
      'otherEmployee',
      'otherSupervisor',
      'agencyHead',
      'auditor',
      'admin',
    ];
    /** admin manages accounts: the account routes are theirs */
    const entitled = (role: RoleKey, op: Operation) =>
      role === 'admin' && op.path.startsWith('/api/v1/users/');
    const failures: string[] = [];
    const tally = new Map<RoleKey, Record<string, number>>();
    for (const role of world.roles.filter((r) => outsiders.includes(r.key)))
      for (const op of writes) {
        if (entitled(role.key, op)) continue;
        const before = await auditCount(t);
        const url = urlFor(op, world.nurse).replace(/^\/api\/v1/, '');
        const body = op.method === 'DELETE' ? undefined : bodyFor(op.body, world.nurse, op.path);
        const res = await role.client.request(op.method, url, body);
        const where = `${role.name}: ${keyOf(op)} → ${res.statusCode}`;
        const counts = tally.get(role.key) ?? {};
        counts[res.statusCode] = (counts[res.statusCode] ?? 0) + 1;
        tally.set(role.key, counts);
        if (res.statusCode < 400 || res.statusCode >= 500)
          failures.push(`${where} ${res.body.slice(0, 200)}`);
        if ((await auditCount(t)) !== before) failures.push(`${where} but wrote`);
      }
    const summary = [...tally].map(([k, c]) => `${k}: ${JSON.stringify(c)}`).join('; ');
    expect(failures, summary).toEqual([]);
    // the bodies are valid enough that most refusals come from the permission checks, not from validation
    for (const [key, counts] of tally) {
      const denied = (counts[403] ?? 0) + (counts[404] ?? 0);
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      expect(denied / total, `${key}: ${summary}`).toBeGreaterThan(0.5);
    }
  });
});
