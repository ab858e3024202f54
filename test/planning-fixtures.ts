import { cycles, periods } from '../src/server/platform/db/schema.js';
import type { Database } from '../src/server/platform/db/client.js';
import type { Client } from './helpers.js';
import type { TestApp } from './helpers.js';
import { accountFor, adminClient, createEmployee, createUnit } from './factories.js';

/** A cycle row straight into the database (the cycles module has its own tests). */
export async function insertCycle(database: Database, year: number) {
  const [cycle] = await database.db
    .insert(cycles)
    .values({ year, startDate: `${year}-01-01`, endDate: `${year}-12-31`, frequency: 'quarterly' })
    .returning();
  await database.db.insert(periods).values([
    ...[1, 2, 3, 4].map((q) => ({
      cycleId: cycle!.id,
      kind: 'periodic' as const,
      index: q,
      label: `Triwulan ${q} ${year}`,
      startDate: `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`,
      endDate: `${year}-${String(q * 3).padStart(2, '0')}-${q === 1 || q === 4 ? '31' : '30'}`,
    })),
    {
      cycleId: cycle!.id,
      kind: 'annual' as const,
      index: 0,
      label: `Tahunan ${year}`,
      startDate: `${year}-01-01`,
      endDate: `${year}-12-31`,
    },
  ]);
  return cycle!;
}

export interface Team {
  hr: Client;
  admin: Client;
  /** head of the Dinas: top of the chain (no supervisor) */
  kadis: { id: string; client: Client };
  /** Kepala Puskesmas: supervised by kadis, supervises nurse and midwife */
  kapus: { id: string; client: Client };
  nurse: { id: string; client: Client };
  midwife: { id: string; client: Client };
  /** someone in another unit, unrelated */
  outsider: { id: string; client: Client };
  unitId: string;
}

/** Dinas Kesehatan → Puskesmas with a supervisor chain and an account for each person. */
export async function buildTeam(t: TestApp, adminName = 'admin'): Promise<Team> {
  const admin = await adminClient(t.app, t.database, adminName);
  const dinkes = await createUnit(admin, { name: 'Dinas Kesehatan' });
  const pkm = await createUnit(admin, { name: 'Puskesmas Kemuning', parentId: dinkes.id });
  const other = await createUnit(admin, { name: 'Dinas Pendidikan' });
  const kadis = await createEmployee(admin, dinkes.id, {
    name: 'dr. Kepala Dinas',
    positionType: 'jpt',
    rank: 'IV/c',
    positionTitle: 'Kepala Dinas Kesehatan',
  });
  await admin.patch(`/units/${dinkes.id}`, { headId: kadis.id });
  const kapus = await createEmployee(admin, pkm.id, {
    name: 'dr. Kepala Puskesmas',
    supervisorId: kadis.id,
    positionType: 'pengawas',
    rank: 'IV/a',
    positionTitle: 'Kepala Puskesmas',
  });
  await admin.patch(`/units/${pkm.id}`, { headId: kapus.id });
  const nurse = await createEmployee(admin, pkm.id, {
    name: 'Siti Perawat',
    supervisorId: kapus.id,
    positionTitle: 'Perawat Terampil',
  });
  const midwife = await createEmployee(admin, pkm.id, {
    name: 'Bidan Ani',
    supervisorId: kapus.id,
    positionTitle: 'Bidan Terampil',
  });
  const outsider = await createEmployee(admin, other.id, { name: 'Guru Lain' });
  const account = async (id: string) => ({ id, client: await accountFor(t.app, admin, ['employee'], id) });
  return {
    hr: admin,
    admin,
    kadis: await account(kadis.id),
    kapus: await account(kapus.id),
    nurse: await account(nurse.id),
    midwife: await account(midwife.id),
    outsider: await account(outsider.id),
    unitId: pkm.id,
  };
}
