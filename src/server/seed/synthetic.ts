/**
 * A synthetic kabupaten of any size, for benchmarks and scale tests: N employees in about N/16 units
 * (root → up to 40 perangkat daerah → bidang / bagian / seksi / UPTD), a complete supervisor chain, valid and
 * unique NIPs. Deterministic: the same `employees` and `seed` always give the same names, NIPs and structure
 * (only the row ids are fresh UUIDs).
 */
import { appendAudit } from '../platform/audit.js';
import { systemContext } from '../platform/context.js';
import type { Database } from '../platform/db/client.js';
import type { FunctionalLevel, PositionType } from '../../domain/people/ranks.js';
import { mulberry32, NipFactory, personName, Random, rankBetween } from './synthetic-random.js';
import { planUnits, type PlannedUnit } from './synthetic-units.js';
import {
  DEGREES,
  FUNCTIONAL,
  LEVEL_NAMES,
  LEVEL_RANKS,
  MASTERS,
  OFFICE_TOPICS,
  PELAKSANA,
  PPPK_LEVEL_RANKS,
  SKILL_LEVELS,
  TOPICS,
} from './synthetic-vocabulary.js';
import {
  assertNoOrganisation,
  insertEmployees,
  insertUnits,
  setUnitHeads,
  type EmployeeRow,
  type UnitRow,
} from './demo.js';

export interface SyntheticOptions {
  employees: number;
  /** PRNG seed (default 2026) */
  seed?: number;
  /** called after each batch of employees is written */
  onProgress?: (done: number, total: number) => void;
}

export interface SyntheticResult {
  units: number;
  employees: number;
}

export const MAX_SYNTHETIC_EMPLOYEES = 200_000;

// ── Plan ────────────────────────────────────────────────────────────────────────────────────────────────────────

export interface SyntheticEmployee {
  nip: string;
  name: string;
  asnType: 'PNS' | 'PPPK';
  rank: string;
  positionTitle: string;
  positionType: PositionType;
  functionalLevel: FunctionalLevel | null;
  /** index into `units` */
  unit: number;
  /** index into `employees`, always smaller than the employee's own index */
  supervisor: number | null;
}

export interface SyntheticPlan {
  units: Array<{ code: string; name: string; parent: number | null; head: number | null }>;
  employees: SyntheticEmployee[];
}

/** Builds the whole organisation in memory; pure and deterministic for a given size and seed. */
export function planSynthetic(employeeCount: number, seed = 2026): SyntheticPlan {
  if (!Number.isInteger(employeeCount) || employeeCount < 1 || employeeCount > MAX_SYNTHETIC_EMPLOYEES) {
    throw new Error(`employees must be a whole number from 1 to ${MAX_SYNTHETIC_EMPLOYEES}`);
  }
  const rng = new Random(mulberry32(seed));
  const nips = new NipFactory(rng);
  const unitCount = Math.max(1, Math.round(employeeCount / 16));
  const planned = planUnits(rng, unitCount);
  const employees: SyntheticEmployee[] = [];
  const unitHead: Array<number | null> = planned.map(() => null);

  const addLeader = (
    unitIndex: number,
    spec: NonNullable<PlannedUnit['head']>,
    supervisor: number | null,
  ) => {
    const sex: 1 | 2 = rng.chance(0.6) ? 1 : 2;
    const older =
      spec.type === 'jpt' ? [1966, 1975] : spec.type === 'administrator' ? [1968, 1982] : [1972, 1988];
    const title =
      spec.type === 'jpt'
        ? `${rng.pick(DEGREES)} ${rng.pick(MASTERS)}`
        : rng.pick(DEGREES) + (rng.chance(0.5) ? ` ${rng.pick(MASTERS)}` : '');
    employees.push({
      nip: nips.pns(older[0]!, older[1]!, sex),
      name: personName(
        rng,
        sex,
        sex === 2 && rng.chance(0.15) ? 'Hj. ' : sex === 1 && rng.chance(0.15) ? 'H. ' : '',
        title.replace(' ', ', '),
      ),
      asnType: 'PNS',
      rank: rankBetween(rng, spec.ranks),
      positionTitle: spec.title,
      positionType: spec.type,
      functionalLevel: spec.level ?? null,
      unit: unitIndex,
      supervisor,
    });
    return employees.length - 1;
  };

  // Leaders, level by level, so every supervisor precedes their staff.
  if (planned.length === 1) {
    unitHead[0] = addLeader(0, { title: 'Sekretaris Daerah', type: 'jpt', ranks: ['IV/d', 'IV/d'] }, null);
  } else {
    let top: number | null = null;
    for (let i = 1; i < planned.length; i++) {
      const u = planned[i]!;
      if (u.parent !== 0) continue;
      unitHead[i] = addLeader(i, u.head!, top);
      top ??= unitHead[i]!;
    }
    for (let i = 1; i < planned.length; i++) {
      const u = planned[i]!;
      if (u.parent === 0 || u.parent === null) continue;
      unitHead[i] = addLeader(i, u.head!, unitHead[u.parent]!);
    }
  }
  const leaders = employees.length;
  const remaining = Math.max(0, employeeCount - leaders);

  // Staff per unit, in proportion to the unit weights (the kabupaten itself has no staff of its own).
  const staffUnits = planned.length === 1 ? [0] : planned.map((_, i) => i).filter((i) => i !== 0);
  const weights = staffUnits.map((i) => (planned.length === 1 ? 1 : planned[i]!.weight));
  const cumulative: number[] = [];
  weights.reduce((s, w, k) => (cumulative[k] = s + w), 0);
  const total = cumulative[cumulative.length - 1]!;
  const staffCount = new Map<number, number>();
  for (let i = 0; i < remaining; i++) {
    const r = rng.float() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    const u = staffUnits[lo]!;
    staffCount.set(u, (staffCount.get(u) ?? 0) + 1);
  }

  // Section heads (pengawas) first, then staff, unit by unit.
  const sectionHeads = new Map<number, number[]>();
  for (const u of staffUnits) {
    const n = staffCount.get(u) ?? 0;
    const k = planned[u]!.sections ? Math.floor(n / 8) : 0;
    const list: number[] = [];
    for (let s = 0; s < k; s++) {
      const sex: 1 | 2 = rng.chance(0.55) ? 1 : 2;
      const office = /^(Sekretariat|Bagian)/.test(planned[u]!.name);
      const topic = office ? OFFICE_TOPICS[s % OFFICE_TOPICS.length]! : TOPICS[s % TOPICS.length]!;
      const round = Math.floor(s / (office ? OFFICE_TOPICS.length : TOPICS.length));
      employees.push({
        nip: nips.pns(1972, 1990, sex),
        name: personName(rng, sex, '', rng.pick(DEGREES)),
        asnType: 'PNS',
        rank: rankBetween(rng, ['III/d', 'IV/a']),
        positionTitle: `Kepala ${office ? 'Subbagian' : 'Seksi'} ${topic}${round > 0 ? ` ${round + 1}` : ''}`,
        positionType: 'pengawas',
        functionalLevel: null,
        unit: u,
        supervisor: unitHead[u]!,
      });
      list.push(employees.length - 1);
    }
    sectionHeads.set(u, list);
    staffCount.set(u, n - k);
  }
  for (const u of staffUnits) {
    const n = staffCount.get(u) ?? 0;
    const sections = sectionHeads.get(u) ?? [];
    for (let s = 0; s < n; s++) {
      const sexRoll: 1 | 2 = rng.chance(0.5) ? 1 : 2;
      const roll = rng.float();
      const supervisor = sections.length > 0 && roll < 0.45 ? sections[s % sections.length]! : unitHead[u]!;
      if (roll < 0.45) {
        const [title, lo, hi] = rng.pick(PELAKSANA);
        const pppk = rng.chance(0.15);
        employees.push({
          nip: pppk ? nips.pppk(1980, 2001, sexRoll) : nips.pns(1970, 2000, sexRoll),
          name: personName(rng, sexRoll, '', rng.chance(0.5) ? rng.pick(['A.Md.', ...DEGREES]) : ''),
          asnType: pppk ? 'PPPK' : 'PNS',
          rank: pppk ? rng.pick(['V', 'VII']) : rankBetween(rng, [lo, hi]),
          positionTitle: title,
          positionType: 'pelaksana',
          functionalLevel: null,
          unit: u,
          supervisor,
        });
      } else {
        const position = rng.pick(FUNCTIONAL);
        const level = rng.pick(position.levels);
        const sex: 1 | 2 = position.femaleOnly ? 2 : sexRoll;
        const pppkRank = PPPK_LEVEL_RANKS[level];
        const pppk = pppkRank !== undefined && rng.chance(0.3);
        const older =
          level === 'ahli_madya' ? [1966, 1980] : level === 'ahli_muda' ? [1970, 1988] : [1975, 2000];
        const degree = SKILL_LEVELS.includes(level) ? position.diploma : position.degree;
        employees.push({
          nip: pppk
            ? nips.pppk(Math.max(1975, older[0]!), older[1]!, sex)
            : nips.pns(older[0]!, older[1]!, sex),
          name: personName(rng, sex, position.stem === 'Dokter' ? 'dr. ' : '', degree),
          asnType: pppk ? 'PPPK' : 'PNS',
          rank: pppk && pppkRank ? pppkRank : rankBetween(rng, LEVEL_RANKS[level]),
          positionTitle: `${position.stem} ${LEVEL_NAMES[level]}`,
          positionType: 'fungsional',
          functionalLevel: level,
          unit: u,
          supervisor,
        });
      }
    }
  }

  return {
    units: planned.map((u, i) => ({
      code: u.code,
      name: u.name,
      parent: u.parent,
      head: unitHead[i] ?? null,
    })),
    employees: employees.slice(0, employeeCount),
  };
}

/**
 * Seeds a synthetic organisation of `employees` people into an empty database: 1000-row inserts in one
 * transaction, ending with one `seed.synthetic` audit entry. Refuses when units or employees exist.
 */
export async function seedSynthetic(database: Database, options: SyntheticOptions): Promise<SyntheticResult> {
  const { db } = database;
  const seed = options.seed ?? 2026;
  const plan = planSynthetic(options.employees, seed);
  await assertNoOrganisation(db, 'synthetic data');

  const unitIds = plan.units.map(() => crypto.randomUUID());
  const employeeIds = plan.employees.map(() => crypto.randomUUID());
  const unitRows: UnitRow[] = plan.units.map((u, i) => ({
    id: unitIds[i]!,
    code: u.code,
    name: u.name,
    parentId: u.parent === null ? null : unitIds[u.parent]!,
  }));
  const employeeRows: EmployeeRow[] = plan.employees.map((e, i) => ({
    id: employeeIds[i]!,
    nip: e.nip,
    name: e.name,
    asnType: e.asnType,
    rank: e.rank,
    positionTitle: e.positionTitle,
    positionType: e.positionType,
    functionalLevel: e.functionalLevel,
    unitId: unitIds[e.unit]!,
    supervisorId: e.supervisor === null ? null : employeeIds[e.supervisor]!,
  }));
  const heads = plan.units.flatMap((u, i) =>
    u.head === null || u.head >= employeeIds.length
      ? []
      : [{ unitId: unitIds[i]!, headId: employeeIds[u.head]! }],
  );
  const total = employeeRows.length;

  await db.transaction(async (tx) => {
    await assertNoOrganisation(tx, 'synthetic data');
    await insertUnits(tx, unitRows);
    options.onProgress?.(0, total);
    await insertEmployees(tx, employeeRows, (done) => options.onProgress?.(done, total));
    await setUnitHeads(tx, heads);
    await appendAudit(tx, systemContext('seed'), {
      action: 'seed.synthetic',
      entityType: 'unit',
      entityId: unitIds[0]!,
      after: { units: unitRows.length, employees: total, seed },
    });
  });
  return { units: unitRows.length, employees: total };
}
