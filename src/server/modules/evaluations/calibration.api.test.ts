import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Rating } from '../../../domain/evaluations/matrix.js';
import type {
  CalibrationUnitRow,
  CalibrationView,
  DistributionView,
  OrgPredicateHistoryView,
  OrgPredicateUnitRow,
} from '../../../domain/evaluations/view.js';
import { createTestApp, type TestApp } from '../../../../test/helpers.js';
import { expectError, failingPaths } from '../../../../test/factories.js';
import { approvedPlan, buildTeam, pastCycle, type Team } from '../../../../test/planning-fixtures.js';
import {
  draftEvaluation,
  finalEvaluation,
  JUSTIFICATION,
  orgPredicate,
} from '../../../../test/assessment-fixtures.js';
import { extractPdfText } from '../documents/index.js';

/**
 * Calibration at unit level: organisation predicates (who sets them, their history), the unit's distribution of
 * predicates, its calibration board and its penetapan document.
 */
describe('evaluations: organisation predicates, distribution and calibration', () => {
  let t: TestApp;
  let team: Team;

  beforeAll(async () => {
    t = await createTestApp();
    team = await buildTeam(t);
  });
  afterAll(async () => t.close());

  /**
   * The Puskesmas in a period of its own under the organisation predicate "Baik": the nurse final at "Baik" with a
   * justification (she came first, alone), the midwife final at "Butuh Perbaikan".
   */
  async function calibratedPeriod() {
    const cycle = await pastCycle(t.database);
    const period = cycle.quarters[1]!;
    const nursePlan = await approvedPlan(team, cycle.id);
    const midwifePlan = await approvedPlan(team, cycle.id, { employee: 'midwife' });
    await orgPredicate(team, team.unitId, period, 'baik');
    await finalEvaluation(
      team,
      nursePlan,
      period,
      { result: 'meets', behaviour: 'meets' },
      { justification: JUSTIFICATION },
    );
    await finalEvaluation(team, midwifePlan, period, { result: 'below', behaviour: 'meets' });
    return period;
  }

  it('when drafts would break the pattern, then the calibration board projects the violations before anything is final', async () => {
    const cycle = await pastCycle(t.database);
    const period = cycle.quarters[1]!;
    const plan = await approvedPlan(team, cycle.id);
    await orgPredicate(team, team.unitId, period, 'baik');
    await draftEvaluation(team, plan, period, { result: 'meets', behaviour: 'meets' });
    const board = (
      await team.kapus.client.get(`/units/${team.unitId}/calibration?periodId=${period}`)
    ).json<CalibrationView>();
    expect(board.distribution.violations).toEqual([]);
    expect(board.projected).toMatchObject({
      total: 1,
      violations: [{ rule: 'min', predicates: ['butuh_perbaikan', 'kurang'], limit: 1, actual: 0 }],
    });
  });

  it('when the evaluations are final, then the distribution counts the predicates against the organisation predicate', async () => {
    const period = await calibratedPeriod();
    const dist = await team.kapus.client.get(`/units/${team.unitId}/distribution?periodId=${period}`);
    expect(dist.statusCode, dist.body).toBe(200);
    expect(dist.json<DistributionView>()).toMatchObject({
      orgPredicate: 'baik',
      total: 2,
      counts: { sangat_baik: 0, baik: 1, butuh_perbaikan: 1, kurang: 0, sangat_kurang: 0 },
      violations: [],
    });
  });

  it('when others read a unit’s distribution, then the head above may; staff and outsiders get 403', async () => {
    const { quarters } = await pastCycle(t.database);
    const url = `/units/${team.unitId}/distribution?periodId=${quarters[1]}`;
    expect((await team.kadis.client.get(url)).statusCode).toBe(200);
    expectError(await team.nurse.client.get(url), 403, 'FORBIDDEN');
    expectError(await team.outsider.client.get(url), 403, 'FORBIDDEN');
  });

  it('when the calibration units are listed, then the unit head sees the unit with its counts and staff see none', async () => {
    const period = await calibratedPeriod();
    const units = await team.kapus.client.get(`/calibration/units?periodId=${period}`);
    expect(units.json<{ items: CalibrationUnitRow[] }>().items).toEqual([
      expect.objectContaining({ orgPredicate: 'baik', total: 2, finals: 2, violations: 0 }),
    ]);
    expect((await team.nurse.client.get(`/calibration/units?periodId=${period}`)).json()).toEqual({
      items: [],
    });
  });

  it('when the calibration board is read, then each person sits in the cell of their ratings and the justifications are listed', async () => {
    const period = await calibratedPeriod();
    const board = (
      await team.kapus.client.get(`/units/${team.unitId}/calibration?periodId=${period}`)
    ).json<CalibrationView>();
    const cell = (r: Rating, b: Rating) =>
      board.cells.find((c) => c.resultRating === r && c.behaviourRating === b)!;
    expect(cell('meets', 'meets').people.map((p) => p.employeeId)).toEqual([team.nurse.id]);
    expect(cell('below', 'meets').people.map((p) => p.employeeId)).toEqual([team.midwife.id]);
    expect(board.justifications.map((j) => j.employeeName)).toEqual(['Siti Perawat']);
  });

  it('when the penetapan document is requested, then it is a PDF with the people and the justifications', async () => {
    const period = await calibratedPeriod();
    const pdf = await team.kapus.client.get(`/units/${team.unitId}/penetapan.pdf?periodId=${period}`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = await extractPdfText(pdf.rawPayload);
    expect(text).toContain('Siti Perawat');
    expect(text).toContain('Seluruh pegawai memenuhi target');
  });

  describe('organisation predicates', () => {
    /** The Puskesmas' predicate URL for a period of its own. */
    async function predicateUrl() {
      const { quarters } = await pastCycle(t.database);
      return { period: quarters[1]!, url: `/units/${team.unitId}/org-predicates/${quarters[1]}` };
    }

    it('when staff, the unit’s own head or an outsider set a unit’s predicate, then 403', async () => {
      const { url } = await predicateUrl();
      expectError(await team.nurse.client.put(url, { predicate: 'baik' }), 403, 'FORBIDDEN');
      expectError(await team.kapus.client.put(url, { predicate: 'baik' }), 403, 'FORBIDDEN');
      expectError(await team.outsider.client.put(url, { predicate: 'baik' }), 403, 'FORBIDDEN');
    });

    it('when staff, the assessor below the head or an outsider read a unit’s predicate, then 403; heads above read it', async () => {
      const { url } = await predicateUrl();
      await team.hr.put(url, { predicate: 'baik', basis: 'Capaian IKU Puskesmas 96%' });
      expectError(await team.nurse.client.get(url), 403, 'FORBIDDEN');
      expectError(await team.midwife.client.get(url), 403, 'FORBIDDEN');
      expectError(await team.outsider.client.get(url), 403, 'FORBIDDEN');
      const res = await team.kadis.client.get(url);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<OrgPredicateHistoryView>().can.set).toBe(true);
    });

    it('when the predicate is not one of the five, then 400 names it', async () => {
      const { url } = await predicateUrl();
      expect(failingPaths(await team.kadis.client.put(url, { predicate: 'luar_biasa' }))).toEqual([
        'predicate',
      ]);
    });

    it('when HR and then the head of the parent unit set it, then the latest is in force and the history keeps both', async () => {
      const { period, url } = await predicateUrl();
      const byHr = await team.hr.put(url, { predicate: 'istimewa', basis: 'Draf awal' });
      expect(byHr.statusCode, byHr.body).toBe(200);
      const res = await team.kadis.client.put(url, { predicate: 'baik', basis: 'Capaian IKU Puskesmas 96%' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ unitId: team.unitId, periodId: period, predicate: 'baik' });
      const history = (await team.kapus.client.get(url)).json<OrgPredicateHistoryView>();
      expect(history.current?.predicate).toBe('baik');
      expect(history.history.map((h) => h.predicate)).toEqual(['baik', 'istimewa']);
      expect(history.can.set).toBe(false);
    });

    it('when the head of the parent unit lists the units, then the units below with the predicate in force', async () => {
      const { period } = await predicateUrl();
      await orgPredicate(team, team.unitId, period, 'baik');
      const units = (await team.kadis.client.get(`/org-predicates?periodId=${period}`)).json<{
        items: OrgPredicateUnitRow[];
      }>();
      expect(units.items.map((u) => u.unit.id)).toEqual([team.unitId]);
      expect(units.items[0]!.current?.predicate).toBe('baik');
    });

    it('when the unit has no parent, then only HR sets its predicate', async () => {
      const { period } = await predicateUrl();
      const dinas = (await team.hr.get(`/units/${team.unitId}`)).json<{ parentId: string }>().parentId;
      const url = `/units/${dinas}/org-predicates/${period}`;
      expectError(await team.kadis.client.put(url, { predicate: 'baik' }), 403, 'FORBIDDEN');
      expect((await team.hr.put(url, { predicate: 'baik' })).statusCode).toBe(200);
    });
  });
});
