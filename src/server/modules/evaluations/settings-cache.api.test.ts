import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DistributionView } from '../../../domain/evaluations/view.js';
import { changeSettings, orgPredicate, resetSettings } from '../../../../test/assessment-fixtures.js';
import { createTestApp, type TestApp } from '../../../../test/helpers.js';
import { buildTeam, pastCycle, type Team } from '../../../../test/planning-fixtures.js';

/**
 * The assessment settings are kept in the process for a few seconds (they are read by most assessment screens): a
 * change through the API must show in the very next read, in this process.
 */
describe('assessment settings: cached reads', () => {
  let t: TestApp;
  let team: Team;

  beforeAll(async () => {
    t = await createTestApp();
    team = await buildTeam(t);
  });
  afterAll(async () => {
    await resetSettings(t.database);
    await t.close();
  });

  it('when HR changes the distribution rules, then the next distribution read applies them', async () => {
    const cycle = await pastCycle(t.database);
    const period = cycle.quarters[0]!;
    await orgPredicate(team, team.unitId, period, 'istimewa');
    const read = async () => {
      const res = await team.kapus.client.get(`/units/${team.unitId}/distribution?periodId=${period}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<DistributionView>().pattern.map((r) => r.percent);
    };
    expect(await read()).toEqual([70]);
    expect(await read()).toEqual([70]); // now from the cache
    const current = (await team.hr.get('/settings/assessment')).json<{
      distributionRules: Record<string, unknown>;
    }>();
    await changeSettings(team, {
      distributionRules: {
        ...current.distributionRules,
        istimewa: [{ rule: 'max', predicates: ['sangat_baik'], percent: 55 }],
      } as never,
    });
    expect(await read()).toEqual([55]);
    await resetSettings(t.database);
    expect(await read()).toEqual([70]);
  });
});
