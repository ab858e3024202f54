import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../../../test/helpers.js';
import { accountFor, createEmployee, createUnit, expectError } from '../../../../test/factories.js';
import { approvedPlan, buildTeam, pastCycle, type Team } from '../../../../test/planning-fixtures.js';
import { draftEvaluation } from '../../../../test/assessment-fixtures.js';
import type { AuditPageView } from '../../../domain/audit/view.js';
import { appendAudit } from '../../platform/audit.js';
import { systemContext } from '../../platform/context.js';

let t: TestApp;
let team: Team;
let admin: Client;
let auditor: Client;

beforeAll(async () => {
  t = await createTestApp();
  team = await buildTeam(t);
  admin = team.admin;
  auditor = await accountFor(t.app, admin, ['auditor']);
});
afterAll(async () => t.close());

async function page(query: string): Promise<AuditPageView> {
  const res = await auditor.get(`/audit?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<AuditPageView>();
}

describe('GET /audit: names instead of ids', () => {
  it('when an employee with an account acts, then actorName is the employee’s name; without one, the username', async () => {
    const unit = await createUnit(admin, { name: 'Bagian Umum' });
    const person = await createEmployee(admin, unit.id, { name: 'Rina Pengelola' });
    const hr = await accountFor(t.app, admin, ['hr_admin'], person.id);
    const made = await createUnit(hr, { name: 'Subbagian Arsip' });
    const [byHr] = (await page(`entityType=unit&entityId=${made.id}`)).items;
    expect(byHr).toMatchObject({
      action: 'unit.create',
      actorName: 'Rina Pengelola',
      actor: { userId: hr.user!.id, label: hr.user!.username },
      entityLabel: 'Subbagian Arsip',
    });
    const [byAdmin] = (await page(`entityType=unit&entityId=${unit.id}&action=unit.create`)).items;
    expect(byAdmin).toMatchObject({ actorName: 'admin', entityLabel: 'Bagian Umum' });
    const [employee] = (await page(`entityType=employee&entityId=${person.id}`)).items;
    expect(employee).toMatchObject({ action: 'employee.create', entityLabel: 'Rina Pengelola' });
    // the account record is labelled with its person's name
    const [account] = (await page(`entityType=user&entityId=${hr.user!.id}&action=user.create`)).items;
    expect(account).toMatchObject({ action: 'user.create', entityLabel: 'Rina Pengelola' });
  });

  it('when a plan and an evaluation are written, then their labels name the owner and the year or period', async () => {
    const cycle = await pastCycle(t.database);
    const plan = await approvedPlan(team, cycle.id);
    const evaluation = await draftEvaluation(team, plan, cycle.quarters[1]!);
    const [planEntry] = (await page(`entityType=work_plan&entityId=${plan.id}&limit=1`)).items;
    expect(planEntry!.entityLabel).toBe(`Siti Perawat · ${cycle.year}`);
    expect(planEntry!.actorName).toMatch(/Kepala Puskesmas|Siti Perawat/);
    const [evalEntry] = (await page(`entityType=evaluation&entityId=${evaluation.id}&limit=1`)).items;
    expect(evalEntry!.entityLabel).toMatch(new RegExp(`^Siti Perawat · .*${cycle.year}$`));
    expect(evalEntry!.actorName).toBe('dr. Kepala Puskesmas');
  });

  it('when a page holds many records of several types, then every entry has its label (resolved in bulk)', async () => {
    const body = await page('limit=200&category=changes');
    expect(body.items.length).toBeGreaterThan(20);
    const missing = body.items.filter(
      (e) => ['unit', 'employee', 'work_plan', 'evaluation'].includes(e.entityType) && !e.entityLabel,
    );
    expect(missing).toEqual([]);
    expect(body.items.every((e) => e.actorName.length > 0)).toBe(true);
  });
});

describe('GET /audit: filters', () => {
  it('when filtered by person (actorId), then only that account’s entries come; actorUserId still works', async () => {
    const hr = await accountFor(t.app, admin, ['hr_admin']);
    await createUnit(hr);
    const byNew = await page(`actorId=${hr.user!.id}`);
    expect(byNew.items.map((e) => e.action).sort()).toEqual(['auth.login', 'unit.create']);
    expect(byNew.total).toBe(2);
    expect((await page(`actorUserId=${hr.user!.id}`)).total).toBe(2);
    // the person search finds the account by username
    const actors = (await auditor.get(`/audit/actors?q=${hr.user!.username}`)).json<{
      items: Array<{ userId: string; name: string }>;
    }>();
    expect(actors.items).toEqual([expect.objectContaining({ userId: hr.user!.id, name: hr.user!.username })]);
    // and by the employee's name
    const named = (await auditor.get('/audit/actors?q=kepala%20pusk')).json<{
      items: Array<{ name: string }>;
    }>();
    expect(named.items.map((a) => a.name)).toEqual(['dr. Kepala Puskesmas']);
  });

  it('when filtered by record, then only that record’s entries come', async () => {
    const unit = await createUnit(admin);
    await admin.patch(`/units/${unit.id}`, { name: 'Diubah' });
    const body = await page(`entityType=unit&entityId=${unit.id}`);
    expect(body.items.map((e) => e.action)).toEqual(['unit.update', 'unit.create']);
    expect(body.items.every((e) => e.entityId === unit.id)).toBe(true);
  });

  it('when filtered by an action code or a prefix ending in a dot, then exactly those entries come', async () => {
    const exact = await page('action=unit.update&limit=200');
    expect(exact.items.length).toBeGreaterThan(0);
    expect(new Set(exact.items.map((e) => e.action))).toEqual(new Set(['unit.update']));
    const prefix = await page('action=unit.&limit=200');
    const actions = new Set(prefix.items.map((e) => e.action));
    expect(actions.has('unit.create') && actions.has('unit.update')).toBe(true);
    expect([...actions].every((a) => a.startsWith('unit.'))).toBe(true);
    // `_` is not a wildcard: `work_plan.` does not match `workxplan.…`, and `work_plan` alone is one code
    expect((await page('action=work_plan')).total).toBe(0);
    expect((await page('action=work_plan.&limit=1')).total).toBeGreaterThan(0);
  });

  it('when filtered by category, then sign-ins and changes are separate and together make the whole log', async () => {
    const all = (await page('limit=1')).total!;
    const signins = await page('category=signins&limit=200');
    const changes = await page('category=changes&limit=200');
    expect(signins.total! + changes.total!).toBe(all);
    expect(signins.items.length).toBeGreaterThan(0);
    expect(signins.items.every((e) => /^(auth|session)\./.test(e.action))).toBe(true);
    expect(changes.items.some((e) => /^(auth|session)\./.test(e.action))).toBe(false);
  });

  it('when filtered by dates, then the days are Asia/Jakarta days, both ends included', async () => {
    const unit = await createUnit(admin);
    // 29 Nov 2026 10:00 WIB (the test clock): the creation. The later entries through the audit writer itself, at
    // the instants around midnight in Jakarta (moving the clock would end the signed-in sessions).
    const write = (name: string, at: string) =>
      appendAudit(
        t.database.db,
        systemContext('test'),
        { action: 'unit.update', entityType: 'unit', entityId: unit.id, after: { name } },
        new Date(at),
      );
    await write('Tengah Malam Kurang Semenit', '2026-11-30T16:59:00Z'); // 30 Nov 23:59 WIB
    await write('Desember', '2026-11-30T17:00:00Z'); // 1 Dec 00:00 WIB
    const of = async (range: string) =>
      (await page(`entityType=unit&entityId=${unit.id}&${range}`)).items.map(
        (e) => (e.after as { name: string }).name,
      );
    expect(await of('from=2026-12-01')).toEqual(['Desember']);
    expect(await of('to=2026-11-30')).toEqual(['Tengah Malam Kurang Semenit', unit.name]);
    expect(await of('from=2026-11-30&to=2026-11-30')).toEqual(['Tengah Malam Kurang Semenit']);
    expect(await of('from=2026-11-29&to=2026-11-29')).toEqual([unit.name]);
  });

  it('when paging by keyset, then pages follow each other without gaps and say whether more follow', async () => {
    const unit = await createUnit(admin);
    for (const name of ['Nama A', 'Nama B', 'Nama C', 'Nama D']) {
      expect((await admin.patch(`/units/${unit.id}`, { name })).statusCode).toBe(200);
    }
    const q = `entityType=unit&entityId=${unit.id}&limit=2&count=false`;
    const first = await page(q);
    expect(first).not.toHaveProperty('total');
    expect(first.hasMore).toBe(true);
    expect(first.nextCursor).toBe(first.items[1]!.seq);
    const second = await page(`${q}&before=${first.nextCursor}`);
    const third = await page(`${q}&before=${second.nextCursor}`);
    expect(third).toMatchObject({ hasMore: false, nextCursor: null });
    const seqs = [...first.items, ...second.items, ...third.items].map((e) => e.seq);
    expect(seqs).toHaveLength(5);
    expect([...seqs].sort((a, b) => b - a)).toEqual(seqs);
    // offset paging keeps working, with the total
    expect(await page(`entityType=unit&entityId=${unit.id}&limit=2&offset=4`)).toMatchObject({
      total: 5,
      hasMore: false,
      items: [{ seq: seqs[4] }],
    });
  });

  it('when the whole log is large, then the default total is the planner’s estimate; filtered or count=true, exact', async () => {
    const [{ n: exact }] = (await t.database.query<{ n: string }>('SELECT count(*) AS n FROM audit_log')) as [
      { n: string },
    ];
    // small: counted exactly, even by default
    expect(await page('limit=1')).toMatchObject({ total: Number(exact) });
    expect(await page('limit=1')).not.toHaveProperty('totalEstimated');
    // what the planner believes after ANALYZE of a large log (no need to write 50,000 entries)
    await t.database.query(`UPDATE pg_class SET reltuples = 735000 WHERE oid = 'audit_log'::regclass`);
    try {
      expect(await page('limit=1')).toMatchObject({ total: 735000, totalEstimated: true, hasMore: true });
      expect(await page('limit=1&count=true')).toMatchObject({ total: Number(exact) });
      expect(await page('limit=1&count=true')).not.toHaveProperty('totalEstimated');
      const unitEntries = await page('entityType=unit&limit=1');
      expect(unitEntries.totalEstimated).toBeUndefined();
      expect(unitEntries.total).toBeLessThan(Number(exact));
      expect(await page('limit=1&count=false')).not.toHaveProperty('total');
    } finally {
      await t.database.query('ANALYZE audit_log');
    }
  });

  it('when a filter is malformed, then 400 with a localised message, never a 500', async () => {
    expectError(await auditor.get('/audit?from=2026-13-01'), 400, 'VALIDATION_FAILED');
    expectError(await auditor.get('/audit?actorId=nope'), 400, 'VALIDATION_FAILED');
    expectError(await auditor.get('/audit?category=logins'), 400, 'VALIDATION_FAILED');
    expectError(await auditor.get('/audit?before=0'), 400, 'VALIDATION_FAILED');
    const order = expectError(
      await auditor.get('/audit?from=2026-12-02&to=2026-12-01'),
      400,
      'VALIDATION_FAILED',
    );
    expect(JSON.stringify(order)).toContain('Tanggal akhir harus sama dengan atau setelah tanggal awal');
    const action = expectError(await auditor.get("/audit?action=x'%20or%201=1"), 400, 'VALIDATION_FAILED');
    expect(JSON.stringify(action)).toContain('Kode tindakan');
    // an id that is not a uuid is a valid filter (settings are keyed by name) and simply matches nothing
    expect((await page('entityType=employee&entityId=not-a-uuid')).total).toBe(0);
  });

  it('when someone without the audit permission asks for the person search, then 403', async () => {
    expectError(await team.nurse.client.get('/audit/actors?q=a'), 403, 'FORBIDDEN');
  });
});
