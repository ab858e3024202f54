import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, type Client, createTestApp, login, type TestApp } from '../../../../test/helpers.js';
import { ManualClock } from '../../platform/clock.js';
import {
  adminClient,
  createCycle,
  expectError,
  failingPaths,
  PASSWORD,
  roleClients,
  type CycleBody,
  type PeriodBody,
} from '../../../../test/factories.js';
import { currentCycle, findCycle, findPeriod } from './index.js';

const GHOST = '00000000-0000-4000-8000-000000000000';

let t: TestApp;
let admin: Client;
let roles: Awaited<ReturnType<typeof roleClients>>;

beforeAll(async () => {
  t = await createTestApp();
  admin = await adminClient(t.app, t.database);
  roles = await roleClients(t.app, admin);
});
afterAll(async () => t.close());

const hr = () => roles.hrAdmin;

type Json = Record<string, unknown>;
interface AuditEntry {
  action: string;
  before: Json | null;
  after: (Json & { periods?: unknown[] }) | null;
  actor: { label: string };
}

async function auditOf(entityType: string, entityId: string) {
  const res = await admin.get(`/audit?entityType=${entityType}&entityId=${entityId}`);
  expect(res.statusCode).toBe(200);
  return res.json<{ items: AuditEntry[] }>().items;
}

describe('creating cycles', () => {
  it('when HR creates a monthly cycle, then it answers 201 with 12 months and the annual period', async () => {
    const res = await hr().post('/cycles', {
      year: 2030,
      startDate: '2030-01-01',
      endDate: '2030-12-31',
      frequency: 'monthly',
    });
    expect(res.statusCode).toBe(201);
    const c = res.json<CycleBody>();
    expect(c).toMatchObject({
      year: 2030,
      startDate: '2030-01-01',
      endDate: '2030-12-31',
      frequency: 'monthly',
      planningDeadline: '2030-01-31',
      version: 1,
    });
    expect(c.periods).toHaveLength(13);
    const periodic = c.periods.filter((p) => p.kind === 'periodic');
    expect(periodic.map((p) => p.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(periodic[0]).toMatchObject({
      label: 'Januari 2030',
      startDate: '2030-01-01',
      endDate: '2030-01-31',
      progressDeadline: '2030-02-05',
      evaluationDeadline: '2030-02-10',
      status: 'open',
      lockedAt: null,
      cycleId: c.id,
    });
    expect(c.periods.filter((p) => p.kind === 'annual')).toEqual([
      expect.objectContaining({
        index: 0,
        label: 'Tahunan 2030',
        startDate: '2030-01-01',
        endDate: '2030-12-31',
        evaluationDeadline: '2031-01-31',
      }),
    ]);
    expect(c.can).toEqual({ close: true, reopen: false });
    // the same cycle; only what the caller may do with it differs
    expect((await roles.employee.get(`/cycles/${c.id}`)).json()).toEqual({
      ...c,
      can: { close: false, reopen: false },
    });
  });

  it('when HR creates a quarterly cycle with a planning deadline, then it has 4 quarters and the annual period', async () => {
    const res = await hr().post('/cycles', {
      year: 2031,
      startDate: '2031-01-01',
      endDate: '2031-12-31',
      frequency: 'quarterly',
      planningDeadline: '2031-02-15',
    });
    expect(res.statusCode).toBe(201);
    const c = res.json<CycleBody>();
    expect(c.planningDeadline).toBe('2031-02-15');
    expect(c.periods.map((p) => [p.kind, p.index, p.label])).toEqual([
      ['periodic', 1, 'Triwulan I 2031'],
      ['periodic', 2, 'Triwulan II 2031'],
      ['periodic', 3, 'Triwulan III 2031'],
      ['periodic', 4, 'Triwulan IV 2031'],
      ['annual', 0, 'Tahunan 2031'],
    ]);
  });

  it('when the range starts and ends inside months, then the first and last periods are clipped', async () => {
    const c = await createCycle(hr(), { year: 2032, startDate: '2032-02-10', endDate: '2032-11-20' });
    const periodic = c.periods.filter((p) => p.kind === 'periodic');
    expect(periodic).toHaveLength(10);
    expect(periodic[0]).toMatchObject({
      label: 'Februari 2032',
      startDate: '2032-02-10',
      endDate: '2032-02-29',
    });
    expect(periodic.at(-1)).toMatchObject({
      label: 'November 2032',
      startDate: '2032-11-01',
      endDate: '2032-11-20',
    });
  });

  it('when a cycle for the year exists, then it answers 409 naming year', async () => {
    await createCycle(hr(), { year: 2033 });
    const res = await hr().post('/cycles', {
      year: 2033,
      startDate: '2033-01-01',
      endDate: '2033-12-31',
      frequency: 'quarterly',
    });
    const error = expectError(res, 409, 'CONFLICT');
    expect(error.details).toEqual([expect.objectContaining({ path: 'year', code: 'duplicate' })]);
  });

  it.each([
    ['the end before the start', { startDate: '2034-06-01', endDate: '2034-05-31' }, 'endDate'],
    ['a range longer than a year', { startDate: '2034-01-01', endDate: '2035-06-30' }, 'endDate'],
    ['a start outside the year', { startDate: '2033-12-01', endDate: '2034-06-30' }, 'startDate'],
    ['an end outside the year', { startDate: '2034-07-01', endDate: '2035-03-31' }, 'endDate'],
    ['a date that does not exist', { startDate: '2034-02-30', endDate: '2034-12-31' }, 'startDate'],
    ['an unknown frequency', { frequency: 'weekly' }, 'frequency'],
  ])('when the body has %s (%j), then it answers 400 naming %s', async (_, over, path) => {
    const body = {
      year: 2034,
      startDate: '2034-01-01',
      endDate: '2034-12-31',
      frequency: 'monthly',
      ...over,
    };
    expect(failingPaths(await hr().post('/cycles', body))).toEqual([path]);
  });

  it('when the range is wrong, then the message is localised (Indonesian by default, English on request)', async () => {
    const body = { year: 2034, startDate: '2034-06-01', endDate: '2034-05-31', frequency: 'monthly' };
    const id = await hr().post('/cycles', body);
    expect(id.json().error.details[0].message).toBe(
      'Tanggal selesai harus sama dengan atau setelah tanggal mulai.',
    );
    const en = await hr().post('/cycles', body, { 'accept-language': 'en' });
    expect(en.json().error.details[0].message).toBe('The end date must be on or after the start date.');
  });

  it('when someone other than hr_admin creates a cycle, then 403 (whatever the body); anonymous 401', async () => {
    for (const c of [roles.employee, roles.adminOnly, roles.agencyHead, roles.auditor]) {
      expectError(await c.post('/cycles', { year: 'x' }), 403, 'FORBIDDEN');
    }
    expectError(await anonymous(t.app).post('/cycles', {}), 401, 'UNAUTHENTICATED');
    expectError(await anonymous(t.app).get('/cycles'), 401, 'UNAUTHENTICATED');
  });

  it('when a cycle is created, then the cycle and each period have an audit entry', async () => {
    const c = await createCycle(hr(), { year: 2035, frequency: 'quarterly' });
    const [entry] = await auditOf('cycle', c.id);
    expect(entry).toMatchObject({ action: 'cycle.create', after: { id: c.id, year: 2035 } });
    expect(entry!.after!.periods).toHaveLength(5);
    for (const p of c.periods) {
      expect((await auditOf('period', p.id)).map((e) => e.action)).toEqual(['period.create']);
    }
  });
});

describe('reading cycles', () => {
  it('when cycles are listed, then everyone signed in sees them newest year first with a total', async () => {
    for (const c of Object.values(roles)) {
      const res = await c.get('/cycles?limit=200');
      expect(res.statusCode).toBe(200);
      const body = res.json<{ items: CycleBody[]; total: number }>();
      const years = body.items.map((x) => x.year);
      expect(years).toEqual([...years].sort((a, b) => b - a));
      expect(body.total).toBe(body.items.length);
      expect(body.items[0]!.periods.length).toBeGreaterThan(0);
    }
    const page = (await hr().get('/cycles?limit=1&offset=1')).json<{ items: CycleBody[]; total: number }>();
    expect(page.items).toHaveLength(1);
  });

  it('when a cycle id is unknown or not a UUID, then 404 or 400', async () => {
    expectError(await roles.employee.get(`/cycles/${GHOST}`), 404, 'NOT_FOUND');
    expect(failingPaths(await roles.employee.get('/cycles/abc'))).toEqual(['id']);
  });
});

describe('the current cycle', () => {
  it('when today (Asia/Jakarta) lies in a cycle, then it is current; else the newest; none → 404', async () => {
    const clock = new ManualClock(new Date('2026-11-29T03:00:00Z'));
    const fresh = await createTestApp({}, clock);
    try {
      const a = await adminClient(fresh.app, fresh.database);
      expectError(await a.get('/cycles/current'), 404, 'NOT_FOUND');
      const c2026 = await createCycle(a, { year: 2026 });
      const c2027 = await createCycle(a, { year: 2027 });
      const currentAt = async (instant: string) => {
        clock.set(new Date(instant));
        const signedIn = await login(fresh.app, 'admin', PASSWORD);
        return (await signedIn.get('/cycles/current')).json<CycleBody>().id;
      };
      expect(await currentAt('2026-11-29T03:00:00Z')).toBe(c2026.id);
      // 31 Dec 2026 16:59 UTC is still 2026 in Jakarta (UTC+7); 17:00 UTC is already 1 Jan 2027.
      expect(await currentAt('2026-12-31T16:59:00Z')).toBe(c2026.id);
      expect(await currentAt('2026-12-31T17:00:00Z')).toBe(c2027.id);
      // No cycle contains 2029 (nor 2020): the newest one answers.
      expect(await currentAt('2029-05-01T03:00:00Z')).toBe(c2027.id);
      expect(await currentAt('2020-05-01T03:00:00Z')).toBe(c2027.id);
      expect((await currentCycle(fresh.database.db, '2026-06-01'))?.id).toBe(c2026.id);
    } finally {
      await fresh.close();
    }
  });

  it('when other modules ask, then findCycle and findPeriod give plain objects (null when unknown)', async () => {
    const c = await createCycle(hr(), { year: 2036 });
    const found = await findCycle(t.database.db, c.id);
    expect(found).toMatchObject({ id: c.id, year: 2036 });
    expect(found!.periods).toHaveLength(13);
    expect(await findPeriod(t.database.db, c.periods[0]!.id)).toEqual(c.periods[0]);
    expect(await findCycle(t.database.db, GHOST)).toBeNull();
    expect(await findPeriod(t.database.db, GHOST)).toBeNull();
  });
});

describe('deadlines', () => {
  it('when HR changes the planning deadline, then the version increments and a stale version answers 409', async () => {
    const c = await createCycle(hr(), { year: 2037 });
    const res = await hr().patch(`/cycles/${c.id}`, { planningDeadline: '2037-02-28', version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ planningDeadline: '2037-02-28', version: 2 });
    const stale = await hr().patch(`/cycles/${c.id}`, { planningDeadline: '2037-03-31', version: 1 });
    expect(expectError(stale, 409, 'CONFLICT').details).toEqual({ reason: 'stale_version' });
    const entries = await auditOf('cycle', c.id);
    expect(entries[0]).toMatchObject({
      action: 'cycle.update',
      before: { planningDeadline: '2037-01-31' },
      after: { planningDeadline: '2037-02-28' },
    });
    expectError(
      await roles.employee.patch(`/cycles/${c.id}`, { planningDeadline: '2037-02-28' }),
      403,
      'FORBIDDEN',
    );
    expectError(await hr().patch(`/cycles/${GHOST}`, {}), 404, 'NOT_FOUND');
  });

  it('when HR changes a period deadline, then it is stored and audited; before the period start → 400', async () => {
    const c = await createCycle(hr(), { year: 2038 });
    const march = c.periods.find((p) => p.index === 3 && p.kind === 'periodic')!;
    const url = `/cycles/${c.id}/periods/${march.id}`;
    const res = await hr().patch(url, { progressDeadline: '2038-04-07', evaluationDeadline: '2038-04-14' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      progressDeadline: '2038-04-07',
      evaluationDeadline: '2038-04-14',
      version: 2,
    });
    expect(failingPaths(await hr().patch(url, { progressDeadline: '2038-02-28' }))).toEqual([
      'progressDeadline',
    ]);
    expect(failingPaths(await hr().patch(url, { evaluationDeadline: '2038-04-01' }))).toEqual([
      'evaluationDeadline',
    ]);
    const [entry] = await auditOf('period', march.id);
    expect(entry).toMatchObject({
      action: 'period.update',
      before: { progressDeadline: '2038-04-05' },
      after: { progressDeadline: '2038-04-07' },
    });
    expectError(await roles.auditor.patch(url, { progressDeadline: '2038-04-07' }), 403, 'FORBIDDEN');
    const other = await createCycle(hr(), { year: 2039 });
    expectError(await hr().patch(`/cycles/${other.id}/periods/${march.id}`, {}), 404, 'NOT_FOUND');
  });
});

describe('locking periods', () => {
  let cycle: CycleBody;
  let period: PeriodBody;
  let base: string;
  beforeAll(async () => {
    cycle = await createCycle(hr(), { year: 2040 });
    period = cycle.periods[0]!;
    base = `/cycles/${cycle.id}/periods/${period.id}`;
  });

  it('when HR locks an open period, then it is locked with a time; locking again answers 409 INVALID_TRANSITION', async () => {
    const res = await hr().post(`${base}/lock`, { reason: 'Batas waktu realisasi Januari berakhir' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: period.id,
      status: 'locked',
      lockedAt: '2026-11-29T03:00:00.000Z',
    });
    const again = await hr().post(`${base}/lock`, {});
    expect(expectError(again, 409, 'INVALID_TRANSITION').details).toEqual({
      status: 'locked',
      action: 'lock',
    });
    const read = (await roles.employee.get(`/cycles/${cycle.id}`)).json<CycleBody>();
    expect(read.periods[0]).toMatchObject({ status: 'locked' });
  });

  it('when HR unlocks without a reason, then it answers 400 naming reason and the period stays locked', async () => {
    expect(failingPaths(await hr().post(`${base}/unlock`, {}))).toEqual(['reason']);
    expect(failingPaths(await hr().post(`${base}/unlock`, { reason: '  ' }))).toEqual(['reason']);
    expect((await findPeriod(t.database.db, period.id))?.status).toBe('locked');
  });

  it('when HR unlocks with a reason, then it is open again; unlocking an open period answers 409', async () => {
    const res = await hr().post(`${base}/unlock`, { reason: 'Perpanjangan karena gangguan jaringan' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'open', lockedAt: null });
    const again = await hr().post(`${base}/unlock`, { reason: 'lagi' });
    expect(expectError(again, 409, 'INVALID_TRANSITION').details).toEqual({
      status: 'open',
      action: 'unlock',
    });
  });

  it('when a period was locked and unlocked, then both steps are audited with their reasons and actor', async () => {
    const entries = await auditOf('period', period.id);
    expect(entries.map((e) => e.action)).toEqual(['period.unlock', 'period.lock', 'period.create']);
    expect(entries[0]).toMatchObject({
      before: { status: 'locked' },
      after: { status: 'open', reason: 'Perpanjangan karena gangguan jaringan' },
    });
    expect(entries[1]).toMatchObject({
      before: { status: 'open' },
      after: { status: 'locked', reason: 'Batas waktu realisasi Januari berakhir' },
    });
    expect(entries[1]!.actor.label).toBe(hr().user!.username);
  });

  it('when a lock is sent without a body, then the reason is optional', async () => {
    const p = cycle.periods[1]!;
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/cycles/${cycle.id}/periods/${p.id}/lock`,
      headers: { cookie: hr().auth.cookie!, 'x-csrf-token': hr().auth.csrf! },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'locked' });
  });

  it('when someone other than hr_admin locks or unlocks, then 403 (even without a reason); anonymous 401', async () => {
    for (const c of [roles.employee, roles.adminOnly, roles.agencyHead, roles.auditor]) {
      expectError(await c.post(`${base}/lock`, {}), 403, 'FORBIDDEN');
      expectError(await c.post(`${base}/unlock`, {}), 403, 'FORBIDDEN');
    }
    expectError(await anonymous(t.app).post(`${base}/lock`, {}), 401, 'UNAUTHENTICATED');
  });

  it('when the period or cycle is unknown, then 404', async () => {
    expectError(await hr().post(`/cycles/${cycle.id}/periods/${GHOST}/lock`, {}), 404, 'NOT_FOUND');
    expectError(await hr().post(`/cycles/${GHOST}/periods/${period.id}/lock`, {}), 404, 'NOT_FOUND');
  });
});
