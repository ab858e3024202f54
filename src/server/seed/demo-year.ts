import { and, asc, eq, sql } from 'drizzle-orm';
import { BEHAVIOUR_VALUES } from '../../domain/work-plans/berakhlak.js';
import { finalizationOpensOn } from '../../domain/evaluations/timing.js';
import { dateIn } from '../../domain/dates.js';
import type { Executor } from '../platform/db/client.js';
import {
  employeeTransfers,
  employees,
  evaluations,
  orgPredicates,
  periods,
  planResults,
  users,
  workPlans,
} from '../platform/db/schema.js';
import { DEFAULT_AGENCY_HEAD } from '../modules/evaluations/index.js';
import { personSnapshot } from '../modules/work-plans/index.js';
import { insertApprovedPlan, type DemoResult } from './demo-plans.js';

/** The nurse who moves from Puskesmas Kemuning to Puskesmas Sukamaju on 1 July of the demo year. */
export const DEMO_TRANSFER = {
  employee: 'puskesmas-perawat-3',
  from: 'puskesmas-kepala',
  to: 'puskesmas-skm-kepala',
  month: 7,
} as const;

const BEFORE: DemoResult[] = [
  {
    text: 'Terlaksananya asuhan keperawatan kesehatan keluarga di wilayah Puskesmas Kemuning',
    indicators: [
      {
        text: 'Jumlah keluarga rawan yang mendapat kunjungan asuhan keperawatan',
        aspect: 'quantity',
        target: 60,
        unit: 'keluarga',
        category: 'effectiveness',
      },
    ],
  },
];
const AFTER: DemoResult[] = [
  {
    text: 'Terlaksananya pelayanan keperawatan rawat jalan di Puskesmas Sukamaju',
    indicators: [
      {
        text: 'Persentase pasien rawat jalan yang dilayani sesuai standar asuhan keperawatan',
        aspect: 'quality',
        target: 95,
        unit: '%',
        category: 'effectiveness',
      },
    ],
  },
];

async function employeeRow(tx: Executor, id: string) {
  const [row] = await tx
    .select({ id: employees.id, unitId: employees.unitId, supervisorId: employees.supervisorId })
    .from(employees)
    .where(eq(employees.id, id));
  return row ?? null;
}

/**
 * A transfer (mutasi) of the demo year, as `POST /employees/:id/transfers` would leave it once both plans were
 * approved: the first plan in Puskesmas Kemuning ends on 30 June, the employee moves, the second plan runs from
 * 1 July with the Kepala Puskesmas Sukamaju as assessor.
 */
async function seedTransfer(
  tx: Executor,
  cycle: { id: string; year: number; startDate: string },
  ids: Map<string, string>,
  firstResult: Map<string, string>,
  now: Date,
) {
  const [personId, fromId, toId] = [
    ids.get(DEMO_TRANSFER.employee),
    ids.get(DEMO_TRANSFER.from),
    ids.get(DEMO_TRANSFER.to),
  ];
  if (!personId || !fromId || !toId) return;
  const [person, to] = [await employeeRow(tx, personId), await employeeRow(tx, toId)];
  if (!person || !to) return;
  const effective = `${cycle.year}-${String(DEMO_TRANSFER.month).padStart(2, '0')}-01`;
  const lastDay = `${cycle.year}-${String(DEMO_TRANSFER.month - 1).padStart(2, '0')}-30`;
  const ended = await insertApprovedPlan(
    tx,
    {
      id: personId,
      supervisorId: fromId,
      unitId: person.unitId,
      cycleId: cycle.id,
      startDate: cycle.startDate,
      endDate: lastDay,
    },
    BEFORE,
    firstResult.get(fromId) ?? null,
    now,
  );
  await tx
    .update(employees)
    .set({ unitId: to.unitId, supervisorId: toId, version: sql`${employees.version} + 1`, updatedAt: now })
    .where(eq(employees.id, personId));
  const current = await insertApprovedPlan(
    tx,
    {
      id: personId,
      supervisorId: toId,
      unitId: to.unitId,
      cycleId: cycle.id,
      startDate: effective,
      endDate: null,
    },
    AFTER,
    firstResult.get(toId) ?? null,
    now,
  );
  await tx.insert(employeeTransfers).values({
    employeeId: personId,
    cycleId: cycle.id,
    effectiveDate: effective,
    fromUnitId: person.unitId,
    toUnitId: to.unitId,
    fromSupervisorId: fromId,
    toSupervisorId: toId,
    endedPlanId: ended.planId,
    newPlanId: current.planId,
    note: 'Mutasi untuk pemerataan tenaga keperawatan antarpuskesmas.',
    createdAt: now,
    updatedAt: now,
  });
}

/**
 * The Sekda (no supervisor) evaluated by the Bupati for the month before the latest one whose finalisation has
 * opened (that one is left for the Bupati to try): the Sekretariat Daerah's organisation predicate "Baik" set by the
 * Bupati, and the Sekda's final "Baik" with the result rating bound to it.
 */
async function seedSekdaEvaluation(tx: Executor, cycleId: string, ids: Map<string, string>, now: Date) {
  const sekdaId = ids.get('setda-sekda');
  const [bupati] = await tx.select({ id: users.id }).from(users).where(eq(users.username, 'bupati'));
  if (!sekdaId || !bupati) return;
  const today = dateIn(now);
  const finalisable = (
    await tx
      .select()
      .from(periods)
      .where(and(eq(periods.cycleId, cycleId), eq(periods.kind, 'periodic')))
      .orderBy(asc(periods.index))
  ).filter((p) => finalizationOpensOn(p.endDate) <= today);
  const period = finalisable[finalisable.length - 2];
  const [plan] = await tx
    .select()
    .from(workPlans)
    .where(and(eq(workPlans.employeeId, sekdaId), eq(workPlans.cycleId, cycleId)));
  const employee = await personSnapshot(tx, sekdaId);
  if (!period || !plan || !employee) return;
  const results = await tx
    .select({ id: planResults.id })
    .from(planResults)
    .where(eq(planResults.workPlanId, plan.id))
    .orderBy(asc(planResults.position));
  await tx.insert(orgPredicates).values({
    unitId: plan.unitId,
    periodId: period.id,
    predicate: 'baik',
    basis: 'Capaian Indikator Kinerja Utama Sekretariat Daerah sesuai target.',
    setBy: bupati.id,
    setByName: DEFAULT_AGENCY_HEAD.name,
    createdAt: now,
    updatedAt: now,
  });
  await tx.insert(evaluations).values({
    workPlanId: plan.id,
    periodId: period.id,
    employeeId: sekdaId,
    assessorId: null,
    unitId: plan.unitId,
    headsUnit: true,
    status: 'final',
    resultRatings: results.map((r) => ({ resultId: r.id, rating: 'meets' as const, comment: null })),
    resultRating: 'meets',
    behaviourRatings: BEHAVIOUR_VALUES.map((value) => ({ value, rating: 'meets' as const, comment: null })),
    behaviourRating: 'meets',
    strengths: 'Koordinasi perangkat daerah berjalan baik.',
    improvements: 'Percepat tindak lanjut hasil evaluasi pelayanan publik.',
    predicate: 'baik',
    snapshot: {
      employee,
      assessor: null,
      assessorSuperior: null,
      acting: null,
      agencyHead: DEFAULT_AGENCY_HEAD,
    },
    finalizedAt: now,
    finalizedBy: bupati.id,
    finalizedByName: DEFAULT_AGENCY_HEAD.name,
    createdAt: now,
    updatedAt: now,
  });
}

/** The edges of a real agency year in the demo (issue 10): a transfer, and the Sekda evaluated by the Bupati. */
export async function seedDemoYear(
  tx: Executor,
  cycle: { id: string; year: number; startDate: string },
  ids: Map<string, string>,
  firstResult: Map<string, string>,
  now: Date,
) {
  await seedTransfer(tx, cycle, ids, firstResult, now);
  await seedSekdaEvaluation(tx, cycle.id, ids, now);
}
