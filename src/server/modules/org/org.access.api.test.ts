import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, type Client, createTestApp, type TestApp } from '../../../../test/helpers.js';
import {
  adminClient,
  createEmployee,
  createUnit,
  expectError,
  pnsNip,
  roleClients,
  upload,
  type EmployeeBody,
  type UnitBody,
} from '../../../../test/factories.js';

/**
 * Who reaches which organisation endpoint: the directory is open to every signed-in role, writes to hr_admin
 * only (an admin without hr_admin included), and nothing to anonymous callers.
 */
let t: TestApp;
let admin: Client;
let roles: Awaited<ReturnType<typeof roleClients>>;
let unit: UnitBody;
let emp: EmployeeBody;
let actingId: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await adminClient(t.app, t.database);
  roles = await roleClients(t.app, admin);
  unit = await createUnit(admin, { code: 'ROOT', name: 'Sekretariat Daerah' });
  emp = await createEmployee(admin, unit.id);
  const acting = await admin.post(`/units/${unit.id}/acting-officials`, {
    employeeId: emp.id,
    kind: 'plt',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
  });
  expect(acting.statusCode).toBe(201);
  actingId = acting.json<{ id: string }>().id;
});
afterAll(async () => t.close());

const READS: Array<[string, () => string]> = [
  ['GET /units', () => '/units'],
  ['GET /units/tree', () => '/units/tree'],
  ['GET /units/:id', () => `/units/${unit.id}`],
  ['GET /units/:id/acting-officials', () => `/units/${unit.id}/acting-officials`],
  ['GET /employees', () => '/employees'],
  ['GET /employees?q=', () => '/employees?q=pegawai&subunits=true&unitId=' + unit.id],
  ['GET /employees/:id', () => `/employees/${emp.id}`],
];

type RoleName = keyof typeof roles;
const SIGNED_IN: RoleName[] = ['adminOnly', 'hrAdmin', 'agencyHead', 'auditor', 'employee'];
const NOT_HR: RoleName[] = ['adminOnly', 'agencyHead', 'auditor', 'employee'];

describe('directory reads', () => {
  for (const [name, url] of READS) {
    it.each(SIGNED_IN)(`when %s calls ${name}, then it answers 200`, async (role) => {
      const res = await roles[role].get(url());
      expect(res.statusCode).toBe(200);
    });

    it(`when an anonymous caller calls ${name}, then it answers 401`, async () => {
      expectError(await anonymous(t.app).get(url()), 401, 'UNAUTHENTICATED');
    });
  }

  it('when an employee reads the directory, then they see the same data HR sees', async () => {
    const mine = await roles.employee.get(`/employees/${emp.id}`);
    const hr = await roles.hrAdmin.get(`/employees/${emp.id}`);
    expect(mine.json()).toEqual(hr.json());
    expect((await roles.auditor.get('/units/tree')).json()).toEqual(
      (await roles.hrAdmin.get('/units/tree')).json(),
    );
  });
});

/** Each write, as a request any role can send; `check` verifies the hr_admin result. */
interface Write {
  name: string;
  send: (c: Client) => Promise<LightMyRequestResponse>;
  ok: number;
}

let seq = 0;
const WRITES: Write[] = [
  {
    name: 'POST /units',
    send: (c) => c.post('/units', { name: 'Dinas Baru', code: `NEW${++seq}`, parentId: unit.id }),
    ok: 201,
  },
  {
    name: 'PATCH /units/:id',
    send: (c) => c.patch(`/units/${unit.id}`, { name: `Sekretariat ${++seq}` }),
    ok: 200,
  },
  {
    name: 'POST /units/:id/acting-officials',
    send: (c) =>
      c.post(`/units/${unit.id}/acting-officials`, {
        employeeId: emp.id,
        kind: 'plh',
        startDate: '2027-01-01',
        endDate: '2027-01-31',
      }),
    ok: 201,
  },
  {
    name: 'POST /employees',
    send: (c) =>
      c.post('/employees', {
        nip: pnsNip(),
        name: 'Pegawai Baru',
        asnType: 'PNS',
        rank: 'II/a',
        positionTitle: 'Pengadministrasi',
        positionType: 'pelaksana',
        unitId: unit.id,
      }),
    ok: 201,
  },
  {
    name: 'PATCH /employees/:id',
    send: (c) => c.patch(`/employees/${emp.id}`, { positionTitle: `Analis ${++seq}` }),
    ok: 200,
  },
  {
    name: 'POST /imports/units',
    send: (c) =>
      upload(c, '/imports/units', {
        filename: 'u.csv',
        content: `kode,nama,kode_induk\nIMP${++seq},Unit Impor,ROOT\n`,
      }),
    ok: 200,
  },
  {
    name: 'POST /imports/employees',
    send: (c) =>
      upload(c, '/imports/employees', {
        filename: 'e.csv',
        content:
          'nip,nama,jenis_asn,golongan,jabatan,jenis_jabatan,kode_unit\n' +
          `${pnsNip()},Pegawai Impor,PNS,III/a,Analis,pelaksana,ROOT\n`,
      }),
    ok: 200,
  },
  {
    name: 'GET /imports/templates/employees.csv',
    send: (c) => c.get('/imports/templates/employees.csv'),
    ok: 200,
  },
];

async function snapshot() {
  const [units, employees, acting, audit] = await Promise.all([
    t.database.query<{ n: string }>('SELECT count(*) AS n FROM units'),
    t.database.query<{ n: string }>('SELECT count(*) AS n, max(version) AS v FROM employees'),
    t.database.query<{ n: string }>('SELECT count(*) AS n FROM acting_officials'),
    t.database.query<{ n: string }>('SELECT count(*) AS n FROM audit_log'),
  ]);
  return { units: units[0], employees: employees[0], acting: acting[0], audit: audit[0] };
}

describe('organisation writes', () => {
  for (const w of WRITES) {
    it.each(NOT_HR)(`when %s calls ${w.name}, then it answers 403 and nothing changes`, async (role) => {
      const before = await snapshot();
      expectError(await w.send(roles[role]), 403, 'FORBIDDEN');
      expect(await snapshot()).toEqual(before);
    });

    it(`when an anonymous caller calls ${w.name}, then it answers 401`, async () => {
      expectError(await w.send(anonymous(t.app)), 401, 'UNAUTHENTICATED');
    });

    it(`when hr_admin calls ${w.name}, then it succeeds`, async () => {
      const res = await w.send(roles.hrAdmin);
      expect(res.statusCode, res.body).toBe(w.ok);
    });
  }

  it('when a non-hr role removes an acting official, then it answers 403; hr_admin gets 204', async () => {
    for (const role of NOT_HR) {
      expectError(
        await roles[role].delete(`/units/${unit.id}/acting-officials/${actingId}`),
        403,
        'FORBIDDEN',
      );
    }
    expectError(
      await anonymous(t.app).delete(`/units/${unit.id}/acting-officials/${actingId}`),
      401,
      'UNAUTHENTICATED',
    );
    expect((await roles.hrAdmin.delete(`/units/${unit.id}/acting-officials/${actingId}`)).statusCode).toBe(
      204,
    );
  });
});
