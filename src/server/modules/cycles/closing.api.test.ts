import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CycleClosePreview, CycleCloseResult, CycleView } from '../../../domain/cycles/view.js';
import { createTestApp, type Client, type TestApp } from '../../../../test/helpers.js';
import { expectError, failingPaths, roleClients } from '../../../../test/factories.js';
import {
  approvedPlan,
  auditOf,
  buildTeam,
  createPlan,
  pastCycle,
  type OwnCycle,
  type Team,
} from '../../../../test/planning-fixtures.js';
import { draftEvaluation, finalEvaluation, objection } from '../../../../test/assessment-fixtures.js';

/**
 * Closing the year (issue 10, point 3): HR sees what is still open, closes the cycle (every period locked, the year
 * read-only), and may reopen it with a reason. Each test closes a cycle of its own.
 */
describe('closing a cycle', () => {
  let t: TestApp;
  let team: Team;
  let hr: Client;

  beforeAll(async () => {
    t = await createTestApp();
    team = await buildTeam(t);
    hr = (await roleClients(t.app, team.admin)).hrAdmin;
  });
  afterAll(async () => t.close());

  const close = (cycle: OwnCycle, body: Record<string, unknown> = {}, by = hr) =>
    by.post(`/cycles/${cycle.id}/close`, body);

  async function closed(cycle: OwnCycle) {
    const res = await close(cycle);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<CycleCloseResult>();
  }

  const reasonOf = (res: Parameters<typeof expectError>[0]) =>
    (expectError(res, 409, 'INVALID_TRANSITION').details as { reason: string }).reason;

  describe('the preview', () => {
    it('when HR previews a cycle, then it counts and lists what is still open with unit names', async () => {
      const cycle = await pastCycle(t.database);
      const nurse = await approvedPlan(team, cycle.id); // the Kepala Puskesmas gets a draft leader plan
      await createPlan(team.midwife.client, cycle.id, team.midwife.id); // a draft
      const q1 = await finalEvaluation(team, nurse, cycle.quarters[0]!, {
        result: 'meets',
        behaviour: 'meets',
      });
      await draftEvaluation(team, nurse, cycle.quarters[1]!);
      await objection(team, q1.id);
      const lock = await hr.post(`/cycles/${cycle.id}/periods/${cycle.quarters[0]}/lock`, {});
      expect(lock.statusCode, lock.body).toBe(200);

      const res = await hr.get(`/cycles/${cycle.id}/close-preview`);
      expect(res.statusCode, res.body).toBe(200);
      const p = res.json<CycleClosePreview>();
      expect(p.counts).toEqual({
        plansNotApproved: 2,
        periodicDraftEvaluations: 1,
        annualDraftEvaluations: 0,
        missingPeriodicEvaluations: 3,
        openObjections: 1,
        unlockedPeriods: 4,
      });
      expect(p.clean).toBe(false);
      expect(p.status).toBe('open');
      expect(
        p.plansNotApproved
          .map((x) => [x.employeeName, x.unitName, x.status])
          .sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
      ).toEqual([
        ['Bidan Ani', 'Puskesmas Kemuning', 'draft'],
        ['dr. Kepala Puskesmas', 'Puskesmas Kemuning', 'draft'],
      ]);
      expect(p.draftEvaluations).toEqual([
        expect.objectContaining({
          employeeName: 'Siti Perawat',
          unitName: 'Puskesmas Kemuning',
          periodId: cycle.quarters[1],
          kind: 'periodic',
        }),
      ]);
      expect(p.missingPeriodicEvaluations.map((m) => [m.planId, m.periodId])).toEqual(
        cycle.quarters.slice(1).map((q) => [nurse.id, q]),
      );
      expect(p.openObjections).toEqual([
        expect.objectContaining({ evaluationId: q1.id, employeeName: 'Siti Perawat', status: 'filed' }),
      ]);
      expect(p.unlockedPeriods.map((x) => x.id)).toEqual([...cycle.quarters.slice(1), cycle.annual]);
    });

    it('when only periods are still open, then the preview is clean (the close locks them)', async () => {
      const cycle = await pastCycle(t.database);
      const p = (await hr.get(`/cycles/${cycle.id}/close-preview`)).json<CycleClosePreview>();
      expect(p.counts.unlockedPeriods).toBe(5);
      expect(p.clean).toBe(true);
    });

    it('when someone other than HR asks for the preview, then 403', async () => {
      const cycle = await pastCycle(t.database);
      expectError(await team.kapus.client.get(`/cycles/${cycle.id}/close-preview`), 403, 'FORBIDDEN');
      expectError(await team.nurse.client.get(`/cycles/${cycle.id}/close-preview`), 403, 'FORBIDDEN');
    });
  });

  describe('closing', () => {
    it('when HR closes a cycle, then every period is locked, the cycle is closed and the open counts are answered and audited', async () => {
      const cycle = await pastCycle(t.database);
      await createPlan(team.midwife.client, cycle.id, team.midwife.id);
      const result = await closed(cycle);
      expect(result.openAtClose).toMatchObject({ plansNotApproved: 1, unlockedPeriods: 5 });
      expect(result.lockedPeriods).toBe(5);
      expect(result.cycle).toMatchObject({ status: 'closed', can: { close: false, reopen: true } });
      expect(result.cycle.closedAt).not.toBeNull();
      expect(result.cycle.closedByName).toEqual(expect.any(String));
      expect(result.cycle.periods.every((p) => p.status === 'locked' && p.lockedAt !== null)).toBe(true);

      const view = (await team.nurse.client.get(`/cycles/${cycle.id}`)).json<CycleView>();
      expect(view).toMatchObject({ status: 'closed', can: { close: false, reopen: false } });
      const [entry] = await auditOf(team, 'cycle', cycle.id);
      expect(entry).toMatchObject({
        action: 'cycle.close',
        before: { status: 'open' },
        after: { status: 'closed', openAtClose: { plansNotApproved: 1 }, lockedPeriods: 5 },
      });
    });

    it('when someone other than HR closes a cycle, then 403 and it stays open', async () => {
      const cycle = await pastCycle(t.database);
      expectError(await close(cycle, {}, team.kadis.client), 403, 'FORBIDDEN');
      const view = (await hr.get(`/cycles/${cycle.id}`)).json<CycleView>();
      expect(view).toMatchObject({ status: 'open', can: { close: true, reopen: false } });
    });

    it('when HR closes a closed cycle, then 409 cycle_closed', async () => {
      const cycle = await pastCycle(t.database);
      await closed(cycle);
      expect(reasonOf(await close(cycle))).toBe('cycle_closed');
    });

    it('when HR closes with a version it did not read last, then 409 CONFLICT', async () => {
      const cycle = await pastCycle(t.database);
      expectError(await close(cycle, { version: 99 }), 409, 'CONFLICT');
    });
  });

  describe('reopening', () => {
    it('when HR reopens without a reason, then 400 with a localised message', async () => {
      const cycle = await pastCycle(t.database);
      await closed(cycle);
      const res = await hr.post(`/cycles/${cycle.id}/reopen`, { reason: '  ' });
      expect(failingPaths(res)).toEqual(['reason']);
      expect(
        res.json<{ error: { details: Array<{ message: string }> } }>().error.details[0]!.message,
      ).toMatch(/Alasan membuka kembali tahun kinerja/);
    });

    it('when HR reopens with a reason, then the cycle is open again, its periods stay locked, and the reason is audited', async () => {
      const cycle = await pastCycle(t.database);
      await closed(cycle);
      const res = await hr.post(`/cycles/${cycle.id}/reopen`, { reason: 'Koreksi keberatan' });
      expect(res.statusCode, res.body).toBe(200);
      const view = res.json<CycleView>();
      expect(view).toMatchObject({ status: 'open', closedAt: null, closedByName: null });
      expect(view.periods.every((p) => p.status === 'locked')).toBe(true);
      const [entry] = await auditOf(team, 'cycle', cycle.id);
      expect(entry).toMatchObject({
        action: 'cycle.reopen',
        after: { status: 'open', reason: 'Koreksi keberatan' },
      });
    });

    it('when HR reopens a cycle that is not closed, then 409', async () => {
      const cycle = await pastCycle(t.database);
      expect(reasonOf(await hr.post(`/cycles/${cycle.id}/reopen`, { reason: 'x' }))).toBe('cycle_not_closed');
    });

    it('when HR unlocks a period of a closed cycle, then 409 cycle_closed; after reopening, the unlock works', async () => {
      const cycle = await pastCycle(t.database);
      await closed(cycle);
      const unlock = () =>
        hr.post(`/cycles/${cycle.id}/periods/${cycle.quarters[3]}/unlock`, { reason: 'Koreksi' });
      expect(reasonOf(await unlock())).toBe('cycle_closed');
      expect((await hr.post(`/cycles/${cycle.id}/reopen`, { reason: 'Koreksi' })).statusCode).toBe(200);
      const res = await unlock();
      expect(res.statusCode, res.body).toBe(200);
    });
  });

  describe('a closed cycle is read-only', () => {
    it('when the employee edits a plan of a closed cycle, then 409 cycle_closed', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await createPlan(team.midwife.client, cycle.id, team.midwife.id);
      await closed(cycle);
      const res = await team.midwife.client.patch(`/work-plans/${plan.id}`, { approach: 'qualitative' });
      expect(reasonOf(res)).toBe('cycle_closed');
      const result = await team.midwife.client.post(`/work-plans/${plan.id}/results`, {
        kind: 'main',
        text: 'RHK',
      });
      expect(reasonOf(result)).toBe('cycle_closed');
    });

    it('when someone starts a plan in a closed cycle, then 409 cycle_closed', async () => {
      const cycle = await pastCycle(t.database);
      await closed(cycle);
      const res = await team.midwife.client.post('/work-plans', {
        cycleId: cycle.id,
        employeeId: team.midwife.id,
        approach: 'quantitative',
      });
      expect(reasonOf(res)).toBe('cycle_closed');
    });

    it('when the employee records progress in a closed cycle, then 409 cycle_closed (not only period_locked)', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await approvedPlan(team, cycle.id);
      await closed(cycle);
      const res = await team.nurse.client.post(`/work-plans/${plan.id}/progress`, {
        periodId: cycle.quarters[0],
        indicatorId: plan.indicatorIds[0],
        value: 10,
      });
      const error = expectError(res, 409, 'INVALID_TRANSITION');
      expect(error.details).toMatchObject({ reason: 'cycle_closed', action: 'record_progress' });
      expect(error.message).toMatch(/sudah ditutup/);
    });

    it('when the assessor gives feedback on a plan of a closed cycle, then 409 cycle_closed', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await approvedPlan(team, cycle.id);
      await closed(cycle);
      const res = await team.kapus.client.post(`/work-plans/${plan.id}/feedback`, {
        periodId: cycle.quarters[0],
        kind: 'strength',
        text: 'Bagus',
      });
      expect(reasonOf(res)).toBe('cycle_closed');
    });

    it('when the employee adds evidence to an entry of a closed cycle, then 409 cycle_closed', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await approvedPlan(team, cycle.id);
      const entry = await team.nurse.client.post(`/work-plans/${plan.id}/progress`, {
        periodId: cycle.quarters[0],
        indicatorId: plan.indicatorIds[0],
        value: 10,
      });
      expect(entry.statusCode, entry.body).toBe(201);
      await closed(cycle);
      const res = await team.nurse.client.post(
        `/work-plans/${plan.id}/progress/${entry.json<{ id: string }>().id}/evidence`,
        { url: 'https://example.org/laporan.pdf' },
      );
      expect(reasonOf(res)).toBe('cycle_closed');
    });

    it('when a party records a performance dialogue on a plan of a closed cycle, then 409 cycle_closed', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await approvedPlan(team, cycle.id);
      await closed(cycle);
      const res = await team.kapus.client.post(`/work-plans/${plan.id}/dialogues`, {
        heldOn: `${cycle.year}-03-15`,
        topics: 'Capaian triwulan',
      });
      expect(reasonOf(res)).toBe('cycle_closed');
    });

    it('when someone only reads a closed cycle, then the plan and its progress still answer', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await approvedPlan(team, cycle.id);
      await closed(cycle);
      const view = await team.nurse.client.get(`/work-plans/${plan.id}`);
      expect(view.statusCode).toBe(200);
      // nothing is offered on a closed cycle
      expect(view.json<{ can: Record<string, boolean> }>().can).toEqual({
        edit: false,
        submit: false,
        review: false,
        amend: false,
        editBehaviours: false,
        comment: false,
      });
      expect((await team.kapus.client.get(`/work-plans/${plan.id}/progress`)).statusCode).toBe(200);
    });

    it('when the assessor approves a submitted plan of a closed cycle, then 409 cycle_closed', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await approvedPlan(team, cycle.id);
      // an amendment, submitted, waits for approval when the year closes
      const amend = await team.nurse.client.post(`/work-plans/${plan.id}/amend`, {
        reason: 'Perubahan target',
      });
      expect(amend.statusCode, amend.body).toBe(201);
      const amendment = amend.json<{ id: string }>();
      expect((await team.nurse.client.post(`/work-plans/${amendment.id}/submit`)).statusCode).toBe(200);
      await closed(cycle);
      expect(reasonOf(await team.kapus.client.post(`/work-plans/${amendment.id}/approve`, {}))).toBe(
        'cycle_closed',
      );
    });

    it('when the cycle is reopened, then plans can change again', async () => {
      const cycle = await pastCycle(t.database);
      const plan = await createPlan(team.midwife.client, cycle.id, team.midwife.id);
      await closed(cycle);
      expect((await hr.post(`/cycles/${cycle.id}/reopen`, { reason: 'Koreksi' })).statusCode).toBe(200);
      const res = await team.midwife.client.patch(`/work-plans/${plan.id}`, { approach: 'qualitative' });
      expect(res.statusCode, res.body).toBe(200);
    });
  });
});
