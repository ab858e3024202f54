import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgressEntryView, ProgressGridView } from '../../../domain/progress/view.js';
import { createTestApp, type Client, type TestApp } from '../../../../test/helpers.js';
import { expectError, failingPaths } from '../../../../test/factories.js';
import { approvedPlan, auditOf, buildTeam, newCycle, type Team } from '../../../../test/planning-fixtures.js';
import {
  mixedPlan,
  progressAppEnv,
  progressEntry,
  recordProgress,
  removeDataDirs,
} from '../../../../test/progress-fixtures.js';

afterAll(removeDataDirs);

/** Recording progress (realisasi) and its achievement. Each test builds its own cycle and plan. */
describe('progress (realisasi)', () => {
  let t: TestApp;
  let team: Team;

  beforeAll(async () => {
    t = await createTestApp(progressAppEnv());
    team = await buildTeam(t);
  });
  afterAll(async () => t.close());

  describe('recording', () => {
    it('when the owner records progress on the approved plan, then 201 with the achievement and its formula, and it is audited', async () => {
      const { cycle, plan } = await mixedPlan(t, team);
      const entry = await progressEntry(team.nurse.client, plan.id, {
        indicatorId: plan.indicatorIds[0],
        periodId: cycle.quarters[0],
        value: 45,
        note: 'Posyandu Melati',
      });
      expect(entry).toMatchObject({
        indicatorId: plan.indicatorIds[0],
        periodId: cycle.quarters[0],
        value: 45,
        text: null,
        note: 'Posyandu Melati',
        achievement: 90,
        formula: 'realisasi ÷ target × 100%',
        createdBy: team.nurse.client.user!.id,
        createdByName: 'Siti Perawat',
        evidence: [],
      });
      expect(entry.createdAt).toBe('2026-11-29T03:00:00.000Z');
      expect((await auditOf(team, 'progress_entry', entry.id)).map((e) => e.action)).toEqual([
        'progress.record',
      ]);
    });

    it('when a transfer ended the plan, then a period after its end answers 409 plan_not_in_force and one within it is recorded', async () => {
      const { cycle, plan } = await mixedPlan(t, team);
      const moved = await team.hr.post(`/employees/${team.nurse.id}/transfers`, {
        unitId: team.unitId,
        supervisorId: team.kadis.id,
        effectiveDate: `${cycle.year}-07-01`,
      });
      expect(moved.statusCode, moved.body).toBe(201);
      const newPlanId = moved.json<{ newPlanId: string }>().newPlanId;
      const body = { indicatorId: plan.indicatorIds[0], value: 10 };
      const after = expectError(
        await recordProgress(team.nurse.client, plan.id, { ...body, periodId: cycle.quarters[2] }),
        409,
        'INVALID_TRANSITION',
      );
      expect(after.details).toMatchObject({
        reason: 'plan_not_in_force',
        periodId: cycle.quarters[2],
        planEndDate: `${cycle.year}-06-30`,
      });
      await progressEntry(team.nurse.client, plan.id, { ...body, periodId: cycle.quarters[1] });
      // back under the Kepala Puskesmas for the other tests
      const back = await team.hr.post(`/employees/${team.nurse.id}/transfers`, {
        unitId: team.unitId,
        supervisorId: team.kapus.id,
        effectiveDate: `${cycle.year}-08-01`,
      });
      expect(back.statusCode, back.body).toBe(201);
      expect(back.json<{ endedPlanId: string }>().endedPlanId).toBe(newPlanId);
    });

    it('when someone other than the owner records progress, then those who see the plan get 403 and the others 404', async () => {
      const { cycle, plan } = await mixedPlan(t, team);
      const body = { indicatorId: plan.indicatorIds[0], periodId: cycle.quarters[0], value: 1 };
      expectError(await recordProgress(team.kapus.client, plan.id, body), 403, 'FORBIDDEN'); // the assessor
      expectError(await recordProgress(team.kadis.client, plan.id, body), 403, 'FORBIDDEN'); // assessor's superior
      expectError(await recordProgress(team.hr, plan.id, body), 403, 'FORBIDDEN');
      expectError(await recordProgress(team.midwife.client, plan.id, body), 404, 'NOT_FOUND'); // a colleague
      expectError(await recordProgress(team.outsider.client, plan.id, body), 404, 'NOT_FOUND');
      expectError(await recordProgress(team.nurse.client, crypto.randomUUID(), body), 404, 'NOT_FOUND');
    });

    it('when lower is better, then achievement is target ÷ realised and a realised 0 reaches the cap', async () => {
      const { cycle, plan } = await mixedPlan(t, team);
      const lower = { indicatorId: plan.indicatorIds[1], periodId: cycle.quarters[0] };
      expect((await progressEntry(team.nurse.client, plan.id, { ...lower, value: 20 })).achievement).toBe(50);
      const best = await progressEntry(team.nurse.client, plan.id, { ...lower, value: 0 });
      expect(best).toMatchObject({ achievement: 200, formula: 'target ÷ realisasi × 100%' });
    });

    it('when the realisation is far above target, then achievement stops at the cap (200 by default)', async () => {
      const { cycle, plan } = await mixedPlan(t, team);
      const e = await progressEntry(team.nurse.client, plan.id, {
        indicatorId: plan.indicatorIds[0],
        periodId: cycle.quarters[1],
        value: 500,
      });
      expect(e.achievement).toBe(200);
    });

    it('when the target is 0 or the indicator is narrative, then achievement is null', async () => {
      const { cycle, plan } = await mixedPlan(t, team);
      const zero = await progressEntry(team.nurse.client, plan.id, {
        indicatorId: plan.indicatorIds[2],
        periodId: cycle.quarters[0],
        value: 0,
      });
      expect(zero).toMatchObject({ achievement: null, formula: null, value: 0 });
      const narrative = await progressEntry(team.nurse.client, plan.id, {
        indicatorId: plan.indicatorIds[3],
        periodId: cycle.quarters[0],
        text: 'Laporan Januari–Maret terkirim tepat waktu',
      });
      expect(narrative).toMatchObject({
        achievement: null,
        value: null,
        text: expect.stringContaining('Laporan'),
      });
    });

    it('when the entry does not fit its indicator, then 400 names the field', async () => {
      const { cycle, plan } = await mixedPlan(t, team);
      const base = { periodId: cycle.quarters[0] };
      const nurse = team.nurse.client;
      expect(
        failingPaths(await recordProgress(nurse, plan.id, { ...base, indicatorId: plan.indicatorIds[0] })),
      ).toEqual(['value']);
      expect(
        failingPaths(
          await recordProgress(nurse, plan.id, { ...base, indicatorId: plan.indicatorIds[3], value: 3 }),
        ),
      ).toEqual(['text', 'value']);
      expect(
        failingPaths(
          await recordProgress(nurse, plan.id, {
            ...base,
            indicatorId: plan.indicatorIds[0],
            value: '1e999',
          }),
        ),
      ).toEqual(['value']);
    });

    it('when a realisation is negative, then 400 "Tidak boleh negatif", for "lower is better" too; nothing is written', async () => {
      const { cycle, plan } = await mixedPlan(t, team);
      const nurse = team.nurse.client;
      for (const indicatorId of [plan.indicatorIds[0], plan.indicatorIds[1]]) {
        const err = expectError(
          await recordProgress(nurse, plan.id, { indicatorId, periodId: cycle.quarters[0], value: -20 }),
          400,
          'VALIDATION_FAILED',
        );
        expect(err.details).toEqual([
          expect.objectContaining({
            path: 'value',
            code: 'number.negative',
            message: 'Tidak boleh negatif.',
          }),
        ]);
      }
      const grid = (await nurse.get(`/work-plans/${plan.id}/progress`)).json<{ entries?: unknown[] }>();
      expect(JSON.stringify(grid)).not.toContain('-20');
    });

    it('when the indicator belongs to another plan, then 400 names it', async () => {
      const { cycle, plan } = await mixedPlan(t, team);
      const foreign = await approvedPlan(team, cycle.id, { employee: 'midwife' });
      expect(
        failingPaths(
          await recordProgress(team.nurse.client, plan.id, {
            periodId: cycle.quarters[0],
            indicatorId: foreign.indicatorIds[0],
            value: 1,
          }),
        ),
      ).toEqual(['indicatorId']);
    });

    it('when the period is not of the plan’s cycle, then 400 names it', async () => {
      const { plan } = await mixedPlan(t, team);
      const other = await newCycle(t.database);
      expect(
        failingPaths(
          await recordProgress(team.nurse.client, plan.id, {
            indicatorId: plan.indicatorIds[0],
            value: 10,
            periodId: other.quarters[0],
          }),
        ),
      ).toEqual(['periodId']);
    });

    it('when the period is locked, then 409 and nothing is written', async () => {
      const { cycle, plan } = await mixedPlan(t, team);
      const q4 = cycle.quarters[3]!;
      const lock = await team.hr.post(`/cycles/${cycle.id}/periods/${q4}/lock`, { reason: 'Tutup buku' });
      expect(lock.statusCode, lock.body).toBe(200);
      const err = expectError(
        await recordProgress(team.nurse.client, plan.id, {
          indicatorId: plan.indicatorIds[0],
          value: 10,
          periodId: q4,
        }),
        409,
        'INVALID_TRANSITION',
      );
      expect(err.details).toMatchObject({ reason: 'period_locked', periodId: q4 });
      const list = (await team.nurse.client.get(`/work-plans/${plan.id}/progress?periodId=${q4}`)).json<{
        total: number;
      }>();
      expect(list.total).toBe(0);
    });
  });

  describe('reading', () => {
    it('when several entries are recorded for one cell, then all are kept and the latest counts in the grid', async () => {
      const { cycle, plan } = await mixedPlan(t, team);
      const [q1, q2, q3] = cycle.quarters;
      const first = { indicatorId: plan.indicatorIds[0] };
      await progressEntry(team.nurse.client, plan.id, { ...first, periodId: q1, value: 45 });
      await progressEntry(team.nurse.client, plan.id, { ...first, periodId: q2, value: 500 });
      const cell = { ...first, periodId: q3 };
      await progressEntry(team.nurse.client, plan.id, { ...cell, value: 10, note: 'awal' });
      await progressEntry(team.nurse.client, plan.id, { ...cell, value: 30, note: 'koreksi' });
      const latest = await progressEntry(team.nurse.client, plan.id, { ...cell, value: 25, note: 'final' });

      const list = await team.kapus.client.get(`/work-plans/${plan.id}/progress?periodId=${q3}`);
      expect(list.statusCode, list.body).toBe(200);
      const items = list.json<{ items: ProgressEntryView[]; total: number }>();
      expect(items.total).toBe(3);
      expect(items.items.map((e) => e.note)).toEqual(['final', 'koreksi', 'awal']);

      const grid = (
        await team.kapus.client.get(`/work-plans/${plan.id}/progress-grid`)
      ).json<ProgressGridView>();
      const y = cycle.year;
      expect(grid.periods.map((p) => p.label)).toEqual([
        `Triwulan 1 ${y}`,
        `Triwulan 2 ${y}`,
        `Triwulan 3 ${y}`,
        `Triwulan 4 ${y}`,
        `Tahunan ${y}`,
      ]);
      const indicator = grid.results[0]!.indicators[0]!;
      // 200 patients a year, summed: each quarter's entry is measured against its 50
      expect(indicator).toMatchObject({
        numeric: true,
        target: 200,
        aggregation: 'sum',
        formula: 'realisasi ÷ target × 100%',
      });
      expect(indicator.cells.map((c) => c.target)).toEqual([50, 50, 50, 50, 200]);
      expect(indicator.toDate).toEqual({
        throughPeriodId: q3,
        periodCount: 3,
        realised: 570,
        target: 150,
        achievement: 200,
      });
      expect(indicator.year).toEqual({ realised: 570, target: 200, achievement: 200 });
      const q3Cell = indicator.cells.find((c) => c.periodId === q3)!;
      expect(q3Cell.entryCount).toBe(3);
      expect(q3Cell.latest).toMatchObject({ id: latest.id, value: 25, achievement: 50 });
      expect(indicator.trend.map((p) => p.achievement)).toEqual([90, 200, 50, null]);
      expect(indicator.latestAchievement).toBe(50);
      const narrative = grid.results[0]!.indicators[3]!;
      expect(narrative).toMatchObject({ numeric: false, formula: null });
    });

    it('when others read the progress, then the assessor sees it without recording, the owner may record, colleagues and outsiders get 404', async () => {
      const { plan } = await mixedPlan(t, team);
      const gridOf = async (c: Client) =>
        (await c.get(`/work-plans/${plan.id}/progress-grid`)).json<ProgressGridView>();
      expect((await gridOf(team.kapus.client)).can.record).toBe(false);
      expect((await gridOf(team.nurse.client)).can.record).toBe(true);
      expectError(await team.outsider.client.get(`/work-plans/${plan.id}/progress-grid`), 404, 'NOT_FOUND');
      expectError(await team.midwife.client.get(`/work-plans/${plan.id}/progress`), 404, 'NOT_FOUND');
    });
  });

  describe('bulk entry', () => {
    it('when a bulk entry has failing rows, then nothing is written and each failing entry is named', async () => {
      const { cycle, plan } = await mixedPlan(t, team);
      const bad = await team.nurse.client.post(`/work-plans/${plan.id}/progress/bulk`, {
        periodId: cycle.quarters[1],
        entries: [
          { indicatorId: plan.indicatorIds[0], value: 40 },
          { indicatorId: plan.indicatorIds[1] },
          { indicatorId: plan.indicatorIds[3], value: 1, text: 'ok' },
          { indicatorId: plan.indicatorIds[0], value: 41 },
        ],
      });
      expect(failingPaths(bad)).toEqual(['entries.1.value', 'entries.2.value', 'entries.3.indicatorId']);
      expect(
        (await team.nurse.client.get(`/work-plans/${plan.id}/progress`)).json<{ total: number }>().total,
      ).toBe(0);
    });

    it('when a bulk entry is clean, then it is written at once with each achievement', async () => {
      const { cycle, plan } = await mixedPlan(t, team);
      const good = await team.nurse.client.post(`/work-plans/${plan.id}/progress/bulk`, {
        periodId: cycle.quarters[1],
        entries: [
          { indicatorId: plan.indicatorIds[0], value: 40 },
          { indicatorId: plan.indicatorIds[1], value: 8 },
          { indicatorId: plan.indicatorIds[3], text: 'Terkirim' },
        ],
      });
      expect(good.statusCode, good.body).toBe(201);
      expect(good.json<{ items: ProgressEntryView[] }>().items.map((e) => e.achievement)).toEqual([
        80,
        125,
        null,
      ]);
    });

    it('when the assessor sends a bulk entry, then 403', async () => {
      const { cycle, plan } = await mixedPlan(t, team);
      expectError(
        await team.kapus.client.post(`/work-plans/${plan.id}/progress/bulk`, {
          periodId: cycle.quarters[1],
          entries: [{ indicatorId: plan.indicatorIds[0], value: 40 }],
        }),
        403,
        'FORBIDDEN',
      );
    });
  });

  describe('the agreed plan', () => {
    it('when the plan is not approved, then 409 INVALID_TRANSITION says the plan must be approved', async () => {
      const cycle = await newCycle(t.database);
      const draft = await team.midwife.client.post('/work-plans', {
        cycleId: cycle.id,
        employeeId: team.midwife.id,
        approach: 'quantitative',
      });
      const planId = draft.json<{ id: string }>().id;
      const result = (
        await team.midwife.client.post(`/work-plans/${planId}/results`, {
          kind: 'main',
          text: 'Pelayanan KIA',
        })
      ).json<{ id: string }>();
      const indicator = (
        await team.midwife.client.post(`/work-plans/${planId}/results/${result.id}/indicators`, {
          text: 'Ibu hamil diperiksa',
          aspect: 'quantity',
          target: 40,
          unit: 'orang',
        })
      ).json<{ id: string }>();
      const err = expectError(
        await recordProgress(team.midwife.client, planId, {
          indicatorId: indicator.id,
          periodId: cycle.quarters[0],
          value: 10,
        }),
        409,
        'INVALID_TRANSITION',
      );
      expect(err.details).toMatchObject({
        status: 'draft',
        reason: 'plan_not_approved',
        required: 'approved',
      });
      expect(err.message).toMatch(/disetujui/);
    });

    it('when an amendment is approved, then earlier progress carries over to it and the old version takes no more', async () => {
      const cycle = await newCycle(t.database);
      const [p1, p2] = cycle.quarters;
      const plan = await approvedPlan(team, cycle.id);
      const early = await progressEntry(team.nurse.client, plan.id, {
        indicatorId: plan.indicatorIds[0],
        periodId: p1,
        value: 60,
      });
      const amended = await team.nurse.client.post(`/work-plans/${plan.id}/amend`, {
        reason: 'Mutasi tugas',
      });
      expect(amended.statusCode, amended.body).toBe(201);
      const v2 = amended.json<{ id: string }>().id;
      // While the amendment is a draft, the approved version is still the one in force.
      await progressEntry(team.nurse.client, plan.id, {
        indicatorId: plan.indicatorIds[0],
        periodId: p2,
        value: 70,
      });
      expect((await team.nurse.client.post(`/work-plans/${v2}/submit`)).statusCode).toBe(200);
      expect((await team.kapus.client.post(`/work-plans/${v2}/approve`, {})).statusCode).toBe(200);

      const grid = (await team.nurse.client.get(`/work-plans/${v2}/progress-grid`)).json<ProgressGridView>();
      const indicator = grid.results[0]!.indicators[0]!;
      expect(indicator.id).not.toBe(plan.indicatorIds[0]);
      expect(indicator.cells[0]!.latest).toMatchObject({
        id: early.id,
        workPlanId: plan.id,
        indicatorId: indicator.id,
      });
      expect(indicator.trend.slice(0, 2).map((p) => p.value)).toEqual([60, 70]);

      const err = expectError(
        await recordProgress(team.nurse.client, plan.id, {
          indicatorId: plan.indicatorIds[0],
          periodId: p2,
          value: 1,
        }),
        409,
        'INVALID_TRANSITION',
      );
      expect(err.details).toMatchObject({ reason: 'plan_superseded' });
      await progressEntry(team.nurse.client, v2, { indicatorId: indicator.id, periodId: p2, value: 75 });
    });
  });
});

describe('progress with KINERJA_ACHIEVEMENT_CAP=150', () => {
  let t: TestApp;
  let team: Team;

  beforeAll(async () => {
    t = await createTestApp(progressAppEnv({ KINERJA_ACHIEVEMENT_CAP: '150' }));
    team = await buildTeam(t);
  });
  afterAll(async () => t.close());

  it('when the cap is configured, then achievement stops there', async () => {
    const cycle = await newCycle(t.database);
    const plan = await approvedPlan(team, cycle.id);
    const e = await progressEntry(team.nurse.client, plan.id, {
      indicatorId: plan.indicatorIds[0],
      periodId: cycle.quarters[0],
      value: 400,
    });
    expect(e.achievement).toBe(150);
    const grid = (
      await team.nurse.client.get(`/work-plans/${plan.id}/progress-grid`)
    ).json<ProgressGridView>();
    expect(grid.cap).toBe(150);
  });
});
