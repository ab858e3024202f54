import { eq } from 'drizzle-orm';
import { generatePeriods } from '../../domain/cycles/periods.js';
import { dateIn } from '../../domain/dates.js';
import type { Executor } from '../platform/db/client.js';
import { cycles, employees, periods } from '../platform/db/schema.js';
import { planSnapshot } from '../modules/work-plans/index.js';
import { insertApprovedPlan, type DemoResult } from './demo-plans.js';
import { seedDemoYear } from './demo-year.js';

/** Approved plans for the chain above Puskesmas Kemuning, so that staff can cascade from day one. */
const PLANS: Record<string, DemoResult[]> = {
  'setda-sekda': [
    {
      text: 'Meningkatnya kualitas pelayanan publik Pemerintah Kabupaten Kemuning',
      indicators: [
        {
          text: 'Indeks Kepuasan Masyarakat atas pelayanan publik',
          aspect: 'quality',
          target: 85,
          unit: 'indeks',
          category: 'effectiveness',
        },
      ],
    },
  ],
  'dinkes-kepala': [
    {
      text: 'Meningkatnya derajat kesehatan masyarakat Kabupaten Kemuning',
      indicators: [
        {
          text: 'Angka kematian ibu per 100.000 kelahiran hidup',
          aspect: 'quality',
          target: 90,
          unit: 'per 100.000 KH',
          direction: 'lower',
          category: 'effectiveness',
        },
        {
          text: 'Cakupan imunisasi dasar lengkap',
          aspect: 'quantity',
          target: 95,
          unit: '%',
          // a coverage percentage: the latest figure is the year's
          aggregation: 'latest',
          category: 'effectiveness',
        },
      ],
    },
  ],
  'puskesmas-kepala': [
    {
      text: 'Meningkatnya cakupan dan mutu pelayanan kesehatan dasar di Puskesmas Kemuning',
      indicators: [
        {
          text: 'Jumlah kunjungan pasien rawat jalan yang dilayani',
          aspect: 'quantity',
          target: 18000,
          unit: 'kunjungan',
          category: 'effectiveness',
        },
        {
          text: 'Rata-rata waktu respons pengaduan masyarakat',
          aspect: 'time',
          target: 24,
          unit: 'jam',
          direction: 'lower',
          category: 'efficiency',
        },
      ],
    },
    {
      text: 'Tercapainya imunisasi dasar lengkap di wilayah kerja Puskesmas Kemuning',
      indicators: [
        {
          text: 'Cakupan imunisasi dasar lengkap bayi',
          aspect: 'quantity',
          target: 95,
          unit: '%',
          // a coverage percentage: the latest figure is the year's
          aggregation: 'latest',
          category: 'effectiveness',
        },
      ],
    },
  ],
};

/**
 * The Kepala Puskesmas Sukamaju and three Puskesmas Kemuning staff with approved plans, so that evaluations (and a
 * transfer to Sukamaju) can be tried from the first start.
 */
const STAFF_WITH_PLANS = [
  'puskesmas-skm-kepala',
  'puskesmas-bidan',
  'puskesmas-perawat-2',
  'puskesmas-bidan-2',
];
PLANS['puskesmas-bidan'] = [
  {
    text: 'Terlaksananya pelayanan kesehatan ibu dan anak sesuai standar di Puskesmas Kemuning',
    indicators: [
      {
        text: 'Jumlah ibu hamil yang mendapat pemeriksaan antenatal lengkap (K6)',
        aspect: 'quantity',
        target: 240,
        unit: 'ibu hamil',
        category: 'effectiveness',
      },
    ],
  },
];
PLANS['puskesmas-bidan-2'] = [
  {
    text: 'Terlaksananya pelayanan persalinan dan nifas sesuai standar di Puskesmas Kemuning',
    indicators: [
      {
        text: 'Jumlah persalinan yang ditolong tenaga kesehatan di fasilitas kesehatan',
        aspect: 'quantity',
        target: 180,
        unit: 'persalinan',
        category: 'effectiveness',
      },
    ],
  },
];
PLANS['puskesmas-perawat-2'] = [
  {
    text: 'Terlaksananya asuhan keperawatan rawat jalan sesuai standar pelayanan',
    indicators: [
      {
        text: 'Jumlah pasien rawat jalan yang mendapat asuhan keperawatan',
        aspect: 'quantity',
        target: 3600,
        unit: 'pasien',
        category: 'effectiveness',
      },
    ],
  },
];

const generic = (unitName: string): DemoResult[] => [
  {
    text: `Terlaksananya dukungan manajemen dan pelayanan pada ${unitName}`,
    indicators: [
      {
        text: 'Persentase program kegiatan terlaksana tepat waktu',
        aspect: 'time',
        target: 100,
        unit: '%',
        // a coverage percentage: the latest figure is the year's
        aggregation: 'latest',
        category: 'efficiency',
      },
    ],
  },
];

/**
 * A cycle for the current year with monthly periods, and approved plans from the top down to the Kepala
 * Puskesmas and two of the Puskesmas staff (a midwife and a nurse), each main result cascaded from the one above. Runs inside the demo seed's transaction.
 */
export async function seedDemoPlanning(tx: Executor, employeeIds: Map<string, string>, now = new Date()) {
  const year = Number(dateIn(now).slice(0, 4));
  const range = { year, startDate: `${year}-01-01`, endDate: `${year}-12-31`, frequency: 'monthly' as const };
  const [cycle] = await tx
    .insert(cycles)
    .values({ ...range, planningDeadline: `${year}-01-31` })
    .returning();
  await tx.insert(periods).values(generatePeriods(range).map((p) => ({ ...p, cycleId: cycle!.id })));

  // The chain from the Kepala Puskesmas to the top, top first (then two of the Kepala Puskesmas' staff).
  const chain: Array<{ id: string; supervisorId: string | null; unitId: string }> = [];
  let cur = employeeIds.get('puskesmas-kepala');
  while (cur) {
    const [row] = await tx
      .select({ id: employees.id, supervisorId: employees.supervisorId, unitId: employees.unitId })
      .from(employees)
      .where(eq(employees.id, cur));
    if (!row || chain.some((c) => c.id === row.id)) break;
    chain.unshift(row);
    cur = row.supervisorId ?? undefined;
  }
  for (const key of STAFF_WITH_PLANS) {
    const id = employeeIds.get(key);
    if (!id) continue;
    const [row] = await tx
      .select({ id: employees.id, supervisorId: employees.supervisorId, unitId: employees.unitId })
      .from(employees)
      .where(eq(employees.id, id));
    if (row) chain.push(row);
  }
  const keyOf = new Map([...employeeIds].map(([k, v]) => [v, k]));
  const firstResult = new Map<string, string>();
  for (const person of chain) {
    const snapshot = await planSnapshot(tx, person.id, person.supervisorId);
    const content = PLANS[keyOf.get(person.id) ?? ''] ?? generic(snapshot.employee.unitName);
    const parent = person.supervisorId ? (firstResult.get(person.supervisorId) ?? null) : null;
    const plan = await insertApprovedPlan(
      tx,
      { ...person, cycleId: cycle!.id, startDate: cycle!.startDate, endDate: null },
      content,
      parent,
      now,
    );
    if (plan.firstResultId) firstResult.set(person.id, plan.firstResultId);
  }
  const plans = chain.length;
  await seedDemoYear(tx, { id: cycle!.id, year, startDate: cycle!.startDate }, employeeIds, firstResult, now);
  return { cycleId: cycle!.id, year, plans };
}
