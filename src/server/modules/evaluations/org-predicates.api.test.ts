import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgPredicateHistoryView, OrgPredicateUnitRow } from '../../../domain/evaluations/view.js';
import { createTestApp, type TestApp } from '../../../../test/helpers.js';
import { expectError, failingPaths } from '../../../../test/factories.js';
import { buildTeam, newCycle, type Team } from '../../../../test/planning-fixtures.js';
import { orgPredicate } from '../../../../test/assessment-fixtures.js';

/** Organisation predicates (Capaian Organisasi): who sets them, their history, the list of units. */
describe('evaluations: organisation predicates', () => {
  let t: TestApp;
  let team: Team;

  beforeAll(async () => {
    t = await createTestApp();
    team = await buildTeam(t);
  });
  afterAll(async () => t.close());

  /** The Puskesmas' predicate URL for a period of its own. */
  async function predicateUrl() {
    const { quarters } = await newCycle(t.database);
    return { period: quarters[1]!, url: `/units/${team.unitId}/org-predicates/${quarters[1]}` };
  }

  it('when staff, the unit’s own head or an outsider set a unit’s predicate, then 403', async () => {
    const { url } = await predicateUrl();
    expectError(await team.nurse.client.put(url, { predicate: 'baik' }), 403, 'FORBIDDEN');
    expectError(await team.kapus.client.put(url, { predicate: 'baik' }), 403, 'FORBIDDEN');
    expectError(await team.outsider.client.put(url, { predicate: 'baik' }), 403, 'FORBIDDEN');
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
    expect(history.canSet).toBe(false);
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
