import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  NotificationListView,
  NotificationPreferenceView,
  NotificationView,
} from '../../../domain/notifications/view.js';
import { NOTIFICATION_KINDS } from '../../../domain/notifications/kinds.js';
import type { FeedbackItemView } from '../../../domain/feedback/view.js';
import { createTestApp, type Client, type TestApp } from '../../../../test/helpers.js';
import { expectError } from '../../../../test/factories.js';
import {
  approvedPlan,
  buildTeam,
  insertCycle,
  periodsOf,
  type ApprovedPlan,
  type Team,
} from '../../../../test/planning-fixtures.js';
import { loadConfig } from '../../platform/config.js';
import { MIGRATIONS_DIR } from '../../platform/db/client.js';
import { captureMailer, createMailer, processOutbox, retryDelayMs } from '../../platform/mail/index.js';
import { runDueJobs } from './index.js';

async function inbox(client: Client, query = '') {
  const res = await client.get(`/notifications?limit=200${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<NotificationListView>();
}

const kinds = (list: NotificationListView) => list.items.map((n) => n.kind);

interface OutboxRow {
  id: string;
  to_address: string;
  kind: string;
  subject: string;
  status: string;
  attempts: number;
  next_attempt_at: Date | string;
  last_error: string | null;
}

describe('notifications (in-app and e-mail outbox)', () => {
  let t: TestApp;
  let team: Team;
  let cycleId: string;
  let q1: string;
  let plan: ApprovedPlan;
  const emailOf = (employeeId: string) => `p-${employeeId.slice(0, 8)}@example.go.id`;
  const outbox = (where = 'true', params: unknown[] = []) =>
    t.database.query<OutboxRow>(`SELECT * FROM email_outbox WHERE ${where} ORDER BY created_at, id`, params);

  beforeAll(async () => {
    t = await createTestApp();
    team = await buildTeam(t);
    await t.database.query(`UPDATE employees SET email = 'p-' || substr(id::text, 1, 8) || '@example.go.id'`);
    cycleId = (await insertCycle(t.database, 2026)).id;
    q1 = (await periodsOf(t.database, cycleId))[0]!.id;
    plan = await approvedPlan(team, cycleId);
  });
  afterAll(async () => t.close());

  it('when an employee submits a plan, then the assessor is notified with a link and an e-mail is queued', async () => {
    const kapus = await inbox(team.kapus.client);
    const submitted = kapus.items.filter((n) => n.kind === 'plan.submitted');
    expect(submitted).toHaveLength(1);
    expect(submitted[0]).toMatchObject({
      title: 'SKP menunggu persetujuan',
      link: `/plans/${plan.id}`,
      entityType: 'work_plan',
      entityId: plan.id,
      readAt: null,
    });
    expect(submitted[0]!.body).toContain('Siti Perawat');
    expect(kapus.unread).toBeGreaterThanOrEqual(1);
    // The employee does not hear of their own submission.
    expect(kinds(await inbox(team.nurse.client))).not.toContain('plan.submitted');
    const mails = await outbox(`kind = 'plan.submitted'`);
    expect(mails.map((m) => m.to_address)).toEqual([emailOf(team.kapus.id)]);
    expect(mails[0]).toMatchObject({
      status: 'pending',
      attempts: 0,
      subject: '[Kinerja] SKP menunggu persetujuan',
    });
  });

  it('when the assessor approves, then the employee is notified', async () => {
    const nurse = await inbox(team.nurse.client);
    expect(nurse.items.filter((n) => n.kind === 'plan.approved').map((n) => n.link)).toEqual([
      `/plans/${plan.id}`,
    ]);
    expect(kinds(await inbox(team.kapus.client))).not.toContain('plan.approved');
  });

  it('when the assessor returns a plan, then the employee is notified with the comment', async () => {
    const { midwife, kapus } = team;
    const leader = (await kapus.client.get(`/work-plans/${plan.leaderPlanId}`)).json<{
      results: Array<{ id: string }>;
    }>();
    const created = (
      await midwife.client.post('/work-plans', { cycleId, employeeId: midwife.id, approach: 'quantitative' })
    ).json<{ id: string }>();
    const result = (
      await midwife.client.post(`/work-plans/${created.id}/results`, {
        kind: 'main',
        text: 'Terlaksananya pelayanan kebidanan',
        parentResultId: leader.results[0]!.id,
      })
    ).json<{ id: string }>();
    await midwife.client.post(`/work-plans/${created.id}/results/${result.id}/indicators`, {
      text: 'Jumlah persalinan ditolong',
      aspect: 'quantity',
      target: 40,
      unit: 'persalinan',
    });
    expect((await midwife.client.post(`/work-plans/${created.id}/submit`)).statusCode).toBe(200);
    const returned = await kapus.client.post(`/work-plans/${created.id}/return`, {
      comment: 'Target terlalu rendah',
    });
    expect(returned.statusCode, returned.body).toBe(200);

    const notes = (await inbox(midwife.client)).items.filter((n) => n.kind === 'plan.returned');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.body).toContain('Target terlalu rendah');
    expect(notes[0]!.link).toBe(`/plans/${created.id}`);
    expect((await inbox(kapus.client)).items.filter((n) => n.kind === 'plan.submitted')).toHaveLength(2);
  });

  it('when a workflow step fails, then no notification is made (it commits with the change)', async () => {
    const before = (await inbox(team.nurse.client)).total;
    expectError(
      await team.kapus.client.post(`/work-plans/${plan.id}/return`, { comment: 'x' }),
      409,
      'INVALID_TRANSITION',
    );
    expect((await inbox(team.nurse.client)).total).toBe(before);
  });

  it('when the assessor gives feedback and both reply, then the employee and the other party are notified', async () => {
    const { kapus, nurse } = team;
    const url = `/work-plans/${plan.id}/feedback`;
    const root = (
      await kapus.client.post(url, { periodId: q1, kind: 'strength', text: 'Pelayanan sangat baik.' })
    ).json<FeedbackItemView>();
    const received = (await inbox(nurse.client)).items.filter((n) => n.kind === 'feedback.received');
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      entityType: 'feedback',
      entityId: root.id,
      link: `/plans/${plan.id}?tab=feedback`,
    });
    expect(received[0]!.body).toContain('kekuatan');

    const reply = (
      await nurse.client.post(url, { replyTo: root.id, text: 'Terima kasih.' })
    ).json<FeedbackItemView>();
    const toAssessor = (await inbox(kapus.client)).items.filter((n) => n.kind === 'feedback.reply');
    expect(toAssessor.map((n) => n.entityId)).toEqual([reply.id]);
    expect(kinds(await inbox(nurse.client))).not.toContain('feedback.reply');

    const answer = (
      await kapus.client.post(url, { replyTo: root.id, text: 'Sama-sama.' })
    ).json<FeedbackItemView>();
    const toEmployee = (await inbox(nurse.client)).items.filter((n) => n.kind === 'feedback.reply');
    expect(toEmployee.map((n) => n.entityId)).toEqual([answer.id]);
    expect((await outbox(`kind = 'feedback.reply'`)).map((m) => m.to_address).sort()).toEqual(
      [emailOf(team.kapus.id), emailOf(team.nurse.id)].sort(),
    );
  });

  it('when a dialogue assigns an action to the other party, then that owner is notified', async () => {
    const res = await team.nurse.client.post(`/work-plans/${plan.id}/dialogues`, {
      heldOn: '2026-11-20',
      topics: 'Capaian triwulan',
      actions: [
        {
          description: 'Menyediakan pelatihan triase',
          ownerEmployeeId: team.kapus.id,
          dueDate: '2026-12-10',
        },
        { description: 'Menyusun laporan', ownerEmployeeId: team.nurse.id, dueDate: '2026-12-05' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const assigned = (await inbox(team.kapus.client)).items.filter(
      (n) => n.kind === 'dialogue.action_assigned',
    );
    expect(assigned).toHaveLength(1);
    expect(assigned[0]!.body).toContain('Menyediakan pelatihan triase');
    expect(assigned[0]!.body).toContain('10 Desember 2026');
    expect(assigned[0]!.body).not.toContain('Menyusun laporan');
    expect(kinds(await inbox(team.nurse.client))).not.toContain('dialogue.action_assigned');
  });

  it('when a user turns e-mail off for a kind, then the in-app notification is still made but no e-mail is queued', async () => {
    const { nurse, kapus } = team;
    const prefs = await nurse.client.get('/notification-preferences');
    expect(prefs.statusCode).toBe(200);
    const items = prefs.json<{ items: NotificationPreferenceView[] }>().items;
    expect(items.map((p) => p.kind)).toEqual([...NOTIFICATION_KINDS]);
    expect(items.every((p) => p.email)).toBe(true);

    const put = await nurse.client.put('/notification-preferences/feedback.received', { email: false });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toEqual({ kind: 'feedback.received', email: false });
    const after = (await nurse.client.get('/notification-preferences')).json<{
      items: NotificationPreferenceView[];
    }>();
    expect(after.items.find((p) => p.kind === 'feedback.received')!.email).toBe(false);
    expect(after.items.find((p) => p.kind === 'feedback.reply')!.email).toBe(true);
    expectError(
      await nurse.client.put('/notification-preferences/nope', { email: false }),
      400,
      'VALIDATION_FAILED',
    );

    const mailsBefore = (await outbox(`kind = 'feedback.received'`)).length;
    const notesBefore = (await inbox(nurse.client)).items.filter(
      (n) => n.kind === 'feedback.received',
    ).length;
    await kapus.client.post(`/work-plans/${plan.id}/feedback`, {
      periodId: q1,
      kind: 'improvement',
      text: 'Perbaiki kelengkapan rekam medis.',
    });
    expect((await inbox(nurse.client)).items.filter((n) => n.kind === 'feedback.received')).toHaveLength(
      notesBefore + 1,
    );
    expect(await outbox(`kind = 'feedback.received'`)).toHaveLength(mailsBefore);
  });

  it('when a user reads notifications, then only their own can be marked, and the unread count follows', async () => {
    const { kapus, nurse } = team;
    const list = await inbox(kapus.client);
    const first = list.items[0]!;
    const read = await kapus.client.post(`/notifications/${first.id}/read`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json<NotificationView>().readAt).toBe(t.clock.now().toISOString());
    expect((await inbox(kapus.client)).unread).toBe(list.unread - 1);
    expect((await inbox(kapus.client, '&unread=true')).items.map((n) => n.id)).not.toContain(first.id);

    expectError(await nurse.client.post(`/notifications/${first.id}/read`), 404, 'NOT_FOUND');
    expect((await inbox(nurse.client)).items.map((n) => n.id)).not.toContain(first.id);

    const all = await kapus.client.post('/notifications/read-all');
    expect(all.statusCode).toBe(200);
    expect(all.json()).toEqual({ updated: list.unread - 1 });
    const now = await inbox(kapus.client, '&unread=true');
    expect(now).toMatchObject({ items: [], total: 0, unread: 0 });
    expect((await inbox(nurse.client)).unread).toBeGreaterThan(0);
  });

  it('when a row of a kind this version does not know is stored, then the list leaves it out instead of failing', async () => {
    const { kapus } = team;
    const before = await inbox(kapus.client);
    const [row] = await t.database.query<{ id: string }>(
      `INSERT INTO notifications (user_id, kind, title, body) VALUES ($1, 'someday.unknown', 'x', 'y') RETURNING id`,
      [kapus.client.user!.id],
    );
    const after = await inbox(kapus.client);
    expect(after.items.map((n) => n.id)).not.toContain(row!.id);
    expect({ total: after.total, unread: after.unread }).toEqual({
      total: before.total,
      unread: before.unread,
    });
    expectError(await kapus.client.post(`/notifications/${row!.id}/read`), 404, 'NOT_FOUND');
  });

  it('when rows were stored as `digest.overdue`, then the migration renames them to the one kind `reminder.digest`', async () => {
    const { kapus } = team;
    const userId = kapus.client.user!.id;
    await t.database.query(
      `INSERT INTO notifications (user_id, kind, title, body) VALUES ($1, 'digest.overdue', 'Tenggat terlewat', 'y')`,
      [userId],
    );
    await t.database.query(
      `INSERT INTO notification_preferences (user_id, kind, email) VALUES ($1, 'digest.overdue', false)`,
      [userId],
    );
    const sqlText = readFileSync(join(MIGRATIONS_DIR, '0013_notification_kind.sql'), 'utf8');
    for (const statement of sqlText.split('--> statement-breakpoint')) await t.database.exec(statement);
    const digests = (await inbox(kapus.client)).items.filter((n) => n.title === 'Tenggat terlewat');
    expect(digests.map((n) => n.kind)).toEqual(['reminder.digest']);
    const prefs = (await kapus.client.get('/notification-preferences')).json<{
      items: Array<{ kind: string; email: boolean }>;
    }>();
    expect(prefs.items.find((p) => p.kind === 'reminder.digest')).toEqual({
      kind: 'reminder.digest',
      email: false,
    });
  });

  it('when the outbox worker runs, then queued e-mails are sent once with an absolute link', async () => {
    const config = loadConfig({ LOG_LEVEL: 'silent', KINERJA_PUBLIC_URL: 'https://kinerja.example.go.id/' });
    const mailer = captureMailer();
    const pending = await outbox(`status = 'pending'`);
    expect(pending.length).toBeGreaterThan(3);
    const deps = { database: t.database, config, clock: t.clock, mailer };
    const first = await runDueJobs(deps, t.clock.now());
    expect(first.outbox).toEqual({ sent: pending.length, retried: 0, failed: 0 });
    expect(mailer.sent).toHaveLength(pending.length);
    const submitted = mailer.sent.find(
      (m) => m.subject === '[Kinerja] SKP menunggu persetujuan' && m.text.includes('Siti Perawat'),
    )!;
    expect(submitted.to).toBe(emailOf(team.kapus.id));
    expect(submitted.text).toContain(`https://kinerja.example.go.id/plans/${plan.id}`);
    expect(await outbox(`status <> 'sent'`)).toEqual([]);
    const again = await runDueJobs(deps, t.clock.now());
    expect(again.outbox.sent).toBe(0);
    expect(mailer.sent).toHaveLength(pending.length);
  });

  it('when sending fails, then the e-mail is retried with exponential backoff and marked failed after the last attempt', async () => {
    const config = loadConfig({ LOG_LEVEL: 'silent', KINERJA_MAIL_MAX_ATTEMPTS: '3' });
    const mailer = captureMailer();
    await team.nurse.client.put('/notification-preferences/feedback.received', { email: true });
    await team.kapus.client.post(`/work-plans/${plan.id}/feedback`, {
      periodId: q1,
      kind: 'strength',
      text: 'Tepat waktu.',
    });
    const [row] = await outbox(`status = 'pending'`);
    expect(row).toBeDefined();
    let now = t.clock.now();
    const run = () => processOutbox(t.database, config, mailer, now, { info() {}, warn() {}, error() {} });

    mailer.failNext(1);
    expect(await run()).toEqual({ sent: 0, retried: 1, failed: 0 });
    let [after] = await outbox(`id = $1`, [row!.id]);
    expect(after).toMatchObject({ status: 'pending', attempts: 1 });
    expect(after!.last_error).toContain('451');
    expect(new Date(after!.next_attempt_at).getTime()).toBe(now.getTime() + retryDelayMs(1));
    expect(await run()).toEqual({ sent: 0, retried: 0, failed: 0 }); // not due yet

    now = new Date(now.getTime() + retryDelayMs(1));
    mailer.failNext(1);
    expect(await run()).toEqual({ sent: 0, retried: 1, failed: 0 });
    [after] = await outbox(`id = $1`, [row!.id]);
    expect(new Date(after!.next_attempt_at).getTime()).toBe(now.getTime() + retryDelayMs(2));
    expect(retryDelayMs(2)).toBe(2 * retryDelayMs(1));

    now = new Date(now.getTime() + retryDelayMs(2));
    expect(await run()).toEqual({ sent: 1, retried: 0, failed: 0 });
    [after] = await outbox(`id = $1`, [row!.id]);
    expect(after).toMatchObject({ status: 'sent', attempts: 3, last_error: null });

    // A real SMTP transport that cannot connect fails, and after the last attempt the e-mail is given up.
    await team.kapus.client.post(`/work-plans/${plan.id}/feedback`, {
      periodId: q1,
      kind: 'strength',
      text: 'Rapi.',
    });
    const smtp = createMailer(
      loadConfig({
        LOG_LEVEL: 'silent',
        KINERJA_SMTP_URL: 'smtp://127.0.0.1:1',
        KINERJA_MAIL_MAX_ATTEMPTS: '2',
      }),
      { info() {}, warn() {}, error() {} },
    );
    expect(smtp.kind).toBe('smtp');
    const twoAttempts = loadConfig({ LOG_LEVEL: 'silent', KINERJA_MAIL_MAX_ATTEMPTS: '2' });
    const quiet = { info() {}, warn() {}, error() {} };
    expect(await processOutbox(t.database, twoAttempts, smtp, now, quiet)).toEqual({
      sent: 0,
      retried: 1,
      failed: 0,
    });
    now = new Date(now.getTime() + retryDelayMs(1));
    expect(await processOutbox(t.database, twoAttempts, smtp, now, quiet)).toEqual({
      sent: 0,
      retried: 0,
      failed: 1,
    });
    const failed = await outbox(`status = 'failed'`);
    expect(failed).toHaveLength(1);
    expect(failed[0]!.attempts).toBe(2);
    smtp.close?.();
  });

  it('when no SMTP server is configured, then e-mails are written to the log and marked sent', async () => {
    const logged: Array<{ obj: object; msg?: string }> = [];
    const log = { info: (obj: object, msg?: string) => logged.push({ obj, msg }), warn() {}, error() {} };
    const config = loadConfig({ LOG_LEVEL: 'silent' });
    const mailer = createMailer(config, log);
    expect(mailer.kind).toBe('log');
    await team.kapus.client.post(`/work-plans/${plan.id}/feedback`, {
      periodId: q1,
      kind: 'strength',
      text: 'Ramah.',
    });
    const result = await processOutbox(t.database, config, mailer, t.clock.now(), log);
    expect(result.sent).toBe(1);
    expect(logged.some((l) => l.msg?.includes(emailOf(team.nurse.id)))).toBe(true);
    expect(await outbox(`status = 'pending'`)).toEqual([]);
  });
});
