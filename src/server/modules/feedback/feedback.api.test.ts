import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  DialogueActionView,
  DialogueView,
  FeedbackItemView,
  FeedbackThreadView,
  MyDialogueActionView,
} from '../../../domain/feedback/view.js';
import { createTestApp, type TestApp } from '../../../../test/helpers.js';
import { expectError, failingPaths } from '../../../../test/factories.js';
import {
  approvedPlan,
  buildTeam,
  insertCycle,
  periodsOf,
  type ApprovedPlan,
  type Team,
} from '../../../../test/planning-fixtures.js';

async function auditActions(team: Team, entityType: string, entityId: string) {
  const res = await team.admin.get(`/audit?entityType=${entityType}&entityId=${entityId}`);
  expect(res.statusCode, res.body).toBe(200);
  return res
    .json<{ items: Array<{ action: string }> }>()
    .items.map((e) => e.action)
    .sort();
}

describe('continuous feedback (umpan balik berkelanjutan)', () => {
  let t: TestApp;
  let team: Team;
  let cycleId: string;
  let plan: ApprovedPlan;
  let q1: string;
  let q2: string;

  beforeAll(async () => {
    t = await createTestApp();
    team = await buildTeam(t);
    cycleId = (await insertCycle(t.database, 2026)).id;
    [q1, q2] = (await periodsOf(t.database, cycleId)).map((p) => p.id) as [string, string];
    plan = await approvedPlan(team, cycleId);
  });
  afterAll(async () => t.close());

  const url = () => `/work-plans/${plan.id}/feedback`;

  it('when the assessor gives feedback on a result, then the employee sees it at once and a colleague gets 404', async () => {
    const res = await team.kapus.client.post(url(), {
      periodId: q1,
      resultId: plan.resultId,
      kind: 'strength',
      text: 'Cakupan pelayanan melampaui target, pertahankan.',
    });
    expect(res.statusCode, res.body).toBe(201);
    const item = res.json<FeedbackItemView>();
    expect(item).toMatchObject({
      workPlanId: plan.id,
      periodId: q1,
      resultId: plan.resultId,
      behaviour: null,
      kind: 'strength',
      replyTo: null,
      author: { employeeId: team.kapus.id, name: 'dr. Kepala Puskesmas', role: 'assessor' },
    });

    const seen = await team.nurse.client.get(url());
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json<{ items: FeedbackThreadView[] }>().items.map((i) => i.id)).toEqual([item.id]);
    expect((await team.kadis.client.get(url())).statusCode).toBe(200); // the assessor's superior
    expectError(await team.midwife.client.get(url()), 404, 'NOT_FOUND');
    expectError(await team.outsider.client.get(url()), 404, 'NOT_FOUND');
    expect(await auditActions(team, 'feedback', item.id)).toEqual(['feedback.create']);
  });

  it('when someone other than the assessor starts feedback, then 403 (404 for those who cannot see the plan)', async () => {
    const body = { periodId: q1, kind: 'improvement', text: 'Perlu ditingkatkan' };
    expectError(await team.nurse.client.post(url(), body), 403, 'FORBIDDEN');
    expectError(await team.kadis.client.post(url(), body), 403, 'FORBIDDEN');
    expectError(await team.hr.post(url(), body), 403, 'FORBIDDEN');
    expectError(await team.midwife.client.post(url(), body), 404, 'NOT_FOUND');
    expectError(await team.outsider.client.post(url(), body), 404, 'NOT_FOUND');
  });

  it('when the employee and the assessor reply, then the replies join the thread oldest first and inherit its subject', async () => {
    const root = (
      await team.kapus.client.post(url(), {
        periodId: q2,
        behaviour: 'kolaboratif',
        kind: 'improvement',
        text: 'Libatkan kader posyandu dalam penyuluhan.',
      })
    ).json<FeedbackItemView>();
    const reply = await team.nurse.client.post(url(), { replyTo: root.id, text: 'Baik, mulai bulan depan.' });
    expect(reply.statusCode, reply.body).toBe(201);
    expect(reply.json<FeedbackItemView>()).toMatchObject({
      replyTo: root.id,
      periodId: q2,
      behaviour: 'kolaboratif',
      resultId: null,
      kind: null,
      author: { employeeId: team.nurse.id, name: 'Siti Perawat', role: 'employee' },
    });
    // A reply to a reply joins the root's thread.
    const answer = await team.kapus.client.post(url(), {
      replyTo: reply.json<FeedbackItemView>().id,
      text: 'Saya tunggu laporannya.',
    });
    expect(answer.json<FeedbackItemView>().replyTo).toBe(root.id);
    expectError(await team.kadis.client.post(url(), { replyTo: root.id, text: 'Ikut' }), 403, 'FORBIDDEN');
    expect(await auditActions(team, 'feedback', reply.json<FeedbackItemView>().id)).toEqual([
      'feedback.reply',
    ]);

    const threads = (await team.nurse.client.get(`${url()}?periodId=${q2}`)).json<{
      items: FeedbackThreadView[];
    }>();
    expect(threads.items).toHaveLength(1);
    expect(threads.items[0]!.replies.map((r) => r.text)).toEqual([
      'Baik, mulai bulan depan.',
      'Saya tunggu laporannya.',
    ]);
    const byBehaviour = (await team.nurse.client.get(`${url()}?behaviour=kolaboratif`)).json<{
      items: FeedbackThreadView[];
    }>();
    expect(byBehaviour.items.map((i) => i.id)).toEqual([root.id]);
    const byResult = (await team.nurse.client.get(`${url()}?resultId=${plan.resultId}`)).json<{
      items: FeedbackThreadView[];
    }>();
    expect(byResult.items.map((i) => i.kind)).toEqual(['strength']);
  });

  it('when the feedback does not fit the plan, then 400 names the field', async () => {
    const other = await approvedPlan(team, cycleId, { employee: 'midwife' });
    const base = { periodId: q1, kind: 'strength', text: 'x' };
    expect(failingPaths(await team.kapus.client.post(url(), { ...base, resultId: other.resultId }))).toEqual([
      'resultId',
    ]);
    expect(
      failingPaths(
        await team.kapus.client.post(url(), { ...base, resultId: plan.resultId, behaviour: 'loyal' }),
      ),
    ).toEqual(['behaviour']);
    expect(failingPaths(await team.kapus.client.post(url(), { ...base, behaviour: 'jujur' }))).toEqual([
      'behaviour',
    ]);
    expect(failingPaths(await team.kapus.client.post(url(), { periodId: q1, text: 'x' }))).toEqual(['kind']);
    const otherCycle = await insertCycle(t.database, 2030);
    const [foreignPeriod] = await periodsOf(t.database, otherCycle.id);
    expect(
      failingPaths(await team.kapus.client.post(url(), { ...base, periodId: foreignPeriod!.id })),
    ).toEqual(['periodId']);
    expect(
      failingPaths(await team.nurse.client.post(url(), { replyTo: crypto.randomUUID(), text: 'x' })),
    ).toEqual(['replyTo']);
    // A thread of another plan cannot be answered through this one.
    const foreign = (
      await team.kapus.client.post(`/work-plans/${other.id}/feedback`, { ...base, text: 'Untuk bidan' })
    ).json<FeedbackItemView>();
    expect(failingPaths(await team.nurse.client.post(url(), { replyTo: foreign.id, text: 'x' }))).toEqual([
      'replyTo',
    ]);
  });
});

describe('performance dialogue (dialog kinerja)', () => {
  let t: TestApp;
  let team: Team;
  let plan: ApprovedPlan;
  let q1: string;

  beforeAll(async () => {
    t = await createTestApp();
    team = await buildTeam(t);
    const cycleId = (await insertCycle(t.database, 2026)).id;
    q1 = (await periodsOf(t.database, cycleId))[0]!.id;
    plan = await approvedPlan(team, cycleId);
  });
  afterAll(async () => t.close());

  const url = () => `/work-plans/${plan.id}/dialogues`;

  it('when a dialogue is recorded with actions, then each owner sees their open actions, and marking one done removes it', async () => {
    const res = await team.nurse.client.post(url(), {
      heldOn: '2026-11-20',
      periodId: q1,
      topics: 'Capaian triwulan, kendala stok vaksin',
      notes: 'Dibahas di ruang kepala puskesmas.',
      actions: [
        { description: 'Susun jadwal posyandu', ownerEmployeeId: team.nurse.id, dueDate: '2026-12-15' },
        { description: 'Ajukan tambahan stok vaksin', ownerEmployeeId: team.kapus.id, dueDate: '2026-11-25' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    const dialogue = res.json<DialogueView>();
    expect(dialogue).toMatchObject({
      workPlanId: plan.id,
      periodId: q1,
      heldOn: '2026-11-20',
      createdBy: { name: 'Siti Perawat' },
    });
    expect(dialogue.actions.map((a) => [a.owner.name, a.done, a.overdue])).toEqual([
      ['Siti Perawat', false, false],
      ['dr. Kepala Puskesmas', false, true],
    ]);
    expect(await auditActions(team, 'dialogue', dialogue.id)).toEqual(['dialogue.create']);

    const listed = (await team.kapus.client.get(url())).json<{ items: DialogueView[] }>();
    expect(listed.items.map((d) => d.id)).toEqual([dialogue.id]);
    expectError(await team.midwife.client.get(url()), 404, 'NOT_FOUND');

    const mine = (await team.nurse.client.get('/dialogue-actions?owner=me&open=true')).json<{
      items: MyDialogueActionView[];
      total: number;
    }>();
    expect(mine.items.map((a) => a.description)).toEqual(['Susun jadwal posyandu']);
    expect(mine.items[0]).toMatchObject({
      workPlanId: plan.id,
      employee: { id: team.nurse.id, name: 'Siti Perawat' },
    });
    const assessors = (await team.kapus.client.get('/dialogue-actions')).json<{
      items: MyDialogueActionView[];
    }>();
    expect(assessors.items.map((a) => a.description)).toEqual(['Ajukan tambahan stok vaksin']);
    expect((await team.midwife.client.get('/dialogue-actions')).json<{ total: number }>().total).toBe(0);
    // On both dashboards: each party sees every open action of their dialogues, whoever owns it.
    for (const party of [team.nurse.client, team.kapus.client]) {
      const both = (await party.get('/dialogue-actions?owner=party')).json<{
        items: MyDialogueActionView[];
        total: number;
      }>();
      expect(both.items.map((a) => a.description).sort()).toEqual([
        'Ajukan tambahan stok vaksin',
        'Susun jadwal posyandu',
      ]);
      expect(both.total).toBe(2);
    }
    expect(
      (await team.midwife.client.get('/dialogue-actions?owner=party')).json<{ total: number }>().total,
    ).toBe(0);

    // The assessor marks the employee's action done; it leaves the open list and stays in the full one.
    const action = dialogue.actions[0]!;
    const actionUrl = `${url()}/${dialogue.id}/actions/${action.id}`;
    expectError(await team.kadis.client.patch(actionUrl, { done: true }), 403, 'FORBIDDEN');
    expectError(await team.outsider.client.patch(actionUrl, { done: true }), 404, 'NOT_FOUND');
    const done = await team.kapus.client.patch(actionUrl, { done: true, version: action.version });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<DialogueActionView>()).toMatchObject({
      done: true,
      doneAt: '2026-11-29T03:00:00.000Z',
      doneBy: team.kapus.client.user!.id,
      version: action.version + 1,
    });
    expectError(
      await team.nurse.client.patch(actionUrl, { done: false, version: action.version }),
      409,
      'CONFLICT',
    );
    expect((await team.nurse.client.get('/dialogue-actions?open=true')).json<{ total: number }>().total).toBe(
      0,
    );
    const all = (await team.nurse.client.get('/dialogue-actions?open=false')).json<{
      items: MyDialogueActionView[];
    }>();
    expect(all.items.map((a) => [a.description, a.done])).toEqual([['Susun jadwal posyandu', true]]);
    expect(await auditActions(team, 'dialogue_action', action.id)).toEqual(['dialogue_action.done']);

    // Reopened by the employee.
    const reopened = await team.nurse.client.patch(actionUrl, { done: false });
    expect(reopened.json<DialogueActionView>()).toMatchObject({ done: false, doneAt: null, doneBy: null });
  });

  it('when the dialogue is not valid, then 400 names the field; others than the two parties get 403', async () => {
    const base = { heldOn: '2026-11-20', topics: 'Evaluasi', actions: [] };
    expect(
      failingPaths(
        await team.kapus.client.post(url(), {
          ...base,
          actions: [{ description: 'x', ownerEmployeeId: team.midwife.id, dueDate: '2026-12-01' }],
        }),
      ),
    ).toEqual(['actions.0.ownerEmployeeId']);
    expect(failingPaths(await team.kapus.client.post(url(), { ...base, heldOn: '2026-12-01' }))).toEqual([
      'heldOn',
    ]);
    expect(
      failingPaths(
        await team.kapus.client.post(url(), {
          ...base,
          actions: [{ description: 'x', ownerEmployeeId: team.nurse.id, dueDate: '2026-11-01' }],
        }),
      ),
    ).toEqual(['actions.0.dueDate']);
    expectError(await team.kadis.client.post(url(), base), 403, 'FORBIDDEN');
    expectError(await team.hr.post(url(), base), 403, 'FORBIDDEN');
    expectError(await team.midwife.client.post(url(), base), 404, 'NOT_FOUND');
    const ok = await team.kapus.client.post(url(), base);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json<DialogueView>()).toMatchObject({ periodId: null, notes: null, actions: [] });
  });
});
