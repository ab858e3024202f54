import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgressGridView } from '../../../domain/progress/view.js';
import type { IndicatorView, WorkPlanView } from '../../../domain/work-plans/view.js';
import { createTestApp, type TestApp } from '../../../../test/helpers.js';
import { expectError, failingPaths } from '../../../../test/factories.js';
import { approvedPlan, auditOf, buildTeam, newCycle, type Team } from '../../../../test/planning-fixtures.js';
import { progressAppEnv, progressEntry, removeDataDirs } from '../../../../test/progress-fixtures.js';

afterAll(removeDataDirs);

/**
 * Period targets and aggregation (domain §4, issue 12): each indicator builds its year by sum, average or latest;
 * its annual target is split into period targets (editable while the plan is editable); progress is measured per
 * period, to date and for the year. The test cycles are quarterly.
 */
describe('period targets and aggregation', () => {
  let t: TestApp;
  let team: Team;

  beforeAll(async () => {
    t = await createTestApp(progressAppEnv());
    team = await buildTeam(t);
  });
  afterAll(async () => t.close());

  const indicatorsOf = async (planId: string) =>
    (await team.nurse.client.get(`/work-plans/${planId}`))
      .json<WorkPlanView>()
      .results.flatMap((r) => r.indicators);
  const putTargets = (
    planId: string,
    indicatorId: string,
    targets: Array<{ periodId: string; target: number | null }>,
  ) => team.nurse.client.put(`/work-plans/${planId}/indicators/${indicatorId}/period-targets`, { targets });

  it('when indicators are added without an aggregation, then quantity sums and the other aspects average; the plan shows each period target', async () => {
    const cycle = await newCycle(t.database);
    const plan = await approvedPlan(team, cycle.id, {
      indicators: [
        { text: 'Pasien terlayani', aspect: 'quantity', target: 3600, unit: 'pasien' },
        { text: 'Waktu tanggap', aspect: 'time', target: 24, unit: 'jam', direction: 'lower' },
        { text: 'Cakupan imunisasi', aspect: 'quantity', target: 95, unit: '%', aggregation: 'latest' },
        { text: 'Kelompok sasaran', aspect: 'quantity', target: 10, unit: 'kelompok' },
      ],
    });
    const [patients, response, coverage, groups] = await indicatorsOf(plan.id);
    expect(patients).toMatchObject({ aggregation: 'sum' });
    expect(patients!.periodTargets).toEqual(
      cycle.quarters.map((periodId) => ({ periodId, target: 900, overridden: false })),
    );
    expect(response).toMatchObject({ aggregation: 'average' });
    expect(response!.periodTargets.map((p) => p.target)).toEqual([24, 24, 24, 24]);
    expect(coverage).toMatchObject({ aggregation: 'latest' });
    expect(coverage!.periodTargets.map((p) => p.target)).toEqual([95, 95, 95, 95]);
    // 10 over 4 quarters: 2.5 each
    expect(groups!.periodTargets.map((p) => p.target)).toEqual([2.5, 2.5, 2.5, 2.5]);
  });

  it('when an indicator gets an unknown aggregation, then 400 names the field', async () => {
    const cycle = await newCycle(t.database);
    await approvedPlan(team, cycle.id, {
      beforeSubmit: async (planId) => {
        const plan = (await team.nurse.client.get(`/work-plans/${planId}`)).json<WorkPlanView>();
        const res = await team.nurse.client.post(
          `/work-plans/${planId}/results/${plan.results[0]!.id}/indicators`,
          { text: 'Rapat', aspect: 'quantity', target: 12, aggregation: 'median' },
        );
        expect(failingPaths(res)).toEqual(['aggregation']);
      },
    });
  });

  it('when the owner sets period targets on the draft, then the other quarters share the rest, it is audited, and a sum that cannot add up is refused naming the sum', async () => {
    const cycle = await newCycle(t.database);
    const [q1, q2, q3, q4] = cycle.quarters as [string, string, string, string];
    let checked = false;
    await approvedPlan(team, cycle.id, {
      indicators: [{ text: 'Pasien terlayani', aspect: 'quantity', target: 3600, unit: 'pasien' }],
      beforeSubmit: async (planId, [indicatorId]) => {
        const ok = await putTargets(planId, indicatorId!, [{ periodId: q1, target: 600 }]);
        expect(ok.statusCode, ok.body).toBe(200);
        expect(ok.json<IndicatorView>().periodTargets).toEqual([
          { periodId: q1, target: 600, overridden: true },
          { periodId: q2, target: 1000, overridden: false },
          { periodId: q3, target: 1000, overridden: false },
          { periodId: q4, target: 1000, overridden: false },
        ]);
        const audit = await auditOf(team, 'work_plan', planId);
        expect(audit[0]).toMatchObject({
          action: 'work_plan.indicator.period_targets',
          before: { indicatorId, periodTargets: null },
          after: { indicatorId, periodTargets: { [q1]: 600 } },
        });

        // every quarter set and they do not add up: 400 saying the sum
        const all = [600, 1000, 1000, 900].map((target, i) => ({ periodId: cycle.quarters[i]!, target }));
        const mismatch = expectError(await putTargets(planId, indicatorId!, all), 400, 'VALIDATION_FAILED');
        expect(mismatch.message).toContain('3500');
        expect(mismatch.message).toContain('3600');
        expect(mismatch.details).toEqual([
          { path: 'targets', code: 'sum_mismatch', sum: 3500, annual: 3600 },
        ]);
        // overrides above the year leave nothing for the rest
        const exceeds = expectError(
          await putTargets(planId, indicatorId!, [{ periodId: q1, target: 4000 }]),
          400,
          'VALIDATION_FAILED',
        );
        expect(exceeds.details).toMatchObject([{ code: 'sum_exceeds', sum: 4000 }]);
        // a period of another cycle, and the same period twice
        const other = await newCycle(t.database);
        const unknown = await putTargets(planId, indicatorId!, [
          { periodId: other.quarters[0]!, target: 1 },
          { periodId: q2, target: 1 },
          { periodId: q2, target: 2 },
        ]);
        expect(failingPaths(unknown)).toEqual(['targets.0.periodId', 'targets.2.periodId']);
        // the assessor may not; an outsider does not see the plan
        expectError(
          await team.kapus.client.put(`/work-plans/${planId}/indicators/${indicatorId}/period-targets`, {
            targets: [],
          }),
          403,
          'FORBIDDEN',
        );
        expectError(
          await team.outsider.client.put(`/work-plans/${planId}/indicators/${indicatorId}/period-targets`, {
            targets: [],
          }),
          404,
          'NOT_FOUND',
        );
        // all four adding up is stored; nothing changed by the refused attempts before
        const exact = await putTargets(
          planId,
          indicatorId!,
          [600, 1000, 1000, 1000].map((target, i) => ({ periodId: cycle.quarters[i]!, target })),
        );
        expect(exact.statusCode, exact.body).toBe(200);
        expect(exact.json<IndicatorView>().periodTargets.every((p) => p.overridden)).toBe(true);
        checked = true;
      },
    });
    expect(checked).toBe(true);
  });

  it('when the annual target changes, then the period targets set by hand go back to the split', async () => {
    const cycle = await newCycle(t.database);
    await approvedPlan(team, cycle.id, {
      indicators: [{ text: 'Pasien terlayani', aspect: 'quantity', target: 3600, unit: 'pasien' }],
      beforeSubmit: async (planId, [indicatorId]) => {
        expect(
          (await putTargets(planId, indicatorId!, [{ periodId: cycle.quarters[0]!, target: 600 }]))
            .statusCode,
        ).toBe(200);
        const plan = (await team.nurse.client.get(`/work-plans/${planId}`)).json<WorkPlanView>();
        const res = await team.nurse.client.patch(
          `/work-plans/${planId}/results/${plan.results[0]!.id}/indicators/${indicatorId}`,
          { target: 4000 },
        );
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json<IndicatorView>().periodTargets.map((p) => [p.target, p.overridden])).toEqual([
          [1000, false],
          [1000, false],
          [1000, false],
          [1000, false],
        ]);
      },
    });
  });

  it('when the plan is approved, then its period targets cannot be changed (409)', async () => {
    const cycle = await newCycle(t.database);
    const plan = await approvedPlan(team, cycle.id);
    const res = await putTargets(plan.id, plan.indicatorIds[0]!, [
      { periodId: cycle.quarters[0]!, target: 10 },
    ]);
    expectError(res, 409, 'INVALID_TRANSITION');
  });

  it('when a narrative indicator gets period targets, then 400 says it has no numeric target', async () => {
    const cycle = await newCycle(t.database);
    await approvedPlan(team, cycle.id, {
      indicators: [{ text: 'Laporan', target: null, targetText: 'Lengkap' }],
      beforeSubmit: async (planId, [indicatorId]) => {
        const res = await putTargets(planId, indicatorId!, [{ periodId: cycle.quarters[0]!, target: 1 }]);
        expect(failingPaths(res)).toEqual(['targets']);
      },
    });
  });

  it('when progress is recorded, then each entry is measured against its period target and the grid adds the to-date and year achievements', async () => {
    const cycle = await newCycle(t.database);
    const [q1, q2, q3] = cycle.quarters as [string, string, string];
    const plan = await approvedPlan(team, cycle.id, {
      indicators: [
        { text: 'Pasien terlayani', aspect: 'quantity', target: 3600, unit: 'pasien' },
        { text: 'Waktu tanggap', aspect: 'time', target: 24, unit: 'jam', direction: 'lower' },
        { text: 'Cakupan imunisasi', aspect: 'quantity', target: 90, unit: '%', aggregation: 'latest' },
      ],
      // the first quarter is a slow start: 600, the others share the rest (1,000 each)
      beforeSubmit: async (planId, [patients]) => {
        expect((await putTargets(planId, patients!, [{ periodId: q1, target: 600 }])).statusCode).toBe(200);
      },
    });
    const [patients, response, coverage] = plan.indicatorIds as [string, string, string];
    const record = (indicatorId: string, periodId: string, value: number) =>
      progressEntry(team.nurse.client, plan.id, { indicatorId, periodId, value });

    // 620 of the quarter's 600, not of the year's 3,600
    expect((await record(patients, q1, 620)).achievement).toBe(103.33);
    expect((await record(patients, q3, 900)).achievement).toBe(90);
    expect((await record(response, q1, 20)).achievement).toBe(120);
    expect((await record(response, q2, 30)).achievement).toBe(80);
    expect((await record(coverage, q1, 60)).achievement).toBe(66.67);
    expect((await record(coverage, q2, 81)).achievement).toBe(90);

    const grid = (
      await team.kapus.client.get(`/work-plans/${plan.id}/progress-grid`)
    ).json<ProgressGridView>();
    const [p, r, c] = grid.results[0]!.indicators;
    expect(p!.cells.map((x) => x.target)).toEqual([600, 1000, 1000, 1000, 3600]);
    // to date: 1,520 of the 2,600 planned through Q3 (Q2 unreported counts as nothing realised)
    expect(p!.toDate).toEqual({
      throughPeriodId: q3,
      periodCount: 3,
      realised: 1520,
      target: 2600,
      achievement: 58.46,
    });
    expect(p!.year).toEqual({ realised: 1520, target: 3600, achievement: 42.22 });
    // averaged hours: mean 25 against 24, lower is better
    expect(r!.toDate).toMatchObject({ realised: 25, target: 24, achievement: 96 });
    expect(r!.year).toEqual({ realised: 25, target: 24, achievement: 96 });
    // the latest coverage figure
    expect(c!.toDate).toMatchObject({ realised: 81, target: 90, achievement: 90 });
    expect(c!.year).toEqual({ realised: 81, target: 90, achievement: 90 });

    // as of Q1 (a periodic evaluation's view): later quarters do not count
    const asOf = (
      await team.kapus.client.get(`/work-plans/${plan.id}/progress-grid?throughPeriodId=${q1}`)
    ).json<ProgressGridView>();
    expect(asOf.results[0]!.indicators[0]!.toDate).toEqual({
      throughPeriodId: q1,
      periodCount: 1,
      realised: 620,
      target: 600,
      achievement: 103.33,
    });
    expect(asOf.results[0]!.indicators[0]!.year).toEqual({ realised: 620, target: 3600, achievement: 17.22 });
  });

  it('when the annual period has its own entry, then it stands for the year', async () => {
    const cycle = await newCycle(t.database);
    const plan = await approvedPlan(team, cycle.id, {
      indicators: [{ text: 'Pasien terlayani', aspect: 'quantity', target: 3600, unit: 'pasien' }],
    });
    const [id] = plan.indicatorIds as [string];
    await progressEntry(team.nurse.client, plan.id, {
      indicatorId: id,
      periodId: cycle.quarters[0],
      value: 900,
    });
    const annual = await progressEntry(team.nurse.client, plan.id, {
      indicatorId: id,
      periodId: cycle.annual,
      value: 3780,
    });
    expect(annual.achievement).toBe(105);
    const grid = (
      await team.nurse.client.get(`/work-plans/${plan.id}/progress-grid`)
    ).json<ProgressGridView>();
    expect(grid.results[0]!.indicators[0]!.year).toEqual({ realised: 3780, target: 3600, achievement: 105 });
  });
});
