import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  DevelopmentItemView,
  DevelopmentPlanDetail,
  DevelopmentPlanListItem,
} from '../../../domain/development/view.js';
import type { EvaluationView } from '../../../domain/evaluations/view.js';
import { planIndicators, trainings } from '../../platform/db/schema.js';
import { runReminders } from '../notifications/index.js';
import { createTestApp, type Client, type TestApp } from '../../../../test/helpers.js';
import { expectError, failingPaths, multipart } from '../../../../test/factories.js';
import { ELF_HEAD, JPEG_HEAD, PDF_SMALL, PNG_1x1 } from '../../../../test/file-samples.js';
import { approvedPlan, buildTeam, pastCycle, type Team } from '../../../../test/planning-fixtures.js';
import { finalEvaluation } from '../../../../test/assessment-fixtures.js';

/**
 * Development plans that work (issue 14): focus areas and recommendations, items, agreement, completion with a
 * certificate, voluntary plans, reminders. The nurse is assessed by the Kepala Puskesmas (her assessor), whose
 * superior is the Kepala Dinas; the midwife is her colleague; the outsider works in another unit.
 */
describe('development plans', () => {
  let t: TestApp;
  let team: Team;

  beforeAll(async () => {
    t = await createTestApp();
    team = await buildTeam(t);
  });
  afterAll(async () => t.close());

  /** Catalogue rows straight into the database (the catalogue module has its own tests). */
  async function catalogue(
    rows: Array<{
      title: string;
      competences: string[];
      hours?: number;
      active?: boolean;
      mode?: 'classroom' | 'coaching';
    }>,
  ) {
    const inserted = await t.database.db
      .insert(trainings)
      .values(
        rows.map((r) => ({
          code: `T-${randomUUID().slice(0, 8)}`,
          title: r.title,
          provider: 'BKPSDM Kemuning',
          mode: r.mode ?? ('classroom' as const),
          hours: r.hours ?? 8,
          competences: r.competences,
          active: r.active ?? true,
        })),
      )
      .returning({ id: trainings.id });
    return inserted.map((r) => r.id);
  }

  /** A final evaluation of `who` in a past cycle, with the plan's indicator in `category`. */
  async function finalOf(
    who: 'nurse' | 'midwife',
    ratings: { result: 'above' | 'meets' | 'below'; behaviour: 'above' | 'meets' | 'below' },
    category: 'efficiency' | 'effectiveness' | 'innovation' = 'effectiveness',
  ) {
    const cycle = await pastCycle(t.database);
    const plan = await approvedPlan(team, cycle.id, { employee: who });
    await t.database.db
      .update(planIndicators)
      .set({ category })
      .where(inArray(planIndicators.id, plan.indicatorIds));
    const ev = await finalEvaluation(team, plan, cycle.quarters[1]!, ratings);
    return { ev, plan, cycle };
  }

  async function plansOf(client: Client, employeeId: string) {
    const res = await client.get(`/employees/${employeeId}/development-plans`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ items: DevelopmentPlanListItem[] }>().items;
  }

  async function planOf(evaluationId: string) {
    const plan = (await plansOf(team.nurse.client, team.nurse.id)).find(
      (p) => p.evaluationId === evaluationId,
    );
    expect(plan).toBeDefined();
    return plan!;
  }

  async function detail(client: Client, planId: string) {
    const res = await client.get(`/development-plans/${planId}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<DevelopmentPlanDetail>();
  }

  async function addFree(client: Client, planId: string, over: Record<string, unknown> = {}) {
    const res = await client.post(`/development-plans/${planId}/items`, {
      title: 'Coaching pelayanan loket oleh Kepala Puskesmas',
      mode: 'coaching',
      hours: 4,
      dueDate: '2026-12-20',
      successCriteria: 'Antrean loket di bawah 15 menit selama dua minggu',
      ...over,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<DevelopmentItemView>();
  }

  const complete = (
    client: Client,
    itemId: string,
    file: { content: Buffer | string; filename: string } = { content: PDF_SMALL, filename: 'sertifikat.pdf' },
  ) => {
    const { payload, headers } = multipart(file, { note: 'Lulus dengan nilai 85.' });
    return client.request('POST', `/development-plan-items/${itemId}/complete`, payload, headers);
  };

  describe('one plan per poor final evaluation', () => {
    it('when a Butuh Perbaikan is final, then exactly one plan opens with the assessor, the weak result and its indicator category', async () => {
      const { ev } = await finalOf('nurse', { result: 'below', behaviour: 'meets' });
      const plans = (await plansOf(team.nurse.client, team.nurse.id)).filter((p) => p.evaluationId === ev.id);
      expect(plans).toHaveLength(1);
      expect(plans[0]).toMatchObject({
        source: 'evaluation',
        predicate: 'butuh_perbaikan',
        status: 'open',
        assessorId: team.kapus.id,
        agreedByEmployeeAt: null,
        agreedByAssessorAt: null,
        progress: { total: 0, completed: 0 },
        items: [],
      });
      expect(plans[0]!.focusAreas).toEqual([
        expect.objectContaining({ kind: 'result', rating: 'below', categories: ['effectiveness'] }),
      ]);
    });

    it('when the evaluation is Baik, then no plan is made for it', async () => {
      const { ev } = await finalOf('midwife', { result: 'meets', behaviour: 'meets' });
      const plans = await plansOf(team.midwife.client, team.midwife.id);
      expect(plans.filter((p) => p.evaluationId === ev.id)).toEqual([]);
    });

    it('when a poor evaluation is reopened and finalised again, then the same plan is refreshed, not a second one', async () => {
      const { ev } = await finalOf('nurse', { result: 'below', behaviour: 'meets' });
      const first = await planOf(ev.id);
      const reopened = await team.hr.post(`/evaluations/${ev.id}/reopen`, {
        reason: 'Salah input rating perilaku.',
      });
      expect(reopened.statusCode, reopened.body).toBe(200);
      const put = await team.kapus.client.put(`/evaluations/${ev.id}`, { behaviourRating: 'below' });
      expect(put.statusCode, put.body).toBe(200);
      const fin = await team.kapus.client.post(`/evaluations/${ev.id}/finalize`, {});
      expect(fin.statusCode, fin.body).toBe(200);
      expect(fin.json<EvaluationView>().predicate).toBe('sangat_kurang');
      const plans = (await plansOf(team.nurse.client, team.nurse.id)).filter((p) => p.evaluationId === ev.id);
      expect(plans).toHaveLength(1);
      expect(plans[0]!.id).toBe(first.id);
      expect(plans[0]!.predicate).toBe('sangat_kurang');
      expect(plans[0]!.focusAreas.map((a) => a.kind)).toEqual(['result']);
    });
  });

  describe('reading a plan', () => {
    it('when the readers open the plan, then they see it; a colleague and an outsider get 404', async () => {
      const { ev } = await finalOf('nurse', { result: 'below', behaviour: 'meets' });
      const plan = await planOf(ev.id);
      for (const reader of [team.nurse.client, team.kapus.client, team.kadis.client, team.hr]) {
        expect((await reader.get(`/development-plans/${plan.id}`)).statusCode).toBe(200);
      }
      expectError(await team.midwife.client.get(`/development-plans/${plan.id}`), 404, 'NOT_FOUND');
      expectError(await team.outsider.client.get(`/development-plans/${plan.id}`), 404, 'NOT_FOUND');
      expectError(
        await team.outsider.client.get(`/employees/${team.nurse.id}/development-plans`),
        404,
        'NOT_FOUND',
      );
      expectError(await team.nurse.client.get(`/development-plans/${randomUUID()}`), 404, 'NOT_FOUND');
    });

    it('when the catalogue has programmes, then matching active ones are recommended by the tie rule, each with why', async () => {
      const { ev } = await finalOf('nurse', { result: 'below', behaviour: 'meets' }, 'innovation');
      const [slow, fast, inactive, other] = await catalogue([
        { title: 'Inovasi Pelayanan Publik (lanjut)', competences: ['innovation'], hours: 24 },
        { title: 'Inovasi Pelayanan Publik', competences: ['innovation', 'kesehatan'], hours: 16 },
        { title: 'Inovasi lama', competences: ['innovation'], active: false },
        { title: 'Integritas', competences: ['akuntabel'] },
      ]);
      const plan = await detail(team.nurse.client, (await planOf(ev.id)).id);
      const mine = plan.recommendations.filter((r) => [slow, fast, inactive, other].includes(r.trainingId));
      expect(mine.map((r) => r.trainingId)).toEqual([fast, slow]);
      expect(mine[0]).toMatchObject({ score: 2, hours: 16, provider: 'BKPSDM Kemuning' });
      expect(mine[0]!.reasons[0]).toContain('inovasi');
      expect(mine[0]!.reasonCodes[0]).toMatchObject({
        code: 'category_result',
        params: { competence: 'innovation' },
      });
      expect(plan.period).toMatchObject({ kind: 'periodic' });
      expect(plan.can).toMatchObject({ addItem: true, complete: true, agreeAsEmployee: false });
    });
  });

  describe('items and agreement', () => {
    it('when a party adds an item, then 201; the assessor’s superior gets 403 and a colleague 404', async () => {
      const { ev } = await finalOf('nurse', { result: 'below', behaviour: 'meets' });
      const plan = await planOf(ev.id);
      const [programme] = await catalogue([
        { title: 'Pelayanan Prima', competences: ['effectiveness'], hours: 16 },
      ]);
      await addFree(team.nurse.client, plan.id);
      const fromCatalogue = await team.kapus.client.post(`/development-plans/${plan.id}/items`, {
        trainingId: programme,
        dueDate: '2027-03-31',
        successCriteria: 'Sertifikat kelulusan',
      });
      expect(fromCatalogue.statusCode, fromCatalogue.body).toBe(201);
      expect(fromCatalogue.json<DevelopmentItemView>()).toMatchObject({
        title: 'Pelayanan Prima',
        hours: 16,
        mode: 'classroom',
        status: 'planned',
        provider: 'BKPSDM Kemuning',
      });
      const body = { title: 'x', dueDate: '2026-12-20', successCriteria: 'y' };
      expectError(
        await team.kadis.client.post(`/development-plans/${plan.id}/items`, body),
        403,
        'FORBIDDEN',
      );
      expectError(
        await team.midwife.client.post(`/development-plans/${plan.id}/items`, body),
        404,
        'NOT_FOUND',
      );
      const again = await detail(team.kapus.client, plan.id);
      // both added at the same instant of the test clock: the order between them is the ids'
      expect(again.items.map((i) => i.title).sort()).toEqual([
        'Coaching pelayanan loket oleh Kepala Puskesmas',
        'Pelayanan Prima',
      ]);
      expect(again.recommendations.map((r) => r.trainingId)).not.toContain(programme);
      // the same programme twice
      expectError(
        await team.nurse.client.post(`/development-plans/${plan.id}/items`, {
          trainingId: programme,
          dueDate: '2027-03-31',
          successCriteria: 'lagi',
        }),
        409,
        'CONFLICT',
      );
    });

    it('when an item is malformed, then 400 names the field', async () => {
      const { ev } = await finalOf('nurse', { result: 'below', behaviour: 'meets' });
      const plan = await planOf(ev.id);
      const url = `/development-plans/${plan.id}/items`;
      const c = team.nurse.client;
      const ok = { title: 'Mentoring', dueDate: '2026-12-20', successCriteria: 'Laporan' };
      expect(failingPaths(await c.post(url, { ...ok, title: undefined }))).toEqual(['title']);
      expect(failingPaths(await c.post(url, { ...ok, dueDate: '2026-11-28' }))).toEqual(['dueDate']);
      expect(failingPaths(await c.post(url, { ...ok, dueDate: '2029-01-01' }))).toEqual(['dueDate']);
      expect(failingPaths(await c.post(url, { ...ok, dueDate: '20-12-2026' }))).toEqual(['dueDate']);
      expect(failingPaths(await c.post(url, { ...ok, successCriteria: '' }))).toEqual(['successCriteria']);
      expect(failingPaths(await c.post(url, { ...ok, mode: 'classroom' }))).toEqual(['mode']);
      expect(failingPaths(await c.post(url, { ...ok, hours: -1 }))).toEqual(['hours']);
      expect(failingPaths(await c.post(url, { ...ok, trainingId: randomUUID() }))).toEqual(['trainingId']);
      const [inactive] = await catalogue([{ title: 'Lama', competences: ['efficiency'], active: false }]);
      expect(failingPaths(await c.post(url, { ...ok, trainingId: inactive }))).toEqual(['trainingId']);
    });

    it('when both agree, an item added clears both, and every item completed after agreeing again, then the plan is done', async () => {
      const { ev } = await finalOf('nurse', { result: 'below', behaviour: 'meets' });
      const plan = await planOf(ev.id);
      // nothing to agree yet
      const empty = expectError(
        await team.nurse.client.post(`/development-plans/${plan.id}/agree`),
        409,
        'INVALID_TRANSITION',
      );
      expect(empty.details).toMatchObject({ reason: 'no_items' });
      const first = await addFree(team.nurse.client, plan.id);
      const byEmployee = await team.nurse.client.post(`/development-plans/${plan.id}/agree`);
      expect(byEmployee.statusCode, byEmployee.body).toBe(200);
      expect(byEmployee.json<DevelopmentPlanDetail>().agreedByEmployeeAt).toBe(t.clock.now().toISOString());
      expect(byEmployee.json<DevelopmentPlanDetail>().agreedByAssessorAt).toBeNull();
      expectError(await team.kadis.client.post(`/development-plans/${plan.id}/agree`), 403, 'FORBIDDEN');
      expectError(await team.midwife.client.post(`/development-plans/${plan.id}/agree`), 404, 'NOT_FOUND');
      const byAssessor = await team.kapus.client.post(`/development-plans/${plan.id}/agree`);
      expect(byAssessor.statusCode, byAssessor.body).toBe(200);
      expect(byAssessor.json<DevelopmentPlanDetail>()).toMatchObject({
        agreedByAssessorName: 'dr. Kepala Puskesmas',
        status: 'open',
      });
      const told = await t.database.query<{ kind: string; employee_id: string }>(
        `SELECT n.kind, u.employee_id FROM notifications n JOIN users u ON u.id = n.user_id
         WHERE n.entity_id = $1 AND n.kind = 'development.agreed' ORDER BY n.created_at`,
        [plan.id],
      );
      // each party told of the other's agreement (one test-clock instant: compared as a set)
      expect(told.map((n) => n.employee_id).sort()).toEqual([team.kapus.id, team.nurse.id].sort());
      const second = await addFree(team.kapus.client, plan.id, {
        title: 'Mentoring komunikasi',
        mode: 'mentoring',
      });
      const cleared = await detail(team.nurse.client, plan.id);
      expect(cleared).toMatchObject({ agreedByEmployeeAt: null, agreedByAssessorAt: null, status: 'open' });
      expect((await team.nurse.client.post(`/development-plans/${plan.id}/agree`)).statusCode).toBe(200);
      expect((await team.kapus.client.post(`/development-plans/${plan.id}/agree`)).statusCode).toBe(200);
      expect((await complete(team.nurse.client, first.id)).statusCode).toBe(200);
      expect((await detail(team.nurse.client, plan.id)).status).toBe('open');
      const last = await complete(team.nurse.client, second.id, { content: PNG_1x1, filename: 'foto.png' });
      expect(last.statusCode, last.body).toBe(200);
      const done = await detail(team.nurse.client, plan.id);
      expect(done.status).toBe('done');
      expect(done.progress).toMatchObject({ total: 2, completed: 2, completedHours: 8 });
      expect(done.can.addItem).toBe(false);
      expectError(
        await team.nurse.client.post(`/development-plans/${plan.id}/items`, {
          title: 'x',
          dueDate: '2026-12-20',
          successCriteria: 'y',
        }),
        409,
        'INVALID_TRANSITION',
      );
      // the list shows the progress the next evaluation shows beside the ratings
      const listed = await planOf(ev.id);
      expect(listed.items.map((i) => i.status)).toEqual(['completed', 'completed']);
    });
  });

  describe('completing an item with a certificate', () => {
    it('when the employee sends a PDF, then the item is completed and its readers download the certificate', async () => {
      const { ev } = await finalOf('nurse', { result: 'below', behaviour: 'meets' });
      const plan = await planOf(ev.id);
      const item = await addFree(team.kapus.client, plan.id);
      expectError(await complete(team.kapus.client, item.id), 403, 'FORBIDDEN');
      expectError(await complete(team.midwife.client, item.id), 404, 'NOT_FOUND');
      const res = await complete(team.nurse.client, item.id);
      expect(res.statusCode, res.body).toBe(200);
      const done = res.json<DevelopmentItemView>();
      expect(done).toMatchObject({ status: 'completed', completionNote: 'Lulus dengan nilai 85.' });
      expect(done.completedAt).toBe(t.clock.now().toISOString());
      expect(done.evidence).toMatchObject({ filename: 'sertifikat.pdf', contentType: 'application/pdf' });
      const download = await team.kapus.client.get(done.evidence!.downloadUrl);
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(PDF_SMALL)).toBe(true);
      expect(download.headers['content-type']).toBe('application/pdf');
      expectError(await team.midwife.client.get(done.evidence!.downloadUrl), 404, 'NOT_FOUND');
      expectError(await complete(team.nurse.client, item.id), 409, 'INVALID_TRANSITION');
    });

    it('when the note comes after the file in the body, then it is kept too', async () => {
      const { ev } = await finalOf('nurse', { result: 'below', behaviour: 'meets' });
      const plan = await planOf(ev.id);
      const item = await addFree(team.nurse.client, plan.id);
      const boundary = '----kinerjaorder';
      const payload = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="scan.jpg"\r\n` +
            'Content-Type: image/jpeg\r\n\r\n',
        ),
        JPEG_HEAD,
        Buffer.from(
          `\r\n--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\nDari ponsel\r\n--${boundary}--\r\n`,
        ),
      ]);
      const res = await team.nurse.client.request(
        'POST',
        `/development-plan-items/${item.id}/complete`,
        payload,
        {
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
      );
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<DevelopmentItemView>()).toMatchObject({
        completionNote: 'Dari ponsel',
        evidence: { contentType: 'image/jpeg' },
      });
    });

    it('when the certificate is a renamed executable or not a certificate type, then 415 and the item stays planned', async () => {
      const { ev } = await finalOf('nurse', { result: 'below', behaviour: 'meets' });
      const plan = await planOf(ev.id);
      const item = await addFree(team.nurse.client, plan.id);
      expectError(
        await complete(team.nurse.client, item.id, { content: ELF_HEAD, filename: 'sertifikat.pdf' }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      );
      expectError(
        await complete(team.nurse.client, item.id, { content: 'hanya teks', filename: 'catatan.txt' }),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      );
      const noFile = await team.nurse.client.post(`/development-plan-items/${item.id}/complete`, {
        note: 'x',
      });
      expect(failingPaths(noFile)).toEqual(['file']);
      expect((await detail(team.nurse.client, plan.id)).items[0]).toMatchObject({
        status: 'planned',
        evidence: null,
      });
    });

    it('when a party cancels a planned item, then it is cancelled and no longer counts', async () => {
      const { ev } = await finalOf('nurse', { result: 'below', behaviour: 'meets' });
      const plan = await planOf(ev.id);
      const item = await addFree(team.nurse.client, plan.id);
      expectError(
        await team.kadis.client.post(`/development-plan-items/${item.id}/cancel`, {}),
        403,
        'FORBIDDEN',
      );
      const res = await team.kapus.client.post(`/development-plan-items/${item.id}/cancel`, {
        reason: 'Diganti',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<DevelopmentItemView>().status).toBe('cancelled');
      expect((await detail(team.nurse.client, plan.id)).progress).toMatchObject({ total: 0, cancelled: 1 });
    });
  });

  describe('voluntary plans', () => {
    it('when the employee starts one for herself, then 201 with source voluntary and her supervisor as assessor', async () => {
      const res = await team.midwife.client.post(`/employees/${team.midwife.id}/development-plans`, {
        note: 'Ingin mendalami konseling laktasi.',
        focusAreas: [{ text: 'Konseling', value: 'kompeten', categories: ['effectiveness'] }],
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json<DevelopmentPlanDetail>()).toMatchObject({
        source: 'voluntary',
        status: 'open',
        evaluationId: null,
        assessorId: team.kapus.id,
        focusAreas: [{ kind: 'own', value: 'kompeten', categories: ['effectiveness'] }],
      });
    });

    it('when someone else starts one for her, then a reader gets 403 and an outsider 404; a missing note is 400', async () => {
      const body = { note: 'x' };
      expectError(
        await team.kapus.client.post(`/employees/${team.midwife.id}/development-plans`, body),
        403,
        'FORBIDDEN',
      );
      expectError(
        await team.outsider.client.post(`/employees/${team.midwife.id}/development-plans`, body),
        404,
        'NOT_FOUND',
      );
      expect(
        failingPaths(await team.midwife.client.post(`/employees/${team.midwife.id}/development-plans`, {})),
      ).toEqual(['note']);
    });
  });

  describe('reminders and home', () => {
    it('when an item falls due within a week and later passes it, then both parties are reminded once each time', async () => {
      const { ev } = await finalOf('nurse', { result: 'below', behaviour: 'meets' });
      const plan = await planOf(ev.id);
      await addFree(team.nurse.client, plan.id, {
        dueDate: '2026-12-03',
        title: `Pengingat ${randomUUID()}`,
      });
      const deps = { database: t.database, config: t.config, clock: t.clock };
      const kinds = async () =>
        t.database.query<{ kind: string; employee_id: string }>(
          `SELECT n.kind, u.employee_id FROM notifications n JOIN users u ON u.id = n.user_id
           WHERE n.entity_id = $1 ORDER BY n.kind, u.employee_id`,
          [plan.id],
        );
      await runReminders(deps, new Date('2026-11-29T01:00:00Z'));
      await runReminders(deps, new Date('2026-11-29T02:00:00Z'));
      const due = await kinds();
      expect(due.map((r) => r.kind)).toEqual(['development.item_due', 'development.item_due']);
      expect(due.map((r) => r.employee_id).sort()).toEqual([team.nurse.id, team.kapus.id].sort());
      await runReminders(deps, new Date('2026-12-04T01:00:00Z'));
      expect((await kinds()).filter((r) => r.kind === 'development.item_overdue')).toHaveLength(2);

      const home = await team.kapus.client.get('/home');
      expect(home.statusCode, home.body).toBe(200);
      const tasks = home.json<{ tasks: Array<{ kind: string }> }>().tasks;
      expect(tasks.map((x) => x.kind)).toContain('development.review');
      const mine = (await team.nurse.client.get('/home')).json<{
        tasks: Array<{ kind: string; dueDate: string | null }>;
      }>();
      expect(mine.tasks.find((x) => x.kind === 'development.due')?.dueDate).not.toBeNull();
    });
  });

  it('when plans change, then each step is audited', async () => {
    const { ev } = await finalOf('nurse', { result: 'below', behaviour: 'meets' });
    const plan = await planOf(ev.id);
    const item = await addFree(team.nurse.client, plan.id);
    await team.nurse.client.post(`/development-plans/${plan.id}/agree`);
    const audit = async (type: string, id: string) =>
      (await team.admin.get(`/audit?entityType=${type}&entityId=${id}&limit=50`))
        .json<{ items: Array<{ action: string }> }>()
        .items.map((a) => a.action);
    expect(await audit('development_plan', plan.id)).toEqual(
      expect.arrayContaining(['development_plan.create', 'development_plan.agree']),
    );
    expect(await audit('development_plan_item', item.id)).toEqual(['development_plan_item.create']);
  });
});
