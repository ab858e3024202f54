import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock.js';
import { loadConfig, testDatabaseUrl } from '../../platform/config.js';
import { openDatabase, type Database } from '../../platform/db/client.js';
import { Scheduler } from '../../platform/jobs/index.js';
import { captureMailer } from '../../platform/mail/index.js';
import { createTestApp, type TestApp } from '../../../../test/helpers.js';
import {
  approvedPlan,
  buildTeam,
  insertCycle,
  periodsOf,
  type Team,
} from '../../../../test/planning-fixtures.js';
import { runDueJobs, type JobDeps } from './index.js';

/** 08:00 WIB on a date (01:00 UTC). */
const at = (date: string) => new Date(`${date}T01:00:00Z`);

interface Row {
  kind: string;
  user_id: string;
  employee_id: string | null;
  entity_id: string | null;
  body: string;
  title: string;
}

/**
 * Reminders by deadline, run by two scheduler instances on one database (two connection pools on PostgreSQL, as
 * two server processes would have; PGlite is one process, so both share it), with an injected clock.
 */
describe('reminders and the scheduler', () => {
  let t: TestApp;
  let team: Team;
  let second: Database | undefined;
  let a: JobDeps;
  let b: JobDeps;
  let cycleId: string;
  const clock = new ManualClock(at('2026-01-05'));

  const notes = (kind: string, entityId?: string) =>
    t.database.query<Row>(
      `SELECT n.kind, n.user_id, u.employee_id, n.entity_id, n.body, n.title FROM notifications n
       JOIN users u ON u.id = n.user_id
       WHERE n.kind = $1 AND ($2::text IS NULL OR n.entity_id = $2) ORDER BY n.created_at, n.id`,
      [kind, entityId ?? null],
    );
  /** Both instances tick at the same moment. */
  const tickBoth = async () => {
    const [x, y] = await Promise.all([runDueJobs(a, clock.now()), runDueJobs(b, clock.now())]);
    return {
      plan: x.reminders.plan + y.reminders.plan,
      approval: x.reminders.approval + y.reminders.approval,
      progress: x.reminders.progress + y.reminders.progress,
      digest: x.reminders.digest + y.reminders.digest,
      actionDue: x.reminders.actionDue + y.reminders.actionDue,
      evaluation: x.reminders.evaluation + y.reminders.evaluation,
      objection: x.reminders.objection + y.reminders.objection,
    };
  };

  beforeAll(async () => {
    t = await createTestApp({}, clock);
    team = await buildTeam(t);
    let other: Database = t.database;
    const url = testDatabaseUrl();
    if (url && t.database.kind === 'postgres') {
      const [row] = await t.database.query<{ db: string }>('SELECT current_database() AS db');
      const u = new URL(url);
      u.pathname = `/${row!.db}`;
      second = await openDatabase({ databaseUrl: u.toString(), poolSize: 5 });
      other = second;
    }
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    a = { database: t.database, config, clock, mailer: captureMailer() };
    b = { database: other, config, clock, mailer: captureMailer() };
    const cycle = await insertCycle(t.database, 2026);
    cycleId = cycle.id;
    await t.database.query(`UPDATE cycles SET planning_deadline = '2026-01-31' WHERE id = $1`, [cycleId]);
    // All API work happens now (sessions would expire as the clock moves on).
    const nursePlan = await approvedPlan(team, cycleId); // the nurse: approved
    // The midwife submits; the plan waits for the Kepala Puskesmas.
    const leader = (
      await team.kapus.client.get(`/work-plans?cycleId=${cycleId}&employeeId=${team.kapus.id}`)
    ).json<{ items: Array<{ id: string }> }>().items[0]!;
    const leaderResult = (await team.kapus.client.get(`/work-plans/${leader.id}`)).json<{
      results: Array<{ id: string }>;
    }>().results[0]!;
    const plan = (
      await team.midwife.client.post('/work-plans', {
        cycleId,
        employeeId: team.midwife.id,
        approach: 'quantitative',
      })
    ).json<{ id: string }>();
    const result = (
      await team.midwife.client.post(`/work-plans/${plan.id}/results`, {
        kind: 'main',
        text: 'Terlaksananya pelayanan kebidanan',
        parentResultId: leaderResult.id,
      })
    ).json<{ id: string }>();
    await team.midwife.client.post(`/work-plans/${plan.id}/results/${result.id}/indicators`, {
      text: 'Persalinan ditolong',
      aspect: 'quantity',
      target: 40,
      unit: 'persalinan',
    });
    expect((await team.midwife.client.post(`/work-plans/${plan.id}/submit`)).statusCode).toBe(200);

    const res = await team.nurse.client.post(`/work-plans/${nursePlan.id}/dialogues`, {
      heldOn: '2026-01-05',
      topics: 'Rencana triwulan 1',
      actions: [
        { description: 'Lengkapi laporan kunjungan', ownerEmployeeId: team.nurse.id, dueDate: '2026-04-08' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
  });
  afterAll(async () => {
    await second?.close();
    await t.close();
  });

  it('when no reminder day has come, then nothing is sent', async () => {
    clock.set(at('2026-01-16'));
    expect(await tickBoth()).toEqual({
      plan: 0,
      approval: 0,
      progress: 0,
      digest: 0,
      actionDue: 0,
      evaluation: 0,
      objection: 0,
    });
  });

  it('when two scheduler instances tick on the d-14 day, then each employee without an approved plan gets one reminder', async () => {
    clock.set(at('2026-01-17'));
    const sent = await tickBoth();
    // kadis, kapus, midwife (submitted) and outsider have no approved plan; the nurse has one.
    expect(sent.plan).toBe(4);
    expect(sent.approval).toBe(1);
    const rows = await notes('reminder.plan', cycleId);
    expect(rows.map((r) => r.employee_id).sort()).toEqual(
      [team.kadis.id, team.kapus.id, team.midwife.id, team.outsider.id].sort(),
    );
    expect(rows[0]!.title).toBe('Pengingat: SKP 2026');
    expect(rows[0]!.body).toContain('31 Januari 2026');
    expect(rows[0]!.body).toContain('14 hari lagi');
    const keys = await t.database.query<{ key: string }>(
      `SELECT key FROM reminder_log WHERE key LIKE 'plan:%' ORDER BY key`,
    );
    expect(keys).toHaveLength(4);
    expect(keys.every((k) => k.key.startsWith(`plan:${cycleId}:`) && k.key.endsWith(':d-14'))).toBe(true);

    // Later that day and the next days, nothing more until d-7.
    clock.set(new Date(at('2026-01-17').getTime() + 6 * 3_600_000));
    expect((await tickBoth()).plan).toBe(0);
    clock.set(at('2026-01-23'));
    expect((await tickBoth()).plan).toBe(0);
    expect(await notes('reminder.plan', cycleId)).toHaveLength(4);
  });

  it('when the d-7 day comes, then those still without an approved plan and the assessor with a waiting plan are reminded again', async () => {
    clock.set(at('2026-01-24'));
    const sent = await tickBoth();
    expect(sent.plan).toBe(4);
    expect(sent.approval).toBe(1);
    const rows = await notes('reminder.plan', cycleId);
    expect(rows.filter((r) => r.employee_id === team.nurse.id)).toHaveLength(0);
    expect(rows.filter((r) => r.employee_id === team.midwife.id)).toHaveLength(2);
    const approval = await notes('reminder.approval', cycleId);
    expect(approval.map((r) => r.employee_id)).toEqual([team.kapus.id, team.kapus.id]);
    expect(approval[1]!.body).toContain('7 hari lagi');
    expect(approval[0]!.title).toBe('Pengingat: 1 SKP menunggu persetujuan');
    expect((await tickBoth()).approval).toBe(0);
  });

  it('when a progress deadline nears, then employees with an approved plan who reported nothing are reminded', async () => {
    const [q1] = await periodsOf(t.database, cycleId);
    await t.database.query(`UPDATE periods SET progress_deadline = '2026-04-10' WHERE id = $1`, [q1!.id]);
    clock.set(at('2026-04-03'));
    const sent = await tickBoth();
    expect(sent.progress).toBe(1);
    const rows = await notes('reminder.progress', q1!.id);
    expect(rows.map((r) => r.employee_id)).toEqual([team.nurse.id]);
    expect(rows[0]!.title).toBe('Pengingat: realisasi Triwulan 1 2026');
    expect((await tickBoth()).progress).toBe(0);
  });

  it('when the planning deadline has passed, then each unit head gets one digest a day listing the overdue', async () => {
    // 2026-04-03 is after the 2026-01-31 planning deadline: the digest already went out with the last tick.
    const digests = await notes('reminder.digest');
    const byHead = new Map(digests.map((d) => [d.employee_id, d]));
    expect([...byHead.keys()].sort()).toEqual([team.kadis.id, team.kapus.id].sort());
    expect(digests).toHaveLength(2);
    const pkm = byHead.get(team.kapus.id)!;
    expect(pkm.title).toBe('Tenggat terlewat di Puskesmas Kemuning');
    expect(pkm.body).toContain('Bidan Ani');
    expect(pkm.body).toContain('dr. Kepala Puskesmas');
    expect(pkm.body).not.toContain('Siti Perawat');
    expect(pkm.entity_id).toBe(team.unitId);

    // Same day, another tick: nothing. Next day: one more each.
    clock.set(new Date(at('2026-04-03').getTime() + 3_600_000));
    expect((await tickBoth()).digest).toBe(0);
    clock.set(at('2026-04-04'));
    expect((await tickBoth()).digest).toBe(2);
    const keys = await t.database.query<{ key: string }>(
      `SELECT key FROM reminder_log WHERE key LIKE 'digest:%' ORDER BY key`,
    );
    expect(keys.map((k) => k.key)).toEqual(
      expect.arrayContaining([`digest:${team.unitId}:2026-04-03`, `digest:${team.unitId}:2026-04-04`]),
    );
    expect(keys).toHaveLength(4);
  });

  it('when an agreed dialogue action passes its due date, then its owner is told once', async () => {
    clock.set(at('2026-04-08'));
    expect((await tickBoth()).actionDue).toBe(0);
    clock.set(at('2026-04-09'));
    expect((await tickBoth()).actionDue).toBe(1);
    expect((await tickBoth()).actionDue).toBe(0);
    const rows = await notes('action.due');
    expect(rows.map((r) => r.employee_id)).toEqual([team.nurse.id]);
    expect(rows[0]!.body).toContain('8 April 2026');
  });

  it('when the server was down past two offsets, then it catches up with one reminder, not two', async () => {
    const cycle = await insertCycle(t.database, 2027);
    await t.database.query(`UPDATE cycles SET planning_deadline = '2027-01-31' WHERE id = $1`, [cycle.id]);
    // Down from before d-14 (2027-01-17) until after d-7 (2027-01-24).
    clock.set(at('2027-01-25'));
    const sent = await tickBoth();
    expect(sent.plan).toBe(5);
    const rows = await notes('reminder.plan', cycle.id);
    expect(rows).toHaveLength(5);
    expect(new Set(rows.map((r) => r.employee_id)).size).toBe(5);
    const keys = await t.database.query<{ key: string }>(
      `SELECT key FROM reminder_log WHERE key LIKE $1 ORDER BY key`,
      [`plan:${cycle.id}:%`],
    );
    expect(keys.every((k) => k.key.endsWith(':d-7'))).toBe(true);
    expect((await tickBoth()).plan).toBe(0);
    // The d-1 reminder still comes on its day.
    clock.set(at('2027-01-30'));
    expect((await tickBoth()).plan).toBe(5);
    expect(await notes('reminder.plan', cycle.id)).toHaveLength(10);
    await t.database.query(`UPDATE cycles SET planning_deadline = NULL WHERE id = $1`, [cycle.id]);
  });

  it('when the Scheduler ticks, then it runs the jobs, never overlaps itself, and stops gracefully', async () => {
    let running = 0;
    let maxRunning = 0;
    let runs = 0;
    const scheduler = new Scheduler({
      intervalMs: 60_000,
      clock,
      log: { info() {}, warn() {}, error() {} },
      run: async (now) => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        runs++;
        await runDueJobs(a, now);
        running--;
      },
    });
    await Promise.all([scheduler.tick(), scheduler.tick()]);
    expect(runs).toBe(1);
    expect(maxRunning).toBe(1);
    const pending = scheduler.tick();
    await scheduler.stop();
    await pending;
    await scheduler.tick();
    expect(runs).toBe(2);
    expect(new Scheduler({ intervalMs: 0, clock, log: console, run: async () => undefined }).enabled).toBe(
      false,
    );
  });
});
