import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkPlanView } from '../../../domain/work-plans/view.js';
import { createTestApp, type TestApp } from '../../../../test/helpers.js';
import { expectError } from '../../../../test/factories.js';
import {
  addMeasuredResult,
  buildTeam,
  createPlan,
  newCycle,
  type Team,
} from '../../../../test/planning-fixtures.js';

/**
 * The SKP workflow (submit, return, approve, amend), cascading, the team matrix and who may do what. Each test builds
 * its own cycle and plans.
 */
describe('work plans (SKP)', () => {
  let t: TestApp;
  let team: Team;

  beforeAll(async () => {
    t = await createTestApp();
    team = await buildTeam(t);
  });
  afterAll(async () => t.close());

  it('when plans go draft → submit → return → resubmit → approve → amend → approve, then every step holds and is recorded', async () => {
    const { kadis, kapus } = team;
    const cycleId = (await newCycle(t.database)).id;
    // The top official (no assessor) plans first; it still needs an approver, so HR cannot approve it either.
    const leaderPlan = await createPlan(kadis.client, cycleId, kadis.id);
    expect(leaderPlan.assessorId).toBeNull();
    const leaderResult = await addMeasuredResult(
      kadis.client,
      leaderPlan.id,
      'Meningkatnya derajat kesehatan masyarakat',
    );

    const plan = await createPlan(kapus.client, cycleId, kapus.id);
    expect(plan.status).toBe('draft');
    expect(plan.assessorId).toBe(kadis.id);
    expect(plan.employee.name).toBe('dr. Kepala Puskesmas');
    expect(plan.behaviours).toHaveLength(7);
    const r1 = await addMeasuredResult(
      kapus.client,
      plan.id,
      'Meningkatnya cakupan pelayanan puskesmas',
      leaderResult,
    );

    const submitted = await kapus.client.post(`/work-plans/${plan.id}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json<WorkPlanView>().status).toBe('submitted');

    // Editing while submitted is an invalid transition.
    expectError(
      await kapus.client.post(`/work-plans/${plan.id}/results`, { kind: 'main', text: 'Baru' }),
      409,
      'INVALID_TRANSITION',
    );

    // The assessor returns it with a comment; the comment is in the dialogue.
    expectError(await kadis.client.post(`/work-plans/${plan.id}/return`, {}), 400, 'VALIDATION_FAILED');
    const returned = await kadis.client.post(`/work-plans/${plan.id}/return`, {
      comment: 'Target kurang terukur, perjelas satuan.',
    });
    expect(returned.json<WorkPlanView>().status).toBe('returned');
    const comments = (await kapus.client.get(`/work-plans/${plan.id}/comments`)).json<{
      items: Array<{ kind: string; body: string }>;
    }>();
    expect(comments.items.map((c) => c.kind)).toEqual(['submit', 'return']);
    expect(comments.items[1]!.body).toContain('Target kurang terukur');

    // The employee fixes it; the changes since the last submission are listed.
    const ind = (await kapus.client.get(`/work-plans/${plan.id}`)).json<WorkPlanView>().results[0]!
      .indicators[0]!;
    const fixed = await kapus.client.patch(`/work-plans/${plan.id}/results/${r1}/indicators/${ind.id}`, {
      target: 95,
      unit: 'persen',
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    const changes = (await kapus.client.get(`/work-plans/${plan.id}/changes`)).json<{
      changes: Array<{ entity: string; field?: string; before?: unknown; after?: unknown }>;
    }>();
    expect(changes.changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entity: 'indicator', field: 'target', before: 100, after: 95 }),
        expect.objectContaining({ entity: 'indicator', field: 'unit', before: 'pasien', after: 'persen' }),
      ]),
    );

    expect((await kapus.client.post(`/work-plans/${plan.id}/submit`)).statusCode).toBe(200);
    // The reviewer sees what changed between the two submissions.
    const review = (await kadis.client.get(`/work-plans/${plan.id}/changes?against=previous`)).json<{
      changes: unknown[];
    }>();
    expect(review.changes.length).toBeGreaterThanOrEqual(2);

    const approved = await kadis.client.post(`/work-plans/${plan.id}/approve`, { comment: 'Disetujui' });
    expect(approved.statusCode, approved.body).toBe(200);
    const approvedView = approved.json<WorkPlanView>();
    expect(approvedView.status).toBe('approved');
    expect(approvedView.approvedAt).not.toBeNull();

    // Approved plans are never edited in place.
    expectError(
      await kapus.client.patch(`/work-plans/${plan.id}/results/${r1}`, { text: 'Ubah' }),
      409,
      'INVALID_TRANSITION',
    );
    expectError(await kapus.client.post(`/work-plans/${plan.id}/approve`, {}), 403, 'FORBIDDEN');
    expectError(await kadis.client.post(`/work-plans/${plan.id}/approve`, {}), 409, 'INVALID_TRANSITION');

    // Amend: a new version, linked, with a reason; the old one stays in force until the amendment is approved.
    expectError(await kapus.client.post(`/work-plans/${plan.id}/amend`, {}), 400, 'VALIDATION_FAILED');
    const amended = await kapus.client.post(`/work-plans/${plan.id}/amend`, {
      reason: 'Mutasi tugas tambahan',
    });
    expect(amended.statusCode, amended.body).toBe(201);
    const v2 = amended.json<WorkPlanView>();
    expect(v2).toMatchObject({
      status: 'draft',
      revision: 2,
      amendsId: plan.id,
      isCurrent: false,
      amendmentReason: 'Mutasi tugas tambahan',
    });
    expect(v2.results.map((r) => r.text)).toEqual(['Meningkatnya cakupan pelayanan puskesmas']);
    expect(v2.results[0]!.parentResultId).toBe(leaderResult);
    expectError(await kapus.client.post(`/work-plans/${plan.id}/amend`, { reason: 'lagi' }), 409, 'CONFLICT');

    await addMeasuredResult(kapus.client, v2.id, 'Terlaksananya layanan posyandu lansia', leaderResult);
    expect((await kapus.client.post(`/work-plans/${v2.id}/submit`)).statusCode).toBe(200);
    expect((await kadis.client.post(`/work-plans/${v2.id}/approve`, {})).statusCode).toBe(200);

    const versions = (await kapus.client.get(`/work-plans/${v2.id}/versions`)).json<{
      items: Array<{ id: string; revision: number; isCurrent: boolean }>;
    }>();
    expect(versions.items.map((v) => [v.revision, v.isCurrent])).toEqual([
      [1, false],
      [2, true],
    ]);
    const list = (await kapus.client.get(`/work-plans?employeeId=${kapus.id}&cycleId=${cycleId}`)).json<{
      items: Array<{ id: string }>;
    }>();
    expect(list.items.map((p) => p.id)).toEqual([v2.id]);

    // Every step is in the audit log.
    const audit = (await team.admin.get(`/audit?entityType=work_plan&entityId=${plan.id}&limit=200`)).json<{
      items: Array<{ action: string }>;
    }>();
    const actions = audit.items.map((a) => a.action);
    for (const a of ['work_plan.create', 'work_plan.submit', 'work_plan.return', 'work_plan.approve'])
      expect(actions).toContain(a);
  });

  it('when a subordinate drafts before the leader has a plan, then the link is pending and submitting waits for it', async () => {
    const cycleId = (await newCycle(t.database)).id;
    const { nurse, kapus } = team;
    const plan = await createPlan(nurse.client, cycleId, nurse.id);
    const res = await nurse.client.post(`/work-plans/${plan.id}/results`, {
      kind: 'main',
      text: 'Terlayaninya pasien rawat jalan',
    });
    const result = res.json<{ id: string; linkStatus: string }>();
    expect(result.linkStatus).toBe('pending');
    await nurse.client.post(`/work-plans/${plan.id}/results/${result.id}/indicators`, {
      text: 'Jumlah pasien dilayani',
      aspect: 'quantity',
      target: 1200,
      unit: 'pasien',
    });
    const blocked = await nurse.client.post(`/work-plans/${plan.id}/submit`);
    const err = expectError(blocked, 409, 'INVALID_TRANSITION');
    expect(JSON.stringify(err.details)).toContain('main_result_not_linked');

    // A result of someone else's plan cannot be the parent.
    const otherPlan = await createPlan(team.outsider.client, cycleId, team.outsider.id);
    const otherResult = (
      await team.outsider.client.post(`/work-plans/${otherPlan.id}/results`, { kind: 'main', text: 'Lain' })
    ).json<{ id: string }>();
    expectError(
      await nurse.client.patch(`/work-plans/${plan.id}/results/${result.id}`, {
        parentResultId: otherResult.id,
      }),
      400,
      'VALIDATION_FAILED',
    );

    expect((await nurse.client.get(`/work-plans/${plan.id}/parent-options`)).json()).toEqual({ plan: null });

    // The leader drafts later; the subordinate sees the leader's results (not the whole plan), links and submits.
    const leaderPlan = await createPlan(kapus.client, cycleId, kapus.id);
    const leaderResult = (
      await kapus.client.post(`/work-plans/${leaderPlan.id}/results`, {
        kind: 'main',
        text: 'Meningkatnya mutu layanan',
      })
    ).json<{ id: string }>();
    const options = (await nurse.client.get(`/work-plans/${plan.id}/parent-options`)).json<{
      plan: { id: string; employee: { name: string }; results: Array<{ id: string; text: string }> };
    }>();
    expect(options.plan).toMatchObject({ id: leaderPlan.id, employee: { name: 'dr. Kepala Puskesmas' } });
    expect(options.plan.results.map((r) => r.id)).toEqual([leaderResult.id]);
    expectError(await nurse.client.get(`/work-plans/${leaderPlan.id}`), 404, 'NOT_FOUND');
    const linked = await nurse.client.patch(`/work-plans/${plan.id}/results/${result.id}`, {
      parentResultId: leaderResult.id,
    });
    expect(linked.json<{ linkStatus: string; parentResult: { text: string } }>()).toMatchObject({
      linkStatus: 'linked',
      parentResult: { text: 'Meningkatnya mutu layanan' },
    });
    expect((await nurse.client.post(`/work-plans/${plan.id}/submit`)).statusCode).toBe(200);
  });

  it('when the leader assigns a result in the team matrix, then linked drafts appear in each subordinate plan', async () => {
    const cycleId = (await newCycle(t.database)).id;
    const { kapus, nurse, midwife, outsider } = team;
    const leaderPlan = await createPlan(kapus.client, cycleId, kapus.id);
    const leaderResult = (
      await kapus.client.post(`/work-plans/${leaderPlan.id}/results`, {
        kind: 'main',
        text: 'Turunnya angka stunting',
      })
    ).json<{ id: string }>();
    // The nurse already has a plan; the midwife has none.
    const nursePlan = await createPlan(nurse.client, cycleId, nurse.id);
    const res = await kapus.client.post('/team-matrix/assign', {
      resultId: leaderResult.id,
      employeeIds: [nurse.id, midwife.id, outsider.id],
      text: 'Terlaksananya pemantauan gizi balita',
    });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json<{
      items: Array<{
        employeeId: string;
        workPlanId: string | null;
        createdPlan: boolean;
        error: string | null;
      }>;
    }>().items;
    expect(items.find((i) => i.employeeId === nurse.id)).toMatchObject({
      workPlanId: nursePlan.id,
      createdPlan: false,
      error: null,
    });
    expect(items.find((i) => i.employeeId === midwife.id)).toMatchObject({ createdPlan: true, error: null });
    expect(items.find((i) => i.employeeId === outsider.id)).toMatchObject({ error: 'not_direct_report' });

    const midwifePlanId = items.find((i) => i.employeeId === midwife.id)!.workPlanId!;
    const midwifePlan = (await midwife.client.get(`/work-plans/${midwifePlanId}`)).json<WorkPlanView>();
    expect(midwifePlan.status).toBe('draft');
    expect(midwifePlan.results[0]).toMatchObject({
      text: 'Terlaksananya pemantauan gizi balita',
      parentResultId: leaderResult.id,
      linkStatus: 'linked',
    });

    const matrix = (await kapus.client.get(`/team-matrix?cycleId=${cycleId}`)).json<{
      subordinates: Array<{ employeeId: string; links: Record<string, unknown[]> }>;
    }>();
    expect(matrix.subordinates.map((s) => s.employeeId).sort()).toEqual([nurse.id, midwife.id].sort());
    for (const s of matrix.subordinates) expect(s.links[leaderResult.id]).toHaveLength(1);

    // Only one's own results can be cascaded.
    expectError(
      await nurse.client.post('/team-matrix/assign', {
        resultId: leaderResult.id,
        employeeIds: [midwife.id],
      }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('when someone else touches a plan, then they get 404 if they may not see it and 403 if they may see but not act', async () => {
    const cycleId = (await newCycle(t.database)).id;
    const { nurse, midwife, kapus, kadis, outsider } = team;
    const plan = await createPlan(nurse.client, cycleId, nurse.id);
    // A colleague and an outsider cannot see it at all.
    for (const c of [midwife.client, outsider.client]) {
      expectError(await c.get(`/work-plans/${plan.id}`), 404, 'NOT_FOUND');
      expectError(
        await c.post(`/work-plans/${plan.id}/results`, { kind: 'main', text: 'x' }),
        404,
        'NOT_FOUND',
      );
      expectError(await c.post(`/work-plans/${plan.id}/submit`), 404, 'NOT_FOUND');
    }
    // The assessor and the assessor's superior see it but cannot edit the content.
    expect((await kapus.client.get(`/work-plans/${plan.id}`)).statusCode).toBe(200);
    expect((await kadis.client.get(`/work-plans/${plan.id}`)).statusCode).toBe(200);
    expectError(
      await kapus.client.post(`/work-plans/${plan.id}/results`, { kind: 'main', text: 'x' }),
      403,
      'FORBIDDEN',
    );
    // Only the assessor approves or returns: the superior (who sees it) gets 403, a colleague 404.
    const leader = await createPlan(kapus.client, cycleId, kapus.id);
    const leaderResult = await addMeasuredResult(kapus.client, leader.id, 'Meningkatnya layanan');
    await addMeasuredResult(nurse.client, plan.id, 'Hasil', leaderResult);
    expect((await nurse.client.post(`/work-plans/${plan.id}/submit`)).statusCode).toBe(200);
    expectError(await kadis.client.post(`/work-plans/${plan.id}/approve`, {}), 403, 'FORBIDDEN');
    expectError(await kadis.client.post(`/work-plans/${plan.id}/return`, { comment: 'x' }), 403, 'FORBIDDEN');
    expectError(await midwife.client.post(`/work-plans/${plan.id}/approve`, {}), 404, 'NOT_FOUND');
    expectError(await nurse.client.post(`/work-plans/${plan.id}/approve`, {}), 403, 'FORBIDDEN');
    expect((await kapus.client.post(`/work-plans/${plan.id}/approve`, {})).statusCode).toBe(200);
    // A list shows only what the caller may see.
    const mine = (await midwife.client.get(`/work-plans?cycleId=${cycleId}`)).json<{
      items: Array<{ id: string }>;
    }>();
    expect(mine.items.map((p) => p.id)).not.toContain(plan.id);
    const boss = (await kadis.client.get(`/work-plans?cycleId=${cycleId}`)).json<{
      items: Array<{ id: string }>;
    }>();
    expect(boss.items.map((p) => p.id)).toContain(plan.id);
    // Employees cannot start a plan for someone else; HR can.
    expectError(
      await midwife.client.post('/work-plans', {
        cycleId,
        employeeId: nurse.id,
        approach: 'quantitative',
      }),
      403,
      'FORBIDDEN',
    );
  });

  it('when the same employee gets a second plan in a cycle, then it answers 409', async () => {
    const cycleId = (await newCycle(t.database)).id;
    await createPlan(team.midwife.client, cycleId, team.midwife.id);
    expectError(
      await team.midwife.client.post('/work-plans', {
        cycleId,
        employeeId: team.midwife.id,
        approach: 'qualitative',
      }),
      409,
      'CONFLICT',
    );
    expectError(
      await team.hr.post('/work-plans', {
        cycleId,
        employeeId: team.midwife.id,
        approach: 'qualitative',
      }),
      409,
      'CONFLICT',
    );
  });

  it('when a stale version is sent, then the update answers 409 and nothing changes', async () => {
    const cycleId = (await newCycle(t.database)).id;
    const plan = await createPlan(team.nurse.client, cycleId, team.nurse.id);
    const ok = await team.nurse.client.patch(`/work-plans/${plan.id}`, {
      annex: { resources: ['Ruang periksa'] },
      version: plan.version,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const stale = await team.nurse.client.patch(`/work-plans/${plan.id}`, {
      annex: { resources: ['Lain'] },
      version: plan.version,
    });
    expectError(stale, 409, 'CONFLICT');
    const now = (await team.nurse.client.get(`/work-plans/${plan.id}`)).json<WorkPlanView>();
    expect(now.annex.resources).toEqual(['Ruang periksa']);
  });
});
