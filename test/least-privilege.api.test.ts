import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkPlanView } from '../src/domain/work-plans/view.js';
import { createTestApp, type Client, type TestApp } from './helpers.js';
import { accountFor, countRows, expectError } from './factories.js';
import {
  addMeasuredResult,
  approvedPlan,
  buildTeam,
  createPlan,
  newCycle,
  type Team,
} from './planning-fixtures.js';

/**
 * Least privilege as documented (issue 11, point 8): the auditor writes nothing, the indicator library included; HR
 * supports plans (creates them, overrides the assessor, sets the leader's expectations, joins the dialogue) but never
 * edits their content or amends them: the plan is the employee's agreement with the assessor.
 */
describe('least privilege', () => {
  let t: TestApp;
  let team: Team;
  let auditor: Client;

  const proposal = () => ({
    sector: 'health',
    text: `Persentase pasien yang puas ${Math.random().toString(36).slice(2, 7)}`,
    aspect: 'quality',
    unit: '%',
    direction: 'higher',
    category: 'effectiveness',
    exampleTarget: '90',
    resultExample: 'Meningkatnya kepuasan pasien',
    rationale: 'Survei kepuasan pasien dilakukan setiap triwulan.',
  });

  beforeAll(async () => {
    t = await createTestApp();
    team = await buildTeam(t);
    auditor = await accountFor(t.app, team.admin, ['auditor']);
  });
  afterAll(async () => t.close());

  describe('the auditor and the indicator library', () => {
    it('when the auditor proposes, comments, endorses or decides, then 403 and nothing is written', async () => {
      const proposed = await team.nurse.client.post('/indicator-templates/proposals', proposal());
      expect(proposed.statusCode, proposed.body).toBe(201);
      const id = proposed.json<{ id: string }>().id;
      const before = await countRows(t.database, 'audit_log');
      expectError(await auditor.post('/indicator-templates/proposals', proposal()), 403, 'FORBIDDEN');
      expectError(
        await auditor.post(`/indicator-templates/${id}/comments`, { body: 'Catatan.' }),
        403,
        'FORBIDDEN',
      );
      expectError(await auditor.post(`/indicator-templates/${id}/endorsement`, {}), 403, 'FORBIDDEN');
      expectError(await auditor.delete(`/indicator-templates/${id}/endorsement`), 403, 'FORBIDDEN');
      expectError(await auditor.post(`/indicator-templates/${id}/adopt`, {}), 403, 'FORBIDDEN');
      expectError(
        await auditor.post(`/indicator-templates/${id}/decline`, { reason: 'Tidak.' }),
        403,
        'FORBIDDEN',
      );
      expect(await countRows(t.database, 'audit_log')).toBe(before);
    });

    it('when the auditor reads a proposal, then it is readable and offers no endorsement; an employee is offered one', async () => {
      const proposed = await team.nurse.client.post('/indicator-templates/proposals', proposal());
      const id = proposed.json<{ id: string }>().id;
      const read = await auditor.get(`/indicator-templates/${id}`);
      expect(read.statusCode, read.body).toBe(200);
      expect(read.json<{ can: { endorse: boolean; decide: boolean } }>().can).toEqual({
        endorse: false,
        decide: false,
      });
      const byColleague = await team.midwife.client.get(`/indicator-templates/${id}`);
      expect(byColleague.json<{ can: { endorse: boolean } }>().can.endorse).toBe(true);
    });
  });

  describe('HR and someone else’s plan', () => {
    it('when HR creates a draft plan for an employee, then 201; its content and approach are the employee’s alone (403 for HR)', async () => {
      const cycle = await newCycle(t.database);
      const plan = await createPlan(team.hr, cycle.id, team.nurse.id);
      expect(plan.status).toBe('draft');
      expect(plan.can.edit).toBe(false);
      expect((await team.nurse.client.get(`/work-plans/${plan.id}`)).json<WorkPlanView>().can.edit).toBe(
        true,
      );
      const resultId = await addMeasuredResult(
        team.nurse.client,
        plan.id,
        'Terlaksananya asuhan keperawatan',
      );
      const view = (await team.hr.get(`/work-plans/${plan.id}`)).json<WorkPlanView>();
      expect(view.can.edit).toBe(false);
      const indicatorId = view.results[0]!.indicators[0]!.id;
      const before = await countRows(t.database, 'audit_log');
      const url = `/work-plans/${plan.id}`;
      expectError(await team.hr.patch(url, { approach: 'qualitative' }), 403, 'FORBIDDEN');
      expectError(
        await team.hr.post(`${url}/results`, { kind: 'main', text: 'Hasil dari HR' }),
        403,
        'FORBIDDEN',
      );
      expectError(await team.hr.patch(`${url}/results/${resultId}`, { text: 'Diubah HR' }), 403, 'FORBIDDEN');
      expectError(
        await team.hr.post(`${url}/results/${resultId}/indicators`, {
          text: 'Indikator HR',
          aspect: 'quantity',
        }),
        403,
        'FORBIDDEN',
      );
      expectError(
        await team.hr.patch(`${url}/results/${resultId}/indicators/${indicatorId}`, { target: 5 }),
        403,
        'FORBIDDEN',
      );
      expectError(
        await team.hr.delete(`${url}/results/${resultId}/indicators/${indicatorId}`),
        403,
        'FORBIDDEN',
      );
      expectError(await team.hr.delete(`${url}/results/${resultId}`), 403, 'FORBIDDEN');
      expect(await countRows(t.database, 'audit_log')).toBe(before);
      // the owner still edits
      const own = await team.nurse.client.patch(url, { approach: 'qualitative' });
      expect(own.statusCode, own.body).toBe(200);
    });

    it('when HR supports a draft plan, then the leader’s expectations and the dialogue stay open to HR', async () => {
      const cycle = await newCycle(t.database);
      const plan = await createPlan(team.hr, cycle.id, team.nurse.id);
      const expectation = await team.hr.put(`/work-plans/${plan.id}/behaviours/akuntabel`, {
        expectation: 'Melaporkan capaian tepat waktu.',
      });
      expect(expectation.statusCode, expectation.body).toBe(200);
      const comment = await team.hr.post(`/work-plans/${plan.id}/comments`, {
        body: 'Mohon lengkapi indikator.',
      });
      expect(comment.statusCode, comment.body).toBe(201);
    });

    it('when HR amends someone’s approved plan, then 403; the owner may', async () => {
      const cycle = await newCycle(t.database);
      const plan = await approvedPlan(team, cycle.id);
      expect((await team.hr.get(`/work-plans/${plan.id}`)).json<WorkPlanView>().can.amend).toBe(false);
      expectError(
        await team.hr.post(`/work-plans/${plan.id}/amend`, { reason: 'Perubahan tugas.' }),
        403,
        'FORBIDDEN',
      );
      const own = await team.nurse.client.post(`/work-plans/${plan.id}/amend`, {
        reason: 'Perubahan tugas.',
      });
      expect(own.statusCode, own.body).toBe(201);
    });
  });
});
