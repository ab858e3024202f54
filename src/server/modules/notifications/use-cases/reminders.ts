import { sql } from 'drizzle-orm';
import { digestKey, digestOrder, dueOffset, reminderKey } from '../../../../domain/reminders/schedule.js';
import { dateIn } from '../../../../domain/dates.js';
import { storedAssessmentSettingsSchema } from '../../../../domain/evaluations/schemas.js';
import { DEFAULT_DECISION_DAYS, decisionDueOn } from '../../../../domain/evaluations/timing.js';
import type { Deps } from '../../../platform/deps.js';
import type { Executor, Tx } from '../../../platform/db/client.js';
import { reminderLog } from '../../../platform/db/schema.js';
import { rowsOf } from '../../../platform/db/rows.js';
import { texts } from '../texts.js';
import { notify, type NotifyInput } from './notify.js';

/** Subjects per transaction: keeps each write short (PGlite blocks everything while a transaction runs). */
const CHUNK = 500;

export interface ReminderResult {
  plan: number;
  approval: number;
  progress: number;
  digest: number;
  actionDue: number;
  evaluation: number;
  objection: number;
  development: number;
}

const chunks = <T>(items: T[], size = CHUNK) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * Records reminder keys; returns those this call recorded. Another process (or an earlier run) that recorded a key
 * first wins: its insert conflicts here and nothing is sent twice. Keys are sorted so two processes lock them in the
 * same order.
 */
export async function claimKeys(tx: Tx, keys: string[], now: Date): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await tx
    .insert(reminderLog)
    .values([...keys].sort().map((key) => ({ key, sentAt: now, createdAt: now, updatedAt: now })))
    .onConflictDoNothing({ target: reminderLog.key })
    .returning({ key: reminderLog.key });
  return new Set(rows.map((r) => r.key));
}

/** For each chunk of subjects: in one transaction, claim their keys and notify those claimed. */
async function claimEach<T>(
  deps: Deps,
  now: Date,
  subjects: T[],
  keyOf: (s: T) => string,
  send: (tx: Tx, claimed: T[]) => Promise<unknown>,
): Promise<number> {
  let sent = 0;
  for (const part of chunks(subjects)) {
    sent += await deps.database.db.transaction(async (tx) => {
      const mine = await claimKeys(tx, part.map(keyOf), now);
      const claimed = part.filter((s) => mine.has(keyOf(s)));
      if (claimed.length) await send(tx, claimed);
      return claimed.length;
    });
  }
  return sent;
}

/**
 * The same message to each employee not reminded yet: the reminder key is `scope` plus the employee, the
 * notification's dedupe key is `scope`.
 */
function remindAll(
  deps: Deps,
  now: Date,
  employees: Array<{ id: string }>,
  scope: string[],
  offset: number,
  message: Omit<NotifyInput, 'employeeIds' | 'dedupeKey' | 'at'>,
): Promise<number> {
  return claimEach(
    deps,
    now,
    employees,
    (e) => reminderKey([...scope, e.id], offset),
    (tx, claimed) =>
      notify(tx, {
        ...message,
        employeeIds: claimed.map((e) => e.id),
        dedupeKey: reminderKey(scope, offset),
        at: now,
      }),
  );
}

const q = async <T>(db: Executor, query: ReturnType<typeof sql>) => rowsOf<T>(await db.execute(query));

interface CycleRow {
  id: string;
  year: number;
  planning_deadline: string;
  end_date: string;
}

/** Employees (with an account) without an approved plan in force, before the planning deadline. */
async function planReminders(deps: Deps, now: Date, today: string, offsets: number[]) {
  const db = deps.database.db;
  const cycles = await q<CycleRow>(
    db,
    sql`SELECT id, year, planning_deadline::text AS planning_deadline, end_date::text AS end_date
        FROM cycles WHERE planning_deadline IS NOT NULL AND planning_deadline >= ${today}`,
  );
  let plan = 0;
  let approval = 0;
  for (const c of cycles) {
    const offset = dueOffset(today, c.planning_deadline, offsets);
    if (offset === null) continue;
    const employees = await q<{ id: string }>(
      db,
      sql`SELECT e.id FROM employees e
          WHERE e.active
            AND EXISTS (SELECT 1 FROM users u WHERE u.employee_id = e.id AND u.active)
            AND NOT EXISTS (SELECT 1 FROM work_plans wp WHERE wp.employee_id = e.id AND wp.cycle_id = ${c.id}
                            AND wp.is_current AND wp.end_date IS NULL AND wp.status = 'approved')
          ORDER BY e.id`,
    );
    const message = texts.reminderPlan({ cycleId: c.id, year: c.year, deadline: c.planning_deadline, today });
    plan += await remindAll(deps, now, employees, ['plan', c.id], offset, message);

    // Assessors with plans waiting for their approval.
    const assessors = await q<{ id: string; n: number | string }>(
      db,
      sql`SELECT wp.assessor_id AS id, count(*) AS n FROM work_plans wp
          JOIN employees a ON a.id = wp.assessor_id AND a.active
          WHERE wp.cycle_id = ${c.id} AND wp.status = 'submitted'
          GROUP BY wp.assessor_id ORDER BY wp.assessor_id`,
    );
    approval += await claimEach(
      deps,
      now,
      assessors,
      (a) => reminderKey(['approval', c.id, a.id], offset),
      async (tx, claimed) => {
        for (const a of claimed) {
          await notify(tx, {
            ...texts.reminderApproval({
              cycleId: c.id,
              year: c.year,
              count: Number(a.n),
              deadline: c.planning_deadline,
              today,
            }),
            employeeIds: [a.id],
            dedupeKey: reminderKey(['approval', c.id], offset),
            at: now,
          });
        }
      },
    );
  }
  return { plan, approval };
}

/** Employees with an approved plan who reported nothing for an open period, before its progress deadline. */
async function progressReminders(deps: Deps, now: Date, today: string, offsets: number[]) {
  const db = deps.database.db;
  const periods = await q<{ id: string; cycle_id: string; label: string; progress_deadline: string }>(
    db,
    sql`SELECT id, cycle_id, label, progress_deadline::text AS progress_deadline FROM periods
        WHERE status = 'open' AND progress_deadline IS NOT NULL AND progress_deadline >= ${today}`,
  );
  let sent = 0;
  for (const p of periods) {
    const offset = dueOffset(today, p.progress_deadline, offsets);
    if (offset === null) continue;
    const employees = await q<{ id: string }>(
      db,
      sql`SELECT DISTINCT wp.employee_id AS id FROM work_plans wp
          JOIN employees e ON e.id = wp.employee_id AND e.active
          JOIN periods pp ON pp.id = ${p.id}
          WHERE wp.cycle_id = ${p.cycle_id} AND wp.is_current AND wp.status = 'approved'
            AND wp.start_date <= pp.end_date AND (wp.end_date IS NULL OR wp.end_date >= pp.start_date)
            AND EXISTS (SELECT 1 FROM users u WHERE u.employee_id = e.id AND u.active)
            AND NOT EXISTS (SELECT 1 FROM progress_entries pe JOIN work_plans w2 ON w2.id = pe.work_plan_id
                            WHERE pe.period_id = ${p.id} AND w2.employee_id = wp.employee_id)
          ORDER BY 1`,
    );
    const message = texts.reminderProgress({
      periodId: p.id,
      label: p.label,
      deadline: p.progress_deadline,
      today,
    });
    sent += await remindAll(deps, now, employees, ['progress', p.id], offset, message);
  }
  return sent;
}

/**
 * Before a period's evaluation deadline: each assessing official with approved plans in force whose employee has no
 * final evaluation for the period gets one reminder naming how many are left.
 */
async function evaluationReminders(deps: Deps, now: Date, today: string, offsets: number[]) {
  const db = deps.database.db;
  const periods = await q<{ id: string; cycle_id: string; label: string; evaluation_deadline: string }>(
    db,
    sql`SELECT id, cycle_id, label, evaluation_deadline::text AS evaluation_deadline FROM periods
        WHERE evaluation_deadline IS NOT NULL AND evaluation_deadline >= ${today}`,
  );
  let sent = 0;
  for (const p of periods) {
    const offset = dueOffset(today, p.evaluation_deadline, offsets);
    if (offset === null) continue;
    const assessors = await q<{ id: string; pending: number | string }>(
      db,
      sql`SELECT wp.assessor_id AS id, count(*) AS pending FROM work_plans wp
          JOIN employees e ON e.id = wp.employee_id AND e.active
          JOIN periods pp ON pp.id = ${p.id}
          WHERE wp.cycle_id = ${p.cycle_id} AND wp.is_current AND wp.status = 'approved'
            AND wp.start_date <= pp.end_date AND (wp.end_date IS NULL OR wp.end_date >= pp.end_date)
            AND wp.assessor_id IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM evaluations ev
                            WHERE ev.employee_id = wp.employee_id AND ev.period_id = ${p.id} AND ev.status = 'final')
          GROUP BY wp.assessor_id ORDER BY 1`,
    );
    sent += await claimEach(
      deps,
      now,
      assessors,
      (a) => reminderKey(['evaluation', p.id, a.id], offset),
      async (tx, claimed) => {
        for (const a of claimed)
          await notify(tx, {
            ...texts.reminderEvaluation({
              periodId: p.id,
              label: p.label,
              deadline: p.evaluation_deadline,
              today,
              pending: Number(a.pending),
            }),
            employeeIds: [a.id],
            dedupeKey: reminderKey(['evaluation', p.id, a.id], offset),
            at: now,
          });
      },
    );
  }
  return sent;
}

/**
 * Before the decision deadline of an open objection (settings: days after filing; PP 30/2019 art. 59), its decider
 * is reminded on the usual reminder days.
 */
async function objectionReminders(deps: Deps, now: Date, today: string, offsets: number[]) {
  const db = deps.database.db;
  const [stored] = await q<{ value: unknown }>(db, sql`SELECT value FROM settings WHERE key = 'assessment'`);
  const parsed = storedAssessmentSettingsSchema.safeParse(stored?.value ?? {});
  const days = parsed.success ? parsed.data.objectionDecisionDays : DEFAULT_DECISION_DAYS;
  const open = await q<{
    id: string;
    decider_id: string;
    filed_at: string | Date;
    name: string;
    label: string;
  }>(
    db,
    sql`SELECT o.id, o.decider_id, o.created_at AS filed_at, e.name, p.label FROM objections o
        JOIN employees e ON e.id = o.employee_id
        JOIN evaluations ev ON ev.id = o.evaluation_id
        JOIN periods p ON p.id = ev.period_id
        WHERE o.status <> 'decided' AND o.decider_id IS NOT NULL
          -- only those whose deadline has not passed (filed within the decision period, a day's slack for time zones)
          AND o.created_at >= ${now.toISOString()}::timestamptz - make_interval(days => ${days + 1})
        ORDER BY o.id`,
  );
  const due = open
    .map((o) => ({ ...o, deadline: decisionDueOn(new Date(o.filed_at), days) }))
    .map((o) => ({ ...o, offset: dueOffset(today, o.deadline, offsets) }))
    .filter((o): o is typeof o & { offset: number } => o.offset !== null);
  return claimEach(
    deps,
    now,
    due,
    (o) => reminderKey(['objection', o.id], o.offset),
    async (tx, claimed) => {
      for (const o of claimed)
        await notify(tx, {
          ...texts.reminderObjection({
            objectionId: o.id,
            employeeName: o.name,
            label: o.label,
            deadline: o.deadline,
            today,
          }),
          employeeIds: [o.decider_id],
          dedupeKey: reminderKey(['objection', o.id], o.offset),
          at: now,
        });
    },
  );
}

interface OverdueRow {
  unit_id: string;
  unit_name: string;
  employee_name: string;
  what: 'plan' | 'progress';
  label: string;
  /** the period's (or cycle's) start: the digest lists periods in time order, not by their names */
  starts: string;
}

/**
 * After a deadline: one digest a day to the head (and any acting Plt/Plh) of each unit with overdue items — the
 * unit's own employees without an approved plan after the planning deadline (while the cycle runs), and those with
 * an approved plan who reported nothing for an open period after its progress deadline.
 */
async function digests(deps: Deps, now: Date, today: string) {
  const db = deps.database.db;
  const rows = await q<OverdueRow>(
    db,
    sql`SELECT e.unit_id, u.name AS unit_name, e.name AS employee_name, 'plan' AS what, c.year::text AS label,
          c.start_date::text AS starts
        FROM cycles c JOIN employees e ON e.active JOIN units u ON u.id = e.unit_id
        WHERE c.planning_deadline IS NOT NULL AND c.planning_deadline < ${today} AND c.end_date >= ${today}
          AND NOT EXISTS (SELECT 1 FROM work_plans wp WHERE wp.employee_id = e.id AND wp.cycle_id = c.id
                          AND wp.is_current AND wp.end_date IS NULL AND wp.status = 'approved')
        UNION ALL
        SELECT wp.unit_id, u.name, e.name, 'progress', p.label, p.start_date::text
        FROM periods p JOIN work_plans wp ON wp.cycle_id = p.cycle_id AND wp.is_current AND wp.status = 'approved'
          AND wp.start_date <= p.end_date AND (wp.end_date IS NULL OR wp.end_date >= p.start_date)
        JOIN employees e ON e.id = wp.employee_id AND e.active JOIN units u ON u.id = wp.unit_id
        WHERE p.status = 'open' AND p.progress_deadline IS NOT NULL AND p.progress_deadline < ${today}
          AND NOT EXISTS (SELECT 1 FROM progress_entries pe JOIN work_plans w2 ON w2.id = pe.work_plan_id
                          WHERE pe.period_id = p.id AND w2.employee_id = wp.employee_id)
        ORDER BY 1, 3, 4, 6, 5`,
  );
  if (rows.length === 0) return 0;
  const byUnit = new Map<string, OverdueRow[]>();
  for (const r of rows) byUnit.set(r.unit_id, [...(byUnit.get(r.unit_id) ?? []), r]);
  const heads = await q<{ unit_id: string; employee_id: string }>(
    db,
    sql`SELECT id AS unit_id, head_id AS employee_id FROM units WHERE head_id IS NOT NULL
        UNION
        SELECT unit_id, employee_id FROM acting_officials WHERE start_date <= ${today} AND end_date >= ${today}`,
  );
  const headsOf = new Map<string, string[]>();
  for (const h of heads) headsOf.set(h.unit_id, [...(headsOf.get(h.unit_id) ?? []), h.employee_id]);
  const units = [...byUnit.keys()].filter((u) => headsOf.has(u)).sort();
  return claimEach(
    deps,
    now,
    units,
    (u) => digestKey(u, today),
    async (tx, claimed) => {
      for (const unitId of claimed) {
        const items = digestOrder(byUnit.get(unitId)!);
        const plans = items.filter((i) => i.what === 'plan');
        const progress = items.filter((i) => i.what === 'progress');
        const lines = [
          ...(plans.length ? [`${plans.length} pegawai belum memiliki SKP yang disetujui`] : []),
          ...(progress.length ? [`${progress.length} laporan realisasi terlambat`] : []),
        ];
        await notify(tx, {
          ...texts.digest({
            unitId,
            unitName: items[0]!.unit_name,
            today,
            lines,
            people: items.map((i) => ({
              name: i.employee_name,
              what:
                i.what === 'plan' ? `SKP ${i.label} belum disetujui` : `realisasi ${i.label} belum dicatat`,
            })),
          }),
          employeeIds: headsOf.get(unitId)!,
          dedupeKey: digestKey(unitId, today),
          at: now,
        });
      }
    },
  );
}

/** Open dialogue actions past their due date: the owner is told once. */
async function overdueActions(deps: Deps, now: Date, today: string) {
  const actions = await q<{
    id: string;
    description: string;
    due_date: string;
    owner_employee_id: string;
    work_plan_id: string;
  }>(
    deps.database.db,
    sql`SELECT a.id, a.description, a.due_date::text AS due_date, a.owner_employee_id, d.work_plan_id
        FROM dialogue_actions a JOIN dialogues d ON d.id = a.dialogue_id
        WHERE a.done_at IS NULL AND a.due_date < ${today}
          AND NOT EXISTS (SELECT 1 FROM reminder_log r WHERE r.key = 'action-due:' || a.id::text)
        ORDER BY a.id`,
  );
  return claimEach(
    deps,
    now,
    actions,
    (a) => `action-due:${a.id}`,
    async (tx, claimed) => {
      for (const a of claimed) {
        await notify(tx, {
          ...texts.actionDue({
            planId: a.work_plan_id,
            actionId: a.id,
            description: a.description,
            dueDate: a.due_date,
          }),
          employeeIds: [a.owner_employee_id],
          dedupeKey: `action-due:${a.id}`,
          at: now,
        });
      }
    },
  );
}

/** A planned development item falls due within this many days: both parties are reminded once. */
const DEVELOPMENT_DUE_DAYS = 7;

/**
 * Planned items of open development plans (issue 14): once when due within 7 days, once more when overdue — each to
 * the employee and the plan's assessor. Keys: `development-due:<item>`, `development-overdue:<item>`.
 */
async function developmentReminders(deps: Deps, now: Date, today: string) {
  const items = await q<{
    id: string;
    plan_id: string;
    title: string;
    due_date: string;
    employee_id: string;
    assessor_id: string | null;
    employee_name: string;
    overdue: boolean;
  }>(
    deps.database.db,
    sql`SELECT i.id, i.plan_id, i.title, i.due_date::text AS due_date, p.employee_id, p.assessor_id,
          e.name AS employee_name, (i.due_date < ${today}::date) AS overdue
        FROM development_plan_items i
        JOIN development_plans p ON p.id = i.plan_id AND p.status = 'open'
        JOIN employees e ON e.id = p.employee_id AND e.active
        WHERE i.status = 'planned'
          AND i.due_date <= ${today}::date + ${DEVELOPMENT_DUE_DAYS}::int
          AND NOT EXISTS (SELECT 1 FROM reminder_log r WHERE r.key =
                (CASE WHEN i.due_date < ${today}::date THEN 'development-overdue:' ELSE 'development-due:' END) || i.id::text)
        ORDER BY i.id`,
  );
  const keyOf = (i: (typeof items)[number]) =>
    `${i.overdue ? 'development-overdue' : 'development-due'}:${i.id}`;
  return claimEach(deps, now, items, keyOf, async (tx, claimed) => {
    for (const i of claimed) {
      const message = i.overdue
        ? texts.developmentItemOverdue({
            planId: i.plan_id,
            title: i.title,
            employeeName: i.employee_name,
            dueDate: i.due_date,
          })
        : texts.developmentItemDue({
            planId: i.plan_id,
            title: i.title,
            employeeName: i.employee_name,
            dueDate: i.due_date,
            today,
          });
      await notify(tx, {
        ...message,
        employeeIds: [
          i.employee_id,
          ...(i.assessor_id && i.assessor_id !== i.employee_id ? [i.assessor_id] : []),
        ],
        dedupeKey: keyOf(i),
        at: now,
      });
    }
  });
}

/** Every reminder due at `now` (Asia/Jakarta dates), each sent once across runs and processes. */
export async function runReminders(deps: Deps, now: Date): Promise<ReminderResult> {
  const today = dateIn(now);
  const offsets = deps.config.reminderOffsetsDays;
  const { plan, approval } = await planReminders(deps, now, today, offsets);
  const progress = await progressReminders(deps, now, today, offsets);
  const digest = await digests(deps, now, today);
  const actionDue = await overdueActions(deps, now, today);
  const evaluation = await evaluationReminders(deps, now, today, offsets);
  const objection = await objectionReminders(deps, now, today, offsets);
  const development = await developmentReminders(deps, now, today);
  return { plan, approval, progress, digest, actionDue, evaluation, objection, development };
}
