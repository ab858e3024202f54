import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/helpers.js';
import { parseNip } from '../../domain/people/nip.js';
import { employeeRuleIssues } from '../../domain/people/schemas.js';
import { verifyAuditChain } from '../platform/audit.js';
import { dateIn } from '../../domain/dates.js';
import { finalizationOpensOn } from '../../domain/evaluations/timing.js';
import {
  actingOfficials,
  auditLog,
  employeeTransfers,
  employees,
  evaluations,
  periods,
  trainings,
  units,
  users,
  workPlans,
} from '../platform/db/schema.js';
import { verifyPassword } from '../platform/security.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';
import { DEMO_EMPLOYEES } from './demo-data.js';
import { seedDemo, supervisorsFirst } from './demo.js';
import { DEMO_TRAININGS } from './training-catalogue.js';

type EmployeeRecord = typeof employees.$inferSelect;

/** Follows supervisor links from every employee; fails on a dangling link or a cycle. Returns the tops. */
function checkChain(rows: ReadonlyArray<Pick<EmployeeRecord, 'id' | 'supervisorId'>>): string[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const tops = new Set<string>();
  for (const start of rows) {
    const seen = new Set<string>();
    let cur = start;
    while (cur.supervisorId) {
      if (seen.has(cur.id)) throw new Error(`supervisor cycle through ${cur.id}`);
      seen.add(cur.id);
      const next = byId.get(cur.supervisorId);
      if (!next) throw new Error(`${cur.id} has a supervisor that does not exist`);
      cur = next;
    }
    tops.add(cur.id);
  }
  return [...tops];
}

describe('seedDemo', () => {
  let database: TestDatabase;
  let result: { units: number; employees: number; users: number };
  let emps: EmployeeRecord[];

  beforeAll(async () => {
    database = await openTestDatabase();
    result = await seedDemo(database);
    emps = await database.db.select().from(employees);
  });
  afterAll(async () => {
    await database?.dispose();
  });

  it('when seeded, then it creates the Kemuning organisation with about 80 employees', async () => {
    expect(result.employees).toBeGreaterThanOrEqual(75);
    expect(result.employees).toBeLessThanOrEqual(90);
    expect(emps).toHaveLength(result.employees);
    const unitRows = await database.db.select().from(units);
    expect(unitRows).toHaveLength(result.units);
    const root = unitRows.filter((u) => u.parentId === null);
    expect(root.map((u) => u.code)).toEqual(['KMN']);
    const names = unitRows.map((u) => u.name);
    for (const expected of [
      'Sekretariat Daerah',
      'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
      'Dinas Kesehatan',
      'Puskesmas Kemuning',
      'Dinas Pendidikan',
      'Kecamatan Kemuning',
    ]) {
      expect(names).toContain(expected);
    }
    expect(emps.some((e) => e.asnType === 'PPPK')).toBe(true);
  });

  it('when seeded, then every NIP is valid for its ASN type and every record passes the employee rules', () => {
    for (const e of emps) {
      expect(parseNip(e.nip, e.asnType).ok, `${e.name} ${e.nip}`).toBe(true);
      expect(employeeRuleIssues(e), e.name).toEqual([]);
    }
    expect(new Set(emps.map((e) => e.nip)).size).toBe(emps.length);
  });

  it('when seeded, then everyone but the Sekretaris Daerah has a supervisor and the chain has no cycle', () => {
    const withoutSupervisor = emps.filter((e) => e.supervisorId === null);
    expect(withoutSupervisor).toHaveLength(1);
    expect(withoutSupervisor[0]!.positionTitle).toBe('Sekretaris Daerah');
    expect(checkChain(emps)).toEqual([withoutSupervisor[0]!.id]);
  });

  it('when seeded, then every unit has a head or a Plt covering 2026, and heads work in their unit', async () => {
    const unitRows = await database.db.select().from(units);
    const acting = await database.db.select().from(actingOfficials);
    expect(acting.length).toBeGreaterThanOrEqual(1);
    const byId = new Map(emps.map((e) => [e.id, e]));
    for (const u of unitRows) {
      if (u.parentId === null) continue; // the kabupaten is led by the Bupati, who is not an employee
      if (u.headId) {
        expect(byId.get(u.headId)?.unitId, u.name).toBe(u.id);
      } else {
        const plt = acting.find((a) => a.unitId === u.id);
        expect(plt, `${u.name} has neither a head nor a Plt`).toBeDefined();
        expect(plt!.kind).toBe('plt');
        expect(plt!.startDate <= '2026-01-01' && plt!.endDate >= '2026-12-31').toBe(true);
      }
    }
  });

  it('when seeded, then staff report to their unit head and unit heads to the leader above', async () => {
    const byNip = new Map(emps.map((e) => [e.nip, e]));
    const byKey = new Map(DEMO_EMPLOYEES.map((d) => [d.key, byNip.get(d.nip)!]));
    expect(byKey.get('puskesmas-perawat')!.supervisorId).toBe(byKey.get('puskesmas-kepala')!.id);
    expect(byKey.get('puskesmas-kepala')!.supervisorId).toBe(byKey.get('dinkes-kepala')!.id);
    expect(byKey.get('dinkes-kepala')!.supervisorId).toBe(byKey.get('setda-sekda')!.id);
    expect(byKey.get('kec-camat')!.supervisorId).toBe(byKey.get('setda-sekda')!.id);
    expect(byKey.get('dinkes-kesmas-penyuluh')!.supervisorId).toBe(byKey.get('dinkes-sekretaris')!.id);
  });

  it('when seeded, then every demo account exists with its roles, employee link and the demo password', async () => {
    const accounts = await database.db.select().from(users);
    const byNip = new Map(DEMO_EMPLOYEES.map((d) => [d.key, d.nip]));
    const empById = new Map(emps.map((e) => [e.id, e]));
    for (const account of DEMO_ACCOUNTS) {
      const user = accounts.find((u) => u.username === account.username);
      expect(user, account.username).toBeDefined();
      expect([...user!.roles].sort()).toEqual([...account.roles].sort());
      if (account.employeeKey) {
        expect(empById.get(user!.employeeId!)?.nip).toBe(byNip.get(account.employeeKey));
      } else {
        expect(user!.employeeId).toBeNull();
      }
      expect(await verifyPassword(user!.passwordHash, DEMO_PASSWORD)).toBe(true);
    }
  });

  it('when seeded, then every other employee has an account named by their NIP', async () => {
    const accounts = await database.db.select().from(users);
    expect(accounts).toHaveLength(result.users);
    const byEmployee = new Map(accounts.filter((u) => u.employeeId).map((u) => [u.employeeId!, u]));
    const demoUsernames = new Set(DEMO_ACCOUNTS.map((a) => a.username));
    for (const e of emps) {
      const user = byEmployee.get(e.id);
      expect(user, e.name).toBeDefined();
      if (demoUsernames.has(user!.username)) continue;
      expect(user!.username).toBe(e.nip);
      expect(user!.roles).toEqual(['employee']);
    }
    // one password hash, shared
    expect(new Set(accounts.map((u) => u.passwordHash)).size).toBe(1);
  });

  it('when seeded, then the audit chain verifies and records the seed', async () => {
    const verified = await verifyAuditChain(database.db);
    expect(verified.ok).toBe(true);
    const entries = await database.db.select().from(auditLog);
    const seed = entries.find((e) => e.action === 'seed.demo');
    expect(seed?.after).toMatchObject({
      units: result.units,
      employees: result.employees,
      users: result.users,
    });
  });

  it('when seeded, then the Kemuning training catalogue is there, one programme inactive', async () => {
    const rows = await database.db.select().from(trainings);
    expect(rows.map((r) => r.code).sort()).toEqual(DEMO_TRAININGS.map((d) => d.code).sort());
    expect(rows.filter((r) => !r.active).map((r) => r.code)).toEqual(['KMN-PP-00']);
    const entries = await database.db.select().from(auditLog);
    expect(entries.filter((e) => e.action === 'training.seed')).toHaveLength(DEMO_TRAININGS.length);
  });

  it('when seeded, then a nurse has moved to Puskesmas Sukamaju on 1 July with one plan before and one after', async () => {
    const [transfer] = await database.db.select().from(employeeTransfers);
    expect(transfer).toBeDefined();
    const plans = (
      await database.db.select().from(workPlans).where(eq(workPlans.employeeId, transfer!.employeeId))
    ).sort((a, b) => a.startDate.localeCompare(b.startDate));
    expect(plans.map((p) => [p.status, p.startDate.slice(5), p.endDate?.slice(5) ?? null])).toEqual([
      ['approved', '01-01', '06-30'],
      ['approved', '07-01', null],
    ]);
    expect(plans.map((p) => p.unitId)).toEqual([transfer!.fromUnitId, transfer!.toUnitId]);
    expect(transfer).toMatchObject({ endedPlanId: plans[0]!.id, newPlanId: plans[1]!.id });
    const nurse = emps.find((e) => e.id === transfer!.employeeId)!;
    expect(nurse.unitId).toBe(transfer!.toUnitId);
  });

  it('when seeded after two months can be finalised, then the Sekda has a final evaluation by the Bupati', async () => {
    const today = dateIn(new Date());
    const open = (await database.db.select().from(periods)).filter(
      (p) => p.kind === 'periodic' && finalizationOpensOn(p.endDate) <= today,
    );
    const sekda = emps.find((e) => e.supervisorId === null)!;
    const rows = await database.db.select().from(evaluations).where(eq(evaluations.employeeId, sekda.id));
    expect(rows).toHaveLength(open.length >= 2 ? 1 : 0);
    for (const ev of rows)
      expect(ev).toMatchObject({
        status: 'final',
        assessorId: null,
        headsUnit: true,
        predicate: 'baik',
        finalizedByName: 'Bupati Kemuning',
      });
  });

  it('when seeded twice, then the second run refuses and changes nothing', async () => {
    await expect(seedDemo(database)).rejects.toThrow(/Refusing to seed/);
    expect(await database.db.select().from(employees)).toHaveLength(result.employees);
  });
});

describe('supervisorsFirst', () => {
  it('when rows list staff before their supervisor, then it orders supervisors first', () => {
    const rows = [
      { id: 'c', supervisorId: 'b' },
      { id: 'b', supervisorId: 'a' },
      { id: 'a', supervisorId: null },
    ];
    expect(supervisorsFirst(rows).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('when supervisors form a cycle, then it throws', () => {
    expect(() =>
      supervisorsFirst([
        { id: 'a', supervisorId: 'b' },
        { id: 'b', supervisorId: 'a' },
      ]),
    ).toThrow(/cycle/);
  });
});
