import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/helpers.js';
import { employeeRuleIssues } from '../../domain/people/schemas.js';
import { verifyAuditChain } from '../platform/audit.js';
import { auditLog, employees, units } from '../platform/db/schema.js';
import { planSynthetic, seedSynthetic } from './synthetic.js';

/** Follows supervisor links from every employee; fails on a dangling link or a cycle. Returns the tops. */
function checkChain(rows: ReadonlyArray<{ id: string; supervisorId: string | null }>): string[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const depth = new Map<string, string>(); // id → its top, memoised
  for (const start of rows) {
    const path: string[] = [];
    const seen = new Set<string>();
    let cur = start;
    let top: string | undefined;
    for (;;) {
      const known = depth.get(cur.id);
      if (known) {
        top = known;
        break;
      }
      if (seen.has(cur.id)) throw new Error(`supervisor cycle through ${cur.id}`);
      seen.add(cur.id);
      path.push(cur.id);
      if (!cur.supervisorId) {
        top = cur.id;
        break;
      }
      const next = byId.get(cur.supervisorId);
      if (!next) throw new Error(`${cur.id} has a supervisor that does not exist`);
      cur = next;
    }
    for (const id of path) depth.set(id, top);
  }
  return [...new Set(depth.values())];
}

const nipList = async (database: TestDatabase) =>
  await database.db
    .select({ nip: employees.nip, name: employees.name })
    .from(employees)
    .orderBy(asc(employees.nip));

describe('seedSynthetic', () => {
  let first: TestDatabase;
  let second: TestDatabase;
  const progress: Array<[number, number]> = [];
  let result: { units: number; employees: number };

  beforeAll(async () => {
    first = await openTestDatabase();
    result = await seedSynthetic(first, {
      employees: 500,
      onProgress: (done, total) => progress.push([done, total]),
    });
  });
  afterAll(async () => {
    await first?.dispose();
    await second?.dispose();
  });

  it('when asked for 500 employees, then it creates 500 employees in about 31 units and reports progress', async () => {
    expect(result).toEqual({ units: 31, employees: 500 });
    expect(await first.db.select().from(employees)).toHaveLength(500);
    expect(await first.db.select().from(units)).toHaveLength(31);
    expect(progress.at(-1)).toEqual([500, 500]);
  });

  it('when seeded, then every NIP is valid and unique and every record passes the employee rules', async () => {
    const rows = await first.db.select().from(employees);
    for (const e of rows) expect(employeeRuleIssues(e), `${e.name} ${e.nip} ${e.asnType}`).toEqual([]);
    expect(new Set(rows.map((e) => e.nip)).size).toBe(rows.length);
    expect(rows.some((e) => e.asnType === 'PPPK')).toBe(true);
  });

  it('when seeded, then the supervisor chain is complete: one top, no cycles', async () => {
    const rows = await first.db.select().from(employees);
    const tops = rows.filter((e) => e.supervisorId === null);
    expect(tops).toHaveLength(1);
    expect(tops[0]!.positionTitle).toBe('Sekretaris Daerah');
    expect(checkChain(rows)).toEqual([tops[0]!.id]);
  });

  it('when seeded, then the units form one tree and every unit but the root has a head from that unit', async () => {
    const unitRows = await first.db.select().from(units);
    const rows = await first.db.select().from(employees);
    const empById = new Map(rows.map((e) => [e.id, e]));
    const roots = unitRows.filter((u) => u.parentId === null);
    expect(roots).toHaveLength(1);
    const byId = new Map(unitRows.map((u) => [u.id, u]));
    for (const u of unitRows) {
      let cur = u;
      for (let i = 0; cur.parentId; i++) {
        expect(i).toBeLessThan(unitRows.length);
        cur = byId.get(cur.parentId)!;
      }
      expect(cur.id).toBe(roots[0]!.id);
      if (u.parentId === null) continue;
      expect(u.headId, u.name).not.toBeNull();
      expect(empById.get(u.headId!)?.unitId).toBe(u.id);
    }
    expect(unitRows.filter((u) => u.parentId === roots[0]!.id).length).toBeGreaterThan(1);
  });

  it('when seeded, then the audit chain verifies and holds the seed entry', async () => {
    expect((await verifyAuditChain(first.db)).ok).toBe(true);
    const entries = await first.db.select().from(auditLog);
    expect(entries.map((e) => e.action)).toEqual(['seed.synthetic']);
  });

  it('when seeded into a second fresh database, then names and NIPs are the same', async () => {
    second = await openTestDatabase();
    await seedSynthetic(second, { employees: 500 });
    expect(await nipList(second)).toEqual(await nipList(first));
  });

  it('when data already exists, then it refuses', async () => {
    await expect(seedSynthetic(first, { employees: 10 })).rejects.toThrow(/Refusing to seed/);
  });
});

describe('planSynthetic', () => {
  it('when the size is not a positive whole number, then it throws', () => {
    expect(() => planSynthetic(0)).toThrow();
    expect(() => planSynthetic(1.5)).toThrow();
  });

  it('when sizes vary, then the counts are exact and every supervisor comes first', () => {
    for (const n of [1, 7, 40, 333, 10_000]) {
      const plan = planSynthetic(n);
      expect(plan.employees).toHaveLength(n);
      expect(plan.units).toHaveLength(Math.max(1, Math.round(n / 16)));
      plan.employees.forEach((e, i) => {
        if (e.supervisor !== null) expect(e.supervisor).toBeLessThan(i);
      });
      expect(new Set(plan.employees.map((e) => e.nip)).size).toBe(n);
    }
  });

  it('when the seed differs, then the organisation differs', () => {
    expect(planSynthetic(100, 1).employees[50]!.nip).not.toBe(planSynthetic(100, 2).employees[50]!.nip);
  });
});
