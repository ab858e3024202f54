import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, login, type TestApp } from '../../../../test/helpers.js';
import {
  adminClient,
  bearerClient,
  countRows,
  createEmployee,
  createUnit,
  expectError,
  failingPaths,
  PASSWORD,
  pnsNip,
  pppkNip,
  type EmployeeBody,
} from '../../../../test/factories.js';

const GHOST = '00000000-0000-4000-8000-000000000000';
const EN = { 'accept-language': 'en' };

let t: TestApp;
let hr: Client;
let n = 0;
const code = (prefix = 'C') => `${prefix}${++n}`;

beforeAll(async () => {
  t = await createTestApp();
  hr = await adminClient(t.app, t.database, 'hr');
});
afterAll(async () => t.close());

function employeeBody(unitId: string, over: Record<string, unknown> = {}) {
  return {
    nip: pnsNip(),
    name: `Pegawai ${++n}`,
    asnType: 'PNS',
    rank: 'III/a',
    positionTitle: 'Analis Kebijakan',
    positionType: 'pelaksana',
    unitId,
    ...over,
  };
}

type NipDetail = { path: string; code: string; message: string; part?: string };
const detailsOf = (res: { json: () => unknown }) =>
  (res.json() as { error: { details: NipDetail[] } }).error.details;

describe('units', () => {
  it('when HR creates a unit with a parent and a head, then it answers 201 with the unit', async () => {
    const parent = await createUnit(hr, { code: code('DIN'), name: 'Dinas Pendidikan' });
    const boss = await createEmployee(hr, parent.id, { name: 'Kepala Dinas' });
    const res = await hr.post('/units', {
      name: '  Bidang SD  ',
      code: code('BID'),
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
    const c = code('dup');
    await createUnit(hr, { code: c });
    expectError(await hr.post('/units', { name: 'Lain', code: c.toUpperCase() }), 409, 'CONFLICT');
    const other = await createUnit(hr);
    expectError(await hr.patch(`/units/${other.id}`, { code: c }), 409, 'CONFLICT');
  });

  it('when the parent or head does not exist, then it answers 400 naming the field', async () => {
    expect(failingPaths(await hr.post('/units', { name: 'Unit X', code: code(), parentId: GHOST }))).toEqual([
      'parentId',
    ]);
    expect(failingPaths(await hr.post('/units', { name: 'Unit X', code: code(), headId: GHOST }))).toEqual([
      'headId',
    ]);
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

describe('employees', () => {
  it('when HR registers an employee, then it answers 201 with the formatted NIP, rank label, unit and supervisor', async () => {
    const unit = await createUnit(hr, { name: 'Bagian Umum' });
    const boss = await createEmployee(hr, unit.id, { name: 'Atasan Satu' });
    const res = await hr.post('/employees', {
      nip: '19671110 199203 1 001',
      name: 'Sri Wahyuni',
      asnType: 'PNS',
      rank: 'IV/a',
      positionTitle: 'Kepala Bagian',
      positionType: 'administrator',
      unitId: unit.id,
      supervisorId: boss.id,
      email: 'sri@kemuning.go.id',
    });
    expect(res.statusCode).toBe(201);
    const e = res.json<Record<string, unknown>>();
    expect(e).toMatchObject({
      nip: '196711101992031001',
      nipFormatted: '19671110 199203 1 001',
      name: 'Sri Wahyuni',
      rank: 'IV/a',
      rankLabel: 'Pembina (IV/a)',
      functionalLevel: null,
      unit: { id: unit.id, code: unit.code, name: 'Bagian Umum' },
      supervisorId: boss.id,
      supervisor: { id: boss.id, name: 'Atasan Satu', nip: boss.nip },
      email: 'sri@kemuning.go.id',
      active: true,
      version: 1,
    });
    expect((await hr.get(`/employees/${String(e.id)}`)).json()).toEqual(e);
  });

  it('when a PPPK employee with a golongan and a fungsional level is registered, then it is accepted', async () => {
    const unit = await createUnit(hr);
    const res = await hr.post(
      '/employees',
      employeeBody(unit.id, {
        nip: pppkNip(),
        asnType: 'PPPK',
        rank: 'IX',
        positionType: 'fungsional',
        functionalLevel: 'ahli_pertama',
      }),
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      asnType: 'PPPK',
      rankLabel: 'Golongan IX',
      functionalLevel: 'ahli_pertama',
    });
  });

  it.each([
    ['an impossible birth date', 'PNS', 'III/a', '196713101992031001', ['birthDate']],
    ['29 February of a non-leap year', 'PNS', 'III/a', '196702291992031001', ['birthDate']],
    ['TMT month 13', 'PNS', 'III/a', '196711101992131001', ['tmt']],
    ['a TMT before the 18th birthday', 'PNS', 'III/a', '199001152008011001', ['tmtBeforeAdulthood']],
    ['sex digit 3', 'PNS', 'III/a', '196711101992033001', ['sex']],
    ['serial 000', 'PNS', 'III/a', '196711101992031000', ['serial']],
    ['17 digits', 'PNS', 'III/a', '19671110199203100', ['length']],
    ['letters', 'PNS', 'III/a', '1967111019920310AB', ['format']],
    ['PPPK code 20', 'PPPK', 'IX', '199001012021201001', ['pppkCode']],
    ['PPPK code 32', 'PPPK', 'IX', '199001012021321001', ['pppkCode']],
    ['a PPPK TMT year before adulthood', 'PPPK', 'IX', '199001012007211001', ['tmtBeforeAdulthood']],
    ['sex 0 and serial 000', 'PNS', 'III/a', '196711101992030000', ['sex', 'serial']],
  ])(
    'when the NIP has %s, then it answers 400 naming the failing part',
    async (_, asnType, rank, nip, parts) => {
      const unit = await createUnit(hr);
      const res = await hr.post('/employees', employeeBody(unit.id, { nip, asnType, rank }), EN);
      const details = detailsOf(res);
      expect(failingPaths(res)).toEqual(parts.map(() => 'nip'));
      expect(details.map((d) => d.part)).toEqual(parts);
      expect(details.map((d) => d.code)).toEqual(parts.map((p) => `nip.${p}`));
      for (const d of details) expect(d.message).toMatch(/NIP/);
    },
  );

  it('when the NIP is already registered (typed with spaces or not), then it answers 409 CONFLICT', async () => {
    const unit = await createUnit(hr);
    const first = await createEmployee(hr, unit.id);
    const spaced = `${first.nip.slice(0, 8)} ${first.nip.slice(8, 14)} ${first.nip.slice(14, 15)} ${first.nip.slice(15)}`;
    expectError(await hr.post('/employees', employeeBody(unit.id, { nip: first.nip })), 409, 'CONFLICT');
    const res = await hr.post('/employees', employeeBody(unit.id, { nip: spaced }), EN);
    expect(expectError(res, 409, 'CONFLICT').message).toBe('This NIP is already registered.');
    const other = await createEmployee(hr, unit.id);
    expectError(await hr.patch(`/employees/${other.id}`, { nip: first.nip }), 409, 'CONFLICT');
  });

  it.each([
    ['a PPPK golongan for a PNS', { rank: 'IX' }, ['rank']],
    ['a PNS rank for a PPPK', { asnType: 'PPPK', nip: '199001012021211001', rank: 'III/a' }, ['rank']],
    ['an unknown rank', { rank: 'V/a' }, ['rank']],
    ['fungsional without a level', { positionType: 'fungsional' }, ['functionalLevel']],
    [
      'a level for a structural position',
      { positionType: 'pengawas', functionalLevel: 'mahir' },
      ['functionalLevel'],
    ],
    ['an unknown level', { positionType: 'fungsional', functionalLevel: 'senior' }, ['functionalLevel']],
  ])('when the body has %s, then it answers 400 naming the field', async (_, over, paths) => {
    const unit = await createUnit(hr);
    expect(failingPaths(await hr.post('/employees', employeeBody(unit.id, over)))).toEqual(paths);
  });

  it('when the unit or supervisor does not exist, then it answers 400 naming the field', async () => {
    const unit = await createUnit(hr);
    expect(failingPaths(await hr.post('/employees', employeeBody(GHOST)))).toEqual(['unitId']);
    expect(failingPaths(await hr.post('/employees', employeeBody(unit.id, { supervisorId: GHOST })))).toEqual(
      ['supervisorId'],
    );
  });

  it('when an employee id is unknown, then GET and PATCH answer 404', async () => {
    expectError(await hr.get(`/employees/${GHOST}`), 404, 'NOT_FOUND');
    expectError(await hr.patch(`/employees/${GHOST}`, { name: 'Nama Baru' }), 404, 'NOT_FOUND');
  });

  it("when a supervisor change would close a chain (A→B→C, then A's supervisor C), then it answers 409", async () => {
    const unit = await createUnit(hr);
    const a = await createEmployee(hr, unit.id);
    const b = await createEmployee(hr, unit.id, { supervisorId: a.id });
    const c = await createEmployee(hr, unit.id, { supervisorId: b.id });
    const res = await hr.request('PATCH', `/employees/${a.id}`, { supervisorId: c.id }, EN);
    const err = expectError(res, 409, 'CONFLICT');
    expect(err.message).toBe('This supervisor would make the supervisor chain circular.');
    expect(JSON.stringify(err.details)).toContain('circular_supervisor');
    expectError(await hr.patch(`/employees/${a.id}`, { supervisorId: b.id }), 409, 'CONFLICT');
    expect((await hr.get(`/employees/${a.id}`)).json()).toMatchObject({ supervisorId: null, version: 1 });
  });

  it('when an employee is made their own supervisor, then it answers 409', async () => {
    const unit = await createUnit(hr);
    const a = await createEmployee(hr, unit.id);
    expectError(await hr.patch(`/employees/${a.id}`, { supervisorId: a.id }), 409, 'CONFLICT');
  });

  it('when the supervisor is changed to someone outside the chain, then it succeeds and can be cleared', async () => {
    const unit = await createUnit(hr);
    const a = await createEmployee(hr, unit.id);
    const b = await createEmployee(hr, unit.id, { supervisorId: a.id });
    const c = await createEmployee(hr, unit.id);
    const moved = await hr.patch(`/employees/${b.id}`, { supervisorId: c.id, version: 1 });
    expect(moved.json()).toMatchObject({ supervisorId: c.id, supervisor: { id: c.id }, version: 2 });
    // A→… the old chain is gone, so A may now report to B.
    expect((await hr.patch(`/employees/${a.id}`, { supervisorId: b.id })).statusCode).toBe(200);
    expect((await hr.patch(`/employees/${b.id}`, { supervisorId: null })).json()).toMatchObject({
      supervisorId: null,
      supervisor: null,
    });
  });

  it('when PATCH sends a stale version, then it answers 409 and nothing changes', async () => {
    const unit = await createUnit(hr);
    const e = await createEmployee(hr, unit.id);
    expect((await hr.patch(`/employees/${e.id}`, { name: 'Nama Benar', version: 1 })).statusCode).toBe(200);
    expectError(await hr.patch(`/employees/${e.id}`, { name: 'Nama Basi', version: 1 }), 409, 'CONFLICT');
    expect((await hr.get(`/employees/${e.id}`)).json()).toMatchObject({ name: 'Nama Benar', version: 2 });
  });

  it('when PATCH makes the record break a rule, then it answers 400 naming the field', async () => {
    const unit = await createUnit(hr);
    const e = await createEmployee(hr, unit.id);
    expect(failingPaths(await hr.patch(`/employees/${e.id}`, { positionType: 'fungsional' }))).toEqual([
      'functionalLevel',
    ]);
    expect(failingPaths(await hr.patch(`/employees/${e.id}`, { rank: 'XII' }))).toEqual(['rank']);
    const nip = await hr.patch(`/employees/${e.id}`, { nip: '196711101992039001' });
    expect(detailsOf(nip).map((d) => d.part)).toEqual(['sex']);
    // Switching to PPPK while keeping a PNS NIP and rank fails on both.
    const pppk = detailsOf(await hr.patch(`/employees/${e.id}`, { asnType: 'PPPK' }));
    expect(pppk.map((d) => [d.path, d.part])).toEqual([
      ['nip', 'pppkCode'],
      ['rank', undefined],
    ]);
    expect((await hr.get(`/employees/${e.id}`)).json()).toMatchObject({
      version: 1,
      positionType: 'pelaksana',
    });
  });

  it('when an employee moves from a functional to a structural position, then the level is dropped', async () => {
    const unit = await createUnit(hr);
    const e = await createEmployee(hr, unit.id, { positionType: 'fungsional', functionalLevel: 'ahli_muda' });
    const res = await hr.patch(`/employees/${e.id}`, { positionType: 'pengawas' });
    expect(res.json()).toMatchObject({ positionType: 'pengawas', functionalLevel: null });
  });
});

describe('employee directory: search, filters and paging', () => {
  let unit: { id: string };
  let sub: { id: string };
  let other: { id: string };
  let boss: EmployeeBody;

  beforeAll(async () => {
    unit = await createUnit(hr, { code: 'SRCH', name: 'Unit Pencarian' });
    sub = await createUnit(hr, { code: 'SRCH-1', name: 'Sub Pencarian', parentId: unit.id });
    other = await createUnit(hr, { code: 'SRCH-X', name: 'Unit Lain' });
    boss = await createEmployee(hr, unit.id, { nip: '195003151975031002', name: 'Bambang Kartawidjaja' });
    await createEmployee(hr, unit.id, {
      nip: '195003151975032003',
      name: 'Siti Kartini',
      supervisorId: boss.id,
    });
    await createEmployee(hr, sub.id, {
      nip: '198801012015031004',
      name: 'Andi Fungsional',
      positionType: 'fungsional',
      functionalLevel: 'ahli_muda',
      supervisorId: boss.id,
    });
    await createEmployee(hr, sub.id, {
      nip: '199001012021211005',
      name: 'Dewi Kontrak',
      asnType: 'PPPK',
      rank: 'IX',
    });
    await createEmployee(hr, other.id, { nip: '195003151975031099', name: 'Joko Lain Unit' });
  });

  const names = async (qs: string) => {
    const res = await hr.get(`/employees?${qs}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ items: Array<{ name: string }>; total: number }>();
    return { names: body.items.map((e) => e.name), total: body.total };
  };

  it('when searching by part of a name in any case, then the matching employees are found', async () => {
    expect(await names('q=KARTA')).toEqual({ names: ['Bambang Kartawidjaja'], total: 1 });
    expect((await names('q=kart')).names).toEqual(['Bambang Kartawidjaja', 'Siti Kartini']);
  });

  it('when searching by a NIP prefix (with or without the printed spaces), then the matching employees are found', async () => {
    expect((await names('q=19500315')).names).toEqual([
      'Bambang Kartawidjaja',
      'Joko Lain Unit',
      'Siti Kartini',
    ]);
    expect((await names(`q=${encodeURIComponent('19500315 197503 2')}`)).names).toEqual(['Siti Kartini']);
    expect((await names('q=195003151975031099')).names).toEqual(['Joko Lain Unit']);
  });

  it('when the search text holds LIKE wildcards, then they match literally', async () => {
    expect(await names('q=%25')).toEqual({ names: [], total: 0 });
    expect(await names('q=_')).toEqual({ names: [], total: 0 });
  });

  it('when filtering by unit, then only that unit; with subunits=true, its sub-units too', async () => {
    expect((await names(`unitId=${unit.id}`)).names).toEqual(['Bambang Kartawidjaja', 'Siti Kartini']);
    expect((await names(`unitId=${unit.id}&subunits=true`)).names).toEqual([
      'Andi Fungsional',
      'Bambang Kartawidjaja',
      'Dewi Kontrak',
      'Siti Kartini',
    ]);
    expect((await names(`unitId=${unit.id}&subunits=false`)).total).toBe(2);
    expect(await names(`unitId=${GHOST}`)).toEqual({ names: [], total: 0 });
  });

  it('when filtering by ASN type, position type or supervisor, then the filters combine', async () => {
    const scope = `unitId=${unit.id}&subunits=true`;
    expect((await names(`${scope}&asnType=PPPK`)).names).toEqual(['Dewi Kontrak']);
    expect((await names(`${scope}&asnType=PNS`)).total).toBe(3);
    expect((await names(`${scope}&positionType=fungsional`)).names).toEqual(['Andi Fungsional']);
    expect((await names(`supervisorId=${boss.id}`)).names).toEqual(['Andi Fungsional', 'Siti Kartini']);
    expect((await names(`${scope}&q=kart&positionType=pelaksana`)).total).toBe(2);
  });

  it('when paging, then total counts all matches and offset/limit slice them in name order', async () => {
    const scope = `unitId=${unit.id}&subunits=true`;
    expect(await names(`${scope}&limit=2`)).toEqual({
      names: ['Andi Fungsional', 'Bambang Kartawidjaja'],
      total: 4,
    });
    expect(await names(`${scope}&limit=2&offset=2`)).toEqual({
      names: ['Dewi Kontrak', 'Siti Kartini'],
      total: 4,
    });
    expect(await names(`${scope}&limit=2&offset=4`)).toEqual({ names: [], total: 4 });
    expect((await names(`${scope}&limit=200`)).total).toBe(4);
  });

  it.each([
    ['limit=201', 'limit'],
    ['limit=0', 'limit'],
    ['offset=-5', 'offset'],
    ['asnType=ASN', 'asnType'],
    ['positionType=boss', 'positionType'],
    ['unitId=abc', 'unitId'],
    [`q=${'x'.repeat(101)}`, 'q'],
  ])('when the query has %s, then it answers 400 naming it', async (qs, path) => {
    expect(failingPaths(await hr.get(`/employees?${qs}`))).toEqual([path]);
  });
});

describe('acting officials (Plt/Plh)', () => {
  it('when an acting official is named, then it shows as actingHead only within its date range (WIB dates)', async () => {
    // A token does not expire while the clock moves; sessions would.
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
    hr = await login(t.app, 'hr', PASSWORD);
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
