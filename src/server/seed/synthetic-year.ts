/**
 * A year of work for a synthetic kabupaten (seeded first by `seedSynthetic`): one account per employee, a cycle of 12
 * monthly periods, approved plans (two results each, cascaded from the supervisor's, two or three indicators per
 * result), progress entries for every ended month with evidence rows, final periodic evaluations, draft annual
 * evaluations, organisation predicates, feedback, notifications and audit entries that still verify.
 *
 * Fast enough for benchmarks at 10,000 employees: every table is filled by one `INSERT … SELECT` over the rows
 * already there (no row travels through Node), in one transaction. Deterministic: the same organisation and `now`
 * give the same content (only the row ids are fresh UUIDs).
 */
import { sql, type SQL } from 'drizzle-orm';
import { generatePeriods } from '../../domain/cycles/periods.js';
import { dateIn } from '../../domain/dates.js';
import { PNS_RANKS, rankLabel } from '../../domain/people/ranks.js';
import { BEHAVIOUR_VALUES } from '../../domain/work-plans/berakhlak.js';
import { entryHash, GENESIS_HASH, type AuditInput } from '../platform/audit.js';
import type { Database, Executor, Tx } from '../platform/db/client.js';
import { rowsOf } from '../platform/db/rows.js';
import { cycles, periods } from '../platform/db/schema.js';
import { DEFAULT_AGENCY_HEAD } from '../modules/evaluations/index.js';

export interface SyntheticYearOptions {
  /** the password hash every employee account gets (hash once: argon2 per account would take minutes) */
  passwordHash: string;
  /** the seeded year's "today" (default: now); the cycle is this year's, or last year's in January */
  now?: Date;
  /** at most this many audit entries (plan and evaluation steps, oldest first); default all of them */
  maxAuditEntries?: number;
  /** called after each step with its name and the seconds it took */
  onStep?: (step: string, seconds: number) => void;
}

export interface SyntheticYearResult {
  cycleId: string;
  year: number;
  /** periodic periods that have ended (they have progress entries) */
  elapsedPeriods: number;
  /** periodic periods with final evaluations */
  evaluatedPeriods: number;
  /** whether the per-row foreign-key checks were skipped (superuser only; the rows reference what they joined) */
  trustedReferences: boolean;
  counts: Record<string, number>;
}

/** The results a plan can have: the unit's name is appended. */
const RESULTS = [
  'Terlaksananya pelayanan administrasi yang tertib dan tepat waktu',
  'Meningkatnya kualitas perencanaan dan pelaporan kinerja',
  'Terselenggaranya pelayanan publik sesuai standar pelayanan',
  'Tersusunnya dokumen anggaran dan pertanggungjawaban keuangan',
  'Meningkatnya kapasitas dan kompetensi aparatur',
  'Terlaksananya pembinaan dan pengawasan teknis',
  'Terkelolanya data dan informasi secara akurat',
  'Terlaksananya koordinasi program lintas sektor',
];

/** [text, aspect, annual target, unit, category, aggregation] */
const INDICATORS: ReadonlyArray<readonly [string, string, number, string, string, string]> = [
  ['Jumlah dokumen yang diselesaikan', 'quantity', 120, 'dokumen', 'effectiveness', 'sum'],
  ['Persentase layanan yang diselesaikan sesuai standar waktu', 'time', 100, '%', 'efficiency', 'latest'],
  ['Jumlah kegiatan yang dilaksanakan', 'quantity', 24, 'kegiatan', 'effectiveness', 'sum'],
  ['Indeks kepuasan penerima layanan', 'quality', 85, 'indeks', 'effectiveness', 'average'],
  ['Jumlah laporan yang disampaikan tepat waktu', 'quantity', 12, 'laporan', 'efficiency', 'sum'],
  ['Persentase data yang diverifikasi tanpa kesalahan', 'quality', 95, '%', 'effectiveness', 'average'],
  ['Jumlah masyarakat yang dilayani', 'quantity', 1200, 'orang', 'effectiveness', 'sum'],
  ['Persentase rekomendasi yang ditindaklanjuti', 'quality', 90, '%', 'effectiveness', 'average'],
  ['Jumlah inovasi layanan yang diterapkan', 'quantity', 2, 'inovasi', 'innovation', 'sum'],
  ['Rata-rata waktu penyelesaian layanan sesuai SOP', 'time', 100, '%', 'efficiency', 'average'],
];

const FEEDBACK = [
  ['strength', 'Laporan disusun rapi dan disampaikan tepat waktu.'],
  ['improvement', 'Perlu melengkapi bukti dukung pada setiap capaian.'],
  ['strength', 'Koordinasi dengan unit lain berjalan baik.'],
  ['improvement', 'Percepat tindak lanjut atas keluhan penerima layanan.'],
] as const;

const json = (v: unknown) => JSON.stringify(v);

async function exec(tx: Executor, query: SQL): Promise<number> {
  const r = (await tx.execute(query)) as unknown as { rowCount?: number | null; affectedRows?: number };
  return Number(r.rowCount ?? r.affectedRows ?? 0);
}

async function countOf(tx: Executor, table: string): Promise<number> {
  const [row] = rowsOf<{ n: number | string }>(
    await tx.execute(sql.raw(`SELECT count(*) AS n FROM ${table}`)),
  );
  return Number(row?.n ?? 0);
}

/**
 * Runs `fill` with the table's secondary indexes dropped, then builds them again from their own definitions: one
 * index build after a bulk insert is several times faster than maintaining five indexes row by row.
 */
async function withoutIndexes<T>(tx: Executor, table: string, fill: () => Promise<T>): Promise<T> {
  const indexes = rowsOf<{ name: string; def: string }>(
    await tx.execute(
      sql`SELECT i.relname AS name, pg_get_indexdef(i.oid) AS def FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
          WHERE x.indrelid = ${table}::regclass
            AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid)`,
    ),
  );
  for (const i of indexes) await tx.execute(sql.raw(`DROP INDEX "${i.name}"`));
  const out = await fill();
  for (const i of indexes) await tx.execute(sql.raw(i.def));
  return out;
}

/**
 * Skips the per-row foreign-key checks for the rest of the transaction where the role may (a superuser, as on the
 * bench and test databases): every row here is built by joining the rows it references, so they hold by
 * construction (and the consistency test checks them). Elsewhere the checks simply run.
 */
async function trustReferences(tx: Executor): Promise<boolean> {
  try {
    await (tx as Tx).transaction(async (sp) => {
      await sp.execute(sql`SET LOCAL session_replication_role = replica`);
    });
    return true;
  } catch {
    return false;
  }
}

/** Appends the entries to the hash chain as `appendAuditMany` would, in large statements (seeds only). */
async function appendAuditBulk(tx: Executor, label: string, inputs: readonly AuditInput[], at: Date) {
  if (inputs.length === 0) return;
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('kinerja:audit'))`);
  const [last] = rowsOf<{ hash: string }>(
    await tx.execute(sql`SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1`),
  );
  let prevHash = last?.hash ?? GENESIS_HASH;
  const when = new Date(Math.floor(at.getTime()));
  for (let i = 0; i < inputs.length; i += 5000) {
    const rows = inputs.slice(i, i + 5000).map((input) => {
      const fields = {
        id: crypto.randomUUID(),
        at: when,
        actorUserId: null,
        actorLabel: label,
        action: input.action,
        entityType: input.entityType,
        entityId: input.entityId,
        before: input.before === undefined ? null : (JSON.parse(JSON.stringify(input.before)) as unknown),
        after: input.after === undefined ? null : (JSON.parse(JSON.stringify(input.after)) as unknown),
        requestId: null,
        prevHash,
      };
      const hash = entryHash(fields);
      prevHash = hash;
      return { ...fields, at: when.toISOString(), hash };
    });
    await tx.execute(
      sql`INSERT INTO audit_log (id, at, actor_user_id, actor_label, action, entity_type, entity_id, before, after,
            request_id, prev_hash, hash)
          SELECT (e ->> 'id')::uuid, (e ->> 'at')::timestamptz, NULL, e ->> 'actorLabel', e ->> 'action',
            e ->> 'entityType', e ->> 'entityId', e -> 'before', e -> 'after', NULL, e ->> 'prevHash', e ->> 'hash'
          FROM jsonb_array_elements(${json(rows)}::jsonb) WITH ORDINALITY AS x(e, n) ORDER BY n`,
    );
  }
}

/**
 * Seeds the year into a database that holds a synthetic organisation and nothing else (no cycle, no accounts linked
 * to employees). Refuses when a cycle exists.
 */
export async function seedSyntheticYear(
  database: Database,
  options: SyntheticYearOptions,
): Promise<SyntheticYearResult> {
  const now = options.now ?? new Date();
  const today = dateIn(now);
  const month = Number(today.slice(5, 7));
  const year = Number(today.slice(0, 4)) - (month === 1 ? 1 : 0);
  const range = { year, startDate: `${year}-01-01`, endDate: `${year}-12-31`, frequency: 'monthly' as const };
  const plannedPeriods = generatePeriods(range);
  const elapsedPeriods = plannedPeriods.filter((p) => p.kind === 'periodic' && p.endDate < today).length;
  const evaluatedPeriods = Math.max(0, elapsedPeriods - 1);
  const labels = Object.fromEntries(PNS_RANKS.map(([code]) => [code, rankLabel(code)]));
  const at = now.toISOString();
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const out = await run();
    options.onStep?.(name, (performance.now() - t0) / 1000);
    return out;
  };

  return database.db.transaction(async (tx) => {
    if ((await countOf(tx, 'cycles')) > 0)
      throw new Error('Refusing to seed a synthetic year: a cycle exists.');
    const [cycle] = await tx
      .insert(cycles)
      .values({ ...range, planningDeadline: `${year}-01-31`, createdAt: now, updatedAt: now })
      .returning({ id: cycles.id });
    const cycleId = cycle!.id;
    await tx
      .insert(periods)
      .values(plannedPeriods.map((p) => ({ ...p, cycleId, createdAt: now, updatedAt: now })));

    await step('accounts', () =>
      exec(
        tx,
        sql`INSERT INTO users (username, password_hash, roles, employee_id, created_at, updated_at)
            SELECT e.nip, ${options.passwordHash}, ARRAY['employee']::text[], e.id, ${at}::timestamptz, ${at}::timestamptz
            FROM employees e WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.employee_id = e.id) ORDER BY e.nip`,
      ),
    );

    // Everyone with their account, supervisor's account and snapshot person, numbered by NIP (the order of the data).
    await exec(
      tx,
      sql`CREATE TEMP TABLE syn_people ON COMMIT DROP AS
          SELECT e.id AS employee_id, e.supervisor_id, e.unit_id, e.name,
            row_number() OVER (ORDER BY e.nip)::int AS rn,
            (SELECT u.id FROM users u WHERE u.employee_id = e.id ORDER BY u.created_at LIMIT 1) AS user_id,
            EXISTS (SELECT 1 FROM units h WHERE h.head_id = e.id) AS heads_unit,
            jsonb_build_object('id', e.id, 'name', e.name, 'nip', e.nip, 'asnType', e.asn_type, 'rank', e.rank,
              'rankLabel', coalesce(${json(labels)}::jsonb ->> e.rank, 'Golongan ' || e.rank),
              'positionTitle', e.position_title, 'positionType', e.position_type,
              'functionalLevel', e.functional_level, 'unitId', e.unit_id, 'unitName', un.name) AS person,
            un.name AS unit_name
          FROM employees e JOIN units un ON un.id = e.unit_id`,
    );
    await exec(tx, sql`CREATE INDEX ON syn_people (employee_id)`);

    const trusted = await trustReferences(tx);

    // Plans: 96% approved, 2% submitted, 2% draft (the completion dashboard has something to count).
    await step('plans', () =>
      exec(
        tx,
        sql`INSERT INTO work_plans (cycle_id, employee_id, assessor_id, unit_id, start_date, status, approach, snapshot,
              submitted_at, approved_at, approved_by, created_at, updated_at)
            SELECT ${cycleId}::uuid, p.employee_id, p.supervisor_id, p.unit_id, ${range.startDate}::date, st.status,
              'quantitative',
              jsonb_build_object('employee', p.person, 'assessor', s.person, 'headsUnit', p.heads_unit),
              CASE WHEN st.status <> 'draft' THEN ${at}::timestamptz END,
              CASE WHEN st.status = 'approved' THEN ${at}::timestamptz END,
              CASE WHEN st.status = 'approved' THEN s.user_id END,
              ${at}::timestamptz, ${at}::timestamptz
            FROM syn_people p LEFT JOIN syn_people s ON s.employee_id = p.supervisor_id
            CROSS JOIN LATERAL (SELECT CASE
              WHEN p.heads_unit OR p.rn % 50 > 1 THEN 'approved' WHEN p.rn % 50 = 0 THEN 'submitted' ELSE 'draft'
            END AS status) st
            ORDER BY p.rn`,
      ),
    );
    await exec(
      tx,
      sql`CREATE TEMP TABLE syn_plans ON COMMIT DROP AS
          SELECT w.id AS plan_id, w.status, p.*, s.user_id AS assessor_user_id, s.name AS assessor_name,
            s.person AS assessor_person, s.supervisor_id AS assessor_supervisor_id
          FROM work_plans w JOIN syn_people p ON p.employee_id = w.employee_id
          LEFT JOIN syn_people s ON s.employee_id = p.supervisor_id
          WHERE w.cycle_id = ${cycleId}::uuid`,
    );
    await exec(tx, sql`CREATE INDEX ON syn_plans (plan_id)`);
    await exec(tx, sql`CREATE INDEX ON syn_plans (employee_id)`);

    await step('results and indicators', async () => {
      await exec(
        tx,
        sql`INSERT INTO plan_results (work_plan_id, kind, text, position, created_at, updated_at)
            SELECT sp.plan_id, 'main', (${json(RESULTS)}::jsonb ->> ((sp.rn * 3 + k) % ${RESULTS.length})) || ' pada ' || sp.unit_name,
              k, ${at}::timestamptz, ${at}::timestamptz
            FROM syn_plans sp CROSS JOIN generate_series(0, 1) AS k ORDER BY sp.rn, k`,
      );
      // Cascading: each result supports the supervisor's result in the same position.
      await exec(
        tx,
        sql`UPDATE plan_results r SET parent_result_id = pr.id
            FROM syn_plans sp, syn_plans sup, plan_results pr
            WHERE r.work_plan_id = sp.plan_id AND sup.employee_id = sp.supervisor_id
              AND pr.work_plan_id = sup.plan_id AND pr.position = r.position`,
      );
      await exec(
        tx,
        sql`INSERT INTO plan_indicators (result_id, work_plan_id, text, aspect, target, unit, direction, category,
              aggregation, position, created_at, updated_at)
            SELECT r.id, r.work_plan_id, v ->> 0, v ->> 1, (v ->> 2)::float8, v ->> 3, 'higher', v ->> 4, v ->> 5, j,
              ${at}::timestamptz, ${at}::timestamptz
            FROM plan_results r JOIN syn_plans sp ON sp.plan_id = r.work_plan_id
            CROSS JOIN LATERAL generate_series(0, 1 + (sp.rn + r.position) % 2) AS j
            CROSS JOIN LATERAL (SELECT ${json(INDICATORS)}::jsonb -> ((sp.rn * 5 + r.position * 3 + j) % ${INDICATORS.length}) AS v) x
            ORDER BY sp.rn, r.position, j`,
      );
      await exec(
        tx,
        sql`INSERT INTO plan_behaviours (work_plan_id, value, expectation, created_at, updated_at)
            SELECT sp.plan_id, b.value, '', ${at}::timestamptz, ${at}::timestamptz
            FROM syn_plans sp CROSS JOIN jsonb_array_elements_text(${json(BEHAVIOUR_VALUES)}::jsonb) AS b(value)`,
      );
      await exec(
        tx,
        sql`INSERT INTO plan_comments (work_plan_id, author_user_id, author_name, kind, body, created_at, updated_at)
            SELECT sp.plan_id, c.author, c.name, c.kind, c.body, ${at}::timestamptz, ${at}::timestamptz
            FROM syn_plans sp CROSS JOIN LATERAL (VALUES
              (1, sp.user_id, sp.name, 'submit', ''),
              (2, sp.assessor_user_id, coalesce(sp.assessor_name, ${DEFAULT_AGENCY_HEAD.name}), 'approve', 'Disetujui.')
            ) AS c(n, author, name, kind, body)
            WHERE sp.status <> 'draft' AND (c.n = 1 OR sp.status = 'approved')
            ORDER BY sp.rn, c.n`,
      );
    });

    // Progress: every indicator of an approved plan, every ended month, 60–120% of the month's target.
    await step('progress', () =>
      withoutIndexes(tx, 'progress_entries', () =>
        exec(
          tx,
          sql`INSERT INTO progress_entries (work_plan_id, indicator_id, period_id, value, achievement, created_by,
              created_at, updated_at)
            SELECT i.work_plan_id, i.id, pe.id, v.value, least(200, round((v.value / v.pt * 100)::numeric, 2))::float8,
              sp.user_id, pe.end_date::timestamptz, pe.end_date::timestamptz
            FROM plan_indicators i JOIN syn_plans sp ON sp.plan_id = i.work_plan_id AND sp.status = 'approved'
            JOIN periods pe ON pe.cycle_id = ${cycleId}::uuid AND pe.kind = 'periodic' AND pe.index <= ${elapsedPeriods}
            CROSS JOIN LATERAL (SELECT CASE WHEN i.aggregation = 'sum' THEN i.target / 12 ELSE i.target END AS pt) t
            CROSS JOIN LATERAL (SELECT round((t.pt * (60 + (sp.rn * 7 + i.position * 13 + pe.index * 29) % 61) / 100.0)::numeric, 1)::float8 AS value, t.pt) v
            ORDER BY pe.index, sp.rn, i.result_id, i.position`,
        ),
      ),
    );
    // Evidence: a link on every fourth entry (metadata only; no stored files).
    await step('evidence', () =>
      withoutIndexes(tx, 'evidence', () =>
        exec(
          tx,
          sql`INSERT INTO evidence (progress_id, work_plan_id, kind, url, uploaded_by, created_at, updated_at)
            SELECT pe.id, pe.work_plan_id, 'link', 'https://arsip.example/bukti/' || pe.seq, pe.created_by,
              pe.created_at, pe.created_at
            FROM progress_entries pe WHERE pe.seq % 4 = 0 ORDER BY pe.seq`,
        ),
      ),
    );

    // Evaluations: final for every ended month but the last; ratings mostly "meets".
    await step('evaluations', () =>
      withoutIndexes(tx, 'evaluations', async () => {
        // Per plan once: its result ratings for each overall rating, and the people as the evaluation stores them.
        await exec(
          tx,
          sql`CREATE TEMP TABLE syn_eval ON COMMIT DROP AS
            SELECT sp.plan_id,
              jsonb_build_object(
                'above', jsonb_agg(jsonb_build_object('resultId', r.id, 'rating', 'above', 'comment', NULL) ORDER BY r.position),
                'meets', jsonb_agg(jsonb_build_object('resultId', r.id, 'rating', 'meets', 'comment', NULL) ORDER BY r.position),
                'below', jsonb_agg(jsonb_build_object('resultId', r.id, 'rating', 'below', 'comment', NULL) ORDER BY r.position)
              ) AS result_ratings,
              jsonb_build_object('employee', min(sp.person::text)::jsonb, 'assessor', min(sp.assessor_person::text)::jsonb,
                'assessorSuperior', min(sup.person::text)::jsonb, 'acting', NULL,
                'agencyHead', CASE WHEN bool_and(sp.supervisor_id IS NULL) THEN ${json(DEFAULT_AGENCY_HEAD)}::jsonb END
              ) AS snapshot
            FROM syn_plans sp JOIN plan_results r ON r.work_plan_id = sp.plan_id
            LEFT JOIN syn_people sup ON sup.employee_id = sp.assessor_supervisor_id
            WHERE sp.status = 'approved'
            GROUP BY sp.plan_id`,
        );
        await exec(tx, sql`CREATE INDEX ON syn_eval (plan_id)`);
        const behaviours = Object.fromEntries(
          (['above', 'meets', 'below'] as const).map((rating) => [
            rating,
            BEHAVIOUR_VALUES.map((value) => ({ value, rating, comment: null })),
          ]),
        );
        await exec(
          tx,
          sql`INSERT INTO evaluations (work_plan_id, period_id, employee_id, assessor_id, unit_id, heads_unit, status,
              result_ratings, result_rating, behaviour_ratings, behaviour_rating, strengths, improvements, predicate,
              snapshot, finalized_at, finalized_by, finalized_by_name, acknowledged_at, created_at, updated_at)
            SELECT sp.plan_id, pe.id, sp.employee_id, sp.supervisor_id, sp.unit_id, sp.heads_unit, 'final',
              ev.result_ratings -> rt.result, rt.result, ${json(behaviours)}::jsonb -> rt.behaviour, rt.behaviour,
              'Target bulanan tercapai.', 'Lengkapi bukti dukung.',
              CASE rt.result || '/' || rt.behaviour
                WHEN 'above/above' THEN 'sangat_baik' WHEN 'above/meets' THEN 'baik' WHEN 'meets/meets' THEN 'baik'
                WHEN 'meets/above' THEN 'baik' WHEN 'below/below' THEN 'sangat_kurang'
                WHEN 'below/meets' THEN 'butuh_perbaikan' WHEN 'below/above' THEN 'butuh_perbaikan' ELSE 'kurang' END,
              ev.snapshot,
              pe.end_date::timestamptz + interval '7 days', sp.assessor_user_id,
              coalesce(sp.assessor_name, ${DEFAULT_AGENCY_HEAD.name}),
              CASE WHEN sp.rn % 3 > 0 THEN pe.end_date::timestamptz + interval '9 days' END,
              pe.end_date::timestamptz + interval '3 days', pe.end_date::timestamptz + interval '7 days'
            FROM syn_plans sp JOIN syn_eval ev ON ev.plan_id = sp.plan_id
            JOIN periods pe ON pe.cycle_id = ${cycleId}::uuid AND pe.kind = 'periodic' AND pe.index <= ${evaluatedPeriods}
            CROSS JOIN LATERAL (SELECT
              CASE WHEN (sp.rn * 7 + pe.index * 11) % 100 < 15 THEN 'above'
                   WHEN (sp.rn * 7 + pe.index * 11) % 100 < 94 THEN 'meets' ELSE 'below' END AS result,
              CASE WHEN (sp.rn * 13 + pe.index * 3) % 100 < 10 THEN 'above'
                   WHEN (sp.rn * 13 + pe.index * 3) % 100 < 97 THEN 'meets' ELSE 'below' END AS behaviour) rt
            ORDER BY pe.index, sp.rn`,
        );
        // The annual evaluation: drafts started by a fifth of the assessors' teams.
        await exec(
          tx,
          sql`INSERT INTO evaluations (work_plan_id, period_id, employee_id, assessor_id, unit_id, heads_unit, status,
              snapshot, created_at, updated_at)
            SELECT sp.plan_id, pe.id, sp.employee_id, sp.supervisor_id, sp.unit_id, sp.heads_unit, 'draft',
              ev.snapshot, ${at}::timestamptz, ${at}::timestamptz
            FROM syn_plans sp JOIN syn_eval ev ON ev.plan_id = sp.plan_id
            JOIN periods pe ON pe.cycle_id = ${cycleId}::uuid AND pe.kind = 'annual'
            WHERE sp.rn % 5 = 0
            ORDER BY sp.rn`,
        );
        // Organisation predicates for every unit and evaluated month, set by the head of the parent unit.
        await exec(
          tx,
          sql`INSERT INTO org_predicates (unit_id, period_id, predicate, basis, set_by, set_by_name, created_at, updated_at)
            SELECT u.id, pe.id, 'baik', 'Capaian indikator kinerja unit sesuai target.', setter.user_id, setter.name,
              pe.end_date::timestamptz + interval '5 days', pe.end_date::timestamptz + interval '5 days'
            FROM units u
            JOIN LATERAL (SELECT p.user_id, p.name FROM syn_people p
              WHERE p.employee_id = coalesce((SELECT pu.head_id FROM units pu WHERE pu.id = u.parent_id), u.head_id)
              AND p.user_id IS NOT NULL) setter ON true
            JOIN periods pe ON pe.cycle_id = ${cycleId}::uuid AND pe.kind = 'periodic' AND pe.index <= ${evaluatedPeriods}
            ORDER BY pe.index, u.code`,
        );
      }),
    );

    // Feedback: the assessor on the first result, every third month per person.
    await step('feedback', () =>
      exec(
        tx,
        sql`INSERT INTO feedback (work_plan_id, period_id, result_id, kind, text, author_user_id, author_employee_id,
              author_name, created_at, updated_at)
            SELECT sp.plan_id, pe.id, r.id, f ->> 0, f ->> 1, sp.assessor_user_id, sp.supervisor_id, sp.assessor_name,
              pe.end_date::timestamptz - interval '5 days', pe.end_date::timestamptz - interval '5 days'
            FROM syn_plans sp
            JOIN plan_results r ON r.work_plan_id = sp.plan_id AND r.position = 0
            JOIN periods pe ON pe.cycle_id = ${cycleId}::uuid AND pe.kind = 'periodic' AND pe.index <= ${elapsedPeriods}
              AND (sp.rn + pe.index) % 3 = 0
            CROSS JOIN LATERAL (SELECT ${json(FEEDBACK)}::jsonb -> ((sp.rn + pe.index) % ${FEEDBACK.length}) AS f) x
            WHERE sp.status = 'approved' AND sp.assessor_user_id IS NOT NULL
            ORDER BY pe.index, sp.rn`,
      ),
    );

    // Notifications: the plan's approval, each final evaluation and each feedback (the latest month unread).
    await step('notifications', () =>
      withoutIndexes(tx, 'notifications', async () => {
        await exec(
          tx,
          sql`INSERT INTO notifications (user_id, kind, title, body, link, entity_type, entity_id, read_at, created_at, updated_at)
            SELECT sp.user_id, 'plan.approved', 'SKP disetujui', 'SKP Anda telah disetujui oleh pejabat penilai.',
              '/work-plans/' || sp.plan_id, 'work_plan', sp.plan_id::text, ${at}::timestamptz,
              ${`${range.startDate}T02:00:00Z`}::timestamptz, ${`${range.startDate}T02:00:00Z`}::timestamptz
            FROM syn_plans sp WHERE sp.status = 'approved' AND sp.user_id IS NOT NULL ORDER BY sp.rn`,
        );
        await exec(
          tx,
          sql`INSERT INTO notifications (user_id, kind, title, body, link, entity_type, entity_id, read_at, created_at, updated_at)
            SELECT sp.user_id, 'evaluation.finalized', 'Evaluasi kinerja ditetapkan',
              'Evaluasi kinerja periode ' || pe.label || ' telah ditetapkan.', '/evaluations/' || e.id, 'evaluation',
              e.id::text, CASE WHEN pe.index < ${evaluatedPeriods} THEN e.finalized_at + interval '1 day' END,
              e.finalized_at, e.finalized_at
            FROM evaluations e JOIN syn_plans sp ON sp.plan_id = e.work_plan_id
            JOIN periods pe ON pe.id = e.period_id
            WHERE e.status = 'final' ORDER BY pe.index, sp.rn`,
        );
        await exec(
          tx,
          sql`INSERT INTO notifications (user_id, kind, title, body, link, entity_type, entity_id, read_at, created_at, updated_at)
            SELECT sp.user_id, 'feedback.received', 'Umpan balik baru', f.text, '/work-plans/' || sp.plan_id,
              'feedback', f.id::text, CASE WHEN pe.index < ${elapsedPeriods} THEN f.created_at + interval '1 day' END,
              f.created_at, f.created_at
            FROM feedback f JOIN syn_plans sp ON sp.plan_id = f.work_plan_id JOIN periods pe ON pe.id = f.period_id
            ORDER BY f.seq`,
        );
      }),
    );

    // Audit: each plan's creation, submission and approval, then each evaluation's finalisation (a verifying chain).
    await step('audit', async () => {
      const plans = rowsOf<{ plan_id: string; status: string }>(
        await tx.execute(sql`SELECT plan_id, status FROM syn_plans ORDER BY rn`),
      );
      const evaluated = rowsOf<{ id: string }>(
        await tx.execute(
          sql`SELECT e.id FROM evaluations e JOIN periods pe ON pe.id = e.period_id
              JOIN syn_plans sp ON sp.plan_id = e.work_plan_id
              WHERE e.status = 'final' ORDER BY pe.index, sp.rn`,
        ),
      );
      const inputs: AuditInput[] = [];
      for (const p of plans) {
        inputs.push({ action: 'work_plan.create', entityType: 'work_plan', entityId: p.plan_id });
        if (p.status !== 'draft')
          inputs.push({ action: 'work_plan.submit', entityType: 'work_plan', entityId: p.plan_id });
        if (p.status === 'approved')
          inputs.push({
            action: 'work_plan.approve',
            entityType: 'work_plan',
            entityId: p.plan_id,
            after: { status: 'approved' },
          });
      }
      for (const e of evaluated)
        inputs.push({
          action: 'evaluation.finalize',
          entityType: 'evaluation',
          entityId: e.id,
          after: { status: 'final' },
        });
      const max = options.maxAuditEntries ?? inputs.length;
      await appendAuditBulk(tx, 'seed', inputs.slice(0, max), now);
    });

    const counts: Record<string, number> = {};
    for (const table of [
      'users',
      'work_plans',
      'plan_results',
      'plan_indicators',
      'progress_entries',
      'evidence',
      'evaluations',
      'org_predicates',
      'feedback',
      'notifications',
      'audit_log',
    ])
      counts[table] = await countOf(tx, table);
    return { cycleId, year, elapsedPeriods, evaluatedPeriods, trustedReferences: trusted, counts };
  });
}
