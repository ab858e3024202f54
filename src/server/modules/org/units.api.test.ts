import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../../../test/helpers.js';
import {
  adminClient,
  bearerClient,
  countRows,
  createEmployee,
  createUnit,
  expectError,
  failingPaths,
} from '../../../../test/factories.js';
import { detailsOf, GHOST, uniqueCode } from '../../../../test/org-fixtures.js';

const EN = { 'accept-language': 'en' };

/** Units and their acting officials (Plt/Plh). Every test makes its own units and employees. */
let t: TestApp;
let hr: Client;

beforeAll(async () => {
  t = await createTestApp();
  hr = await adminClient(t.app, t.database, 'hr');
});
afterAll(async () => t.close());

describe('units', () => {
  it('when HR creates a unit with a parent and a head, then it answers 201 with the unit', async () => {
    const parent = await createUnit(hr, { code: uniqueCode('DIN'), name: 'Dinas Pendidikan' });
    const boss = await createEmployee(hr, parent.id, { name: 'Kepala Dinas' });
    const res = await hr.post('/units', {
      name: '  Bidang SD  ',
      code: uniqueCode('BID'),
      parentId: parent.id,
      headId: boss.id,
    });
    expect(res.statusCode).toBe(201);
    const u = res.json<Record<string, unknown>>();
    expect(u).toMatchObject({
      name: 'Bidang SD',
      parentId: parent.id,
      headId: boss.id,
      head: { id: boss.id, name: 'Kepala Dinas', nip: boss.nip },
      actingHead: null,
      version: 1,
    });
    expect((await hr.get(`/units/${String(u.id)}`)).json()).toEqual(u);
  });

  it('when the code is already used (in any letter case), then it answers 409 CONFLICT', async () => {
    const c = uniqueCode('dup');
    await createUnit(hr, { code: c });
    expectError(await hr.post('/units', { name: 'Lain', code: c.toUpperCase() }), 409, 'CONFLICT');
    const other = await createUnit(hr);
    expectError(await hr.patch(`/units/${other.id}`, { code: c }), 409, 'CONFLICT');
  });

  it('when the parent or head does not exist, then it answers 400 naming the field', async () => {
    expect(
      failingPaths(await hr.post('/units', { name: 'Unit X', code: uniqueCode(), parentId: GHOST })),
    ).toEqual(['parentId']);
    expect(
      failingPaths(await hr.post('/units', { name: 'Unit X', code: uniqueCode(), headId: GHOST })),
    ).toEqual(['headId']);
  });

  it('when a unit id is unknown, then GET, PATCH and acting officials answer 404', async () => {
    expectError(await hr.get(`/units/${GHOST}`), 404, 'NOT_FOUND');
    expectError(await hr.patch(`/units/${GHOST}`, { name: 'Nama Baru' }), 404, 'NOT_FOUND');
    expectError(await hr.get(`/units/${GHOST}/acting-officials`), 404, 'NOT_FOUND');
    const emp = await createEmployee(hr, (await createUnit(hr)).id);
    const acting = { employeeId: emp.id, kind: 'plt', startDate: '2026-01-01', endDate: '2026-01-31' };
    expectError(await hr.post(`/units/${GHOST}/acting-officials`, acting), 404, 'NOT_FOUND');
    expectError(await hr.delete(`/units/${GHOST}/acting-officials/${GHOST}`), 404, 'NOT_FOUND');
  });

  it('when a unit id is not a UUID, then it answers 400 naming id', async () => {
    expect(failingPaths(await hr.get('/units/123'))).toEqual(['id']);
  });

  it('when a unit is moved under its own descendant, then it answers 409 and nothing changes', async () => {
    const a = await createUnit(hr);
    const b = await createUnit(hr, { parentId: a.id });
    const c = await createUnit(hr, { parentId: b.id });
    const res = await hr.patch(`/units/${a.id}`, { parentId: c.id });
    expectError(res, 409, 'CONFLICT');
    expectError(await hr.patch(`/units/${a.id}`, { parentId: b.id }), 409, 'CONFLICT');
    expectError(await hr.patch(`/units/${a.id}`, { parentId: a.id }), 409, 'CONFLICT');
    expect((await hr.get(`/units/${a.id}`)).json()).toMatchObject({ parentId: null, version: 1 });
    // Moving the other way round is fine.
    expect((await hr.patch(`/units/${c.id}`, { parentId: a.id })).statusCode).toBe(200);
  });

  it('when PATCH sends a stale version, then it answers 409; the current version succeeds and increments', async () => {
    const u = await createUnit(hr);
    const ok = await hr.patch(`/units/${u.id}`, { name: 'Nama Pertama', version: 1 });
    expect(ok.json()).toMatchObject({ name: 'Nama Pertama', version: 2 });
    const stale = await hr.patch(`/units/${u.id}`, { name: 'Nama Kedua', version: 1 });
    expect(expectError(stale, 409, 'CONFLICT').details).toEqual({ reason: 'stale_version' });
    expect((await hr.get(`/units/${u.id}`)).json()).toMatchObject({ name: 'Nama Pertama', version: 2 });
  });

  it('when the head is set and cleared, then the unit shows it and then none', async () => {
    const u = await createUnit(hr);
    const e = await createEmployee(hr, u.id);
    expect((await hr.patch(`/units/${u.id}`, { headId: e.id })).json()).toMatchObject({
      headId: e.id,
      head: { id: e.id },
    });
    expect((await hr.patch(`/units/${u.id}`, { headId: null })).json()).toMatchObject({
      headId: null,
      head: null,
    });
  });

  it('when units are listed, then they come in tree order with a correct total and paging', async () => {
    const root = await createUnit(hr, { code: 'zz-root', name: 'Root' });
    await createUnit(hr, { code: 'zz-root-b', name: 'Bidang B', parentId: root.id });
    const a = await createUnit(hr, { code: 'zz-root-a', name: 'Bidang A', parentId: root.id });
    await createUnit(hr, { code: 'zz-root-a-1', name: 'Seksi A1', parentId: a.id });

    const all = await hr.get('/units?limit=200');
    const body = all.json<{ items: Array<{ code: string }>; total: number }>();
    expect(body.total).toBe(await countRows(t.database, 'units'));
    const codes = body.items.map((u) => u.code).filter((c) => c.startsWith('zz-root'));
    expect(codes).toEqual(['zz-root', 'zz-root-a', 'zz-root-a-1', 'zz-root-b']);

    const idx = body.items.findIndex((u) => u.code === 'zz-root-a');
    const page = await hr.get(`/units?limit=2&offset=${idx}`);
    expect(page.json<{ items: Array<{ code: string }> }>().items.map((u) => u.code)).toEqual([
      'zz-root-a',
      'zz-root-a-1',
    ]);
    expect(page.json<{ total: number }>().total).toBe(body.total);
  });

  it('when the unit tree is read, then it has depth and active employee counts in depth-first order', async () => {
    const root = await createUnit(hr, { code: 'yy-root', name: 'Root Y' });
    const child = await createUnit(hr, { code: 'yy-root-1', name: 'Child Y', parentId: root.id });
    await createEmployee(hr, child.id);
    const gone = await createEmployee(hr, child.id);
    await createEmployee(hr, child.id);
    await hr.patch(`/employees/${gone.id}`, { active: false });

    const res = await hr.get('/units/tree');
    const items = res.json<{
      items: Array<{ id: string; code: string; depth: number; employeeCount: number }>;
    }>().items;
    const i = items.findIndex((x) => x.id === root.id);
    expect(items[i]).toMatchObject({ depth: 0, employeeCount: 0, code: 'yy-root' });
    expect(items[i + 1]).toMatchObject({ id: child.id, depth: 1, employeeCount: 2 });
  });

  it.each([
    ['limit above 200', '?limit=201', 'limit'],
    ['limit 0', '?limit=0', 'limit'],
    ['a negative offset', '?offset=-1', 'offset'],
    ['a non-numeric limit', '?limit=ten', 'limit'],
  ])('when /units is asked with %s, then it answers 400 naming it', async (_, qs, path) => {
    expect(failingPaths(await hr.get(`/units${qs}`))).toEqual([path]);
  });
});

describe('acting officials (Plt/Plh)', () => {
  it('when an acting official is named, then it shows as actingHead only within its date range (WIB dates)', async () => {
    // A token does not expire while the clock moves; sessions would. The clock is put back at the end.
    const start = t.clock.now();
    onTestFinished(() => t.clock.set(start));
    const token = (await hr.post('/auth/tokens', { name: 'acting' })).json<{ token: string }>().token;
    const api = bearerClient(t.app, token);
    const parent = await createUnit(api);
    const unit = await createUnit(api, { parentId: parent.id });
    const plt = await createEmployee(api, parent.id, { name: 'Pelaksana Tugas' });
    const res = await api.post(`/units/${unit.id}/acting-officials`, {
      employeeId: plt.id,
      kind: 'plt',
      startDate: '2027-03-01',
      endDate: '2027-03-31',
      note: 'SK Bupati 800/12',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      unitId: unit.id,
      employeeId: plt.id,
      employeeName: 'Pelaksana Tugas',
      kind: 'plt',
    });

    const actingNow = async () => {
      const one = (await api.get(`/units/${unit.id}`)).json<{ actingHead: unknown }>().actingHead;
      const tree = (await api.get('/units/tree')).json<{
        items: Array<{ id: string; actingHead: unknown }>;
      }>();
      const list = (await api.get('/units?limit=200')).json<{
        items: Array<{ id: string; actingHead: unknown }>;
      }>();
      expect(tree.items.find((u) => u.id === unit.id)!.actingHead).toEqual(one);
      expect(list.items.find((u) => u.id === unit.id)!.actingHead).toEqual(one);
      return one;
    };
    const expected = {
      employeeId: plt.id,
      name: 'Pelaksana Tugas',
      kind: 'plt',
      startDate: '2027-03-01',
      endDate: '2027-03-31',
    };

    t.clock.set(new Date('2027-02-28T16:59:59Z')); // 23:59:59 WIB on 28 February
    expect(await actingNow()).toBeNull();
    t.clock.set(new Date('2027-02-28T17:00:00Z')); // 00:00 WIB on 1 March
    expect(await actingNow()).toEqual(expected);
    t.clock.set(new Date('2027-03-31T16:59:00Z')); // 23:59 WIB on 31 March
    expect(await actingNow()).toEqual(expected);
    t.clock.set(new Date('2027-03-31T17:00:00Z')); // 00:00 WIB on 1 April
    expect(await actingNow()).toBeNull();
    // The parent unit is not affected.
    expect((await api.get(`/units/${parent.id}`)).json()).toMatchObject({ actingHead: null });

    // Listing keeps past assignments; removing one takes it away.
    t.clock.set(new Date('2027-03-10T03:00:00Z'));
    const listed = (await api.get(`/units/${unit.id}/acting-officials`)).json<{
      items: Array<{ id: string }>;
    }>();
    expect(listed.items).toHaveLength(1);
    const id = listed.items[0]!.id;
    expectError(await api.delete(`/units/${parent.id}/acting-officials/${id}`), 404, 'NOT_FOUND');
    expect((await api.delete(`/units/${unit.id}/acting-officials/${id}`)).statusCode).toBe(204);
    expect(await actingNow()).toBeNull();
    expectError(await api.delete(`/units/${unit.id}/acting-officials/${id}`), 404, 'NOT_FOUND');
  });

  it('when the end date is before the start date or the employee is unknown, then it answers 400 naming the field', async () => {
    const unit = await createUnit(hr);
    const e = await createEmployee(hr, unit.id);
    const base = { employeeId: e.id, kind: 'plh', startDate: '2027-05-10', endDate: '2027-05-09' };
    const res = await hr.post(`/units/${unit.id}/acting-officials`, base, EN);
    expect(failingPaths(res)).toEqual(['endDate']);
    expect(detailsOf(res)[0]!.message).toBe('The end date must be on or after the start date.');
    expect(
      failingPaths(
        await hr.post(`/units/${unit.id}/acting-officials`, {
          ...base,
          employeeId: GHOST,
          endDate: '2027-05-10',
        }),
      ),
    ).toEqual(['employeeId']);
    expect(
      failingPaths(
        await hr.post(`/units/${unit.id}/acting-officials`, {
          ...base,
          kind: 'boss',
          startDate: '2027-13-01',
        }),
      ),
    ).toEqual(['kind', 'startDate']);
  });
});
