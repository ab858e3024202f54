import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../../../test/helpers.js';
import {
  adminClient,
  createEmployee,
  createUnit,
  expectError,
  failingPaths,
  pppkNip,
  type EmployeeBody,
} from '../../../../test/factories.js';
import { detailsOf, employeeBody, GHOST } from '../../../../test/org-fixtures.js';

const EN = { 'accept-language': 'en' };

/**
 * Employees (registration, NIP rules, supervisors) and the employee directory. Every test makes its own units and
 * employees; the directory's tests only read the people their describe block's `beforeAll` registers.
 */
let t: TestApp;
let hr: Client;

beforeAll(async () => {
  t = await createTestApp();
  hr = await adminClient(t.app, t.database, 'hr');
});
afterAll(async () => t.close());

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
