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
import { extractPdfText } from '../documents/index.js';
import { seedLibrary } from '../../seed/library-templates.js';
import { BERAKHLAK } from '../../../domain/work-plans/berakhlak.js';
import { formatNip } from '../../../domain/people/nip.js';

/**
 * A plan’s behaviour expectations, its assessor, its document and indicators from the library. Each test builds its
 * own cycle and plans.
 */
describe('work plan content', () => {
  let t: TestApp;
  let team: Team;

  beforeAll(async () => {
    t = await createTestApp();
    team = await buildTeam(t);
  });
  afterAll(async () => t.close());

  it('when the assessor writes expectations, then they show on the plan; the employee cannot write them', async () => {
    const cycleId = (await newCycle(t.database)).id;
    const plan = await createPlan(team.nurse.client, cycleId, team.nurse.id);
    expectError(
      await team.nurse.client.put(`/work-plans/${plan.id}/behaviours/akuntabel`, { expectation: 'x' }),
      403,
      'FORBIDDEN',
    );
    const res = await team.kapus.client.put(`/work-plans/${plan.id}/behaviours/akuntabel`, {
      expectation: 'Mencatat setiap layanan tepat waktu',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<WorkPlanView>().behaviours.find((b) => b.value === 'akuntabel')!.expectation).toBe(
      'Mencatat setiap layanan tepat waktu',
    );
    expectError(
      await team.kapus.client.put(`/work-plans/${plan.id}/behaviours/jujur`, { expectation: 'x' }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('when HR overrides the assessor with a reason, then the plan follows the new assessor', async () => {
    const cycleId = (await newCycle(t.database)).id;
    const plan = await createPlan(team.midwife.client, cycleId, team.midwife.id);
    expectError(
      await team.midwife.client.put(`/work-plans/${plan.id}/assessor`, {
        assessorId: team.kadis.id,
        reason: 'x',
      }),
      403,
      'FORBIDDEN',
    );
    expectError(
      await team.hr.put(`/work-plans/${plan.id}/assessor`, { assessorId: team.kadis.id }),
      400,
      'VALIDATION_FAILED',
    );
    const res = await team.hr.put(`/work-plans/${plan.id}/assessor`, {
      assessorId: team.kadis.id,
      reason: 'Kepala Puskesmas cuti panjang',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<WorkPlanView>()).toMatchObject({
      assessorId: team.kadis.id,
      assessorOverrideReason: 'Kepala Puskesmas cuti panjang',
    });
    expect(res.json<WorkPlanView>().assessor!.name).toBe('dr. Kepala Dinas');
  });

  it('when the document is requested, then a PDF comes back whose text has the NIP, each result and each BerAKHLAK value', async () => {
    const cycleId = (await newCycle(t.database)).id;
    const { nurse } = team;
    const plan = await createPlan(nurse.client, cycleId, nurse.id);
    await addMeasuredResult(nurse.client, plan.id, 'Terlayaninya pasien rawat jalan sesuai standar');
    await nurse.client.post(`/work-plans/${plan.id}/results`, {
      kind: 'additional',
      text: 'Terlaksananya penyuluhan kesehatan',
    });
    const res = await nurse.client.get(`/work-plans/${plan.id}/document.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toContain('attachment');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await extractPdfText(res.rawPayload);
    const view = (await nurse.client.get(`/work-plans/${plan.id}`)).json<WorkPlanView>();
    expect(text).toContain(formatNip(view.employee.nip));
    expect(text).toContain(view.employee.nip);
    expect(text).toContain('Terlayaninya pasien rawat jalan sesuai standar');
    expect(text).toContain('Terlaksananya penyuluhan kesehatan');
    for (const v of Object.values(BERAKHLAK)) expect(text).toContain(v.label);
    // Someone who may not see the plan gets no document either.
    expectError(await team.outsider.client.get(`/work-plans/${plan.id}/document.pdf`), 404, 'NOT_FOUND');
  });

  it('when an indicator is inserted from the library, then it keeps the template; an unknown template is refused', async () => {
    await seedLibrary(t.database);
    const cycleId = (await newCycle(t.database)).id;
    const { nurse } = team;
    const plan = await createPlan(nurse.client, cycleId, nurse.id);
    const result = (
      await nurse.client.post(`/work-plans/${plan.id}/results`, {
        kind: 'main',
        text: 'Cepatnya respons pengaduan',
      })
    ).json<{ id: string }>();
    const lib = (await nurse.client.get('/indicator-templates?sector=health&q=pengaduan')).json<{
      items: Array<{
        id: string;
        text: string;
        aspect: 'time';
        unit: string;
        direction: 'lower';
        category: 'efficiency';
      }>;
    }>();
    const template = lib.items[0]!;
    expect(template.direction).toBe('lower');
    const ind = await nurse.client.post(`/work-plans/${plan.id}/results/${result.id}/indicators`, {
      text: template.text,
      aspect: template.aspect,
      unit: template.unit,
      direction: template.direction,
      category: template.category,
      target: 24,
      templateId: template.id,
    });
    expect(ind.statusCode, ind.body).toBe(201);
    expect(ind.json<{ templateId: string; direction: string }>()).toMatchObject({
      templateId: template.id,
      direction: 'lower',
    });
    const unknown = await nurse.client.post(`/work-plans/${plan.id}/results/${result.id}/indicators`, {
      text: 'x',
      aspect: 'time',
      templateId: '00000000-0000-4000-8000-000000000000',
    });
    expectError(unknown, 400, 'VALIDATION_FAILED');
  });

  it('when a target is negative, then 400 "Tidak boleh negatif" on the field, in either language; 0 is fine', async () => {
    const cycleId = (await newCycle(t.database)).id;
    const { nurse } = team;
    const plan = await createPlan(nurse.client, cycleId, nurse.id);
    const result = (
      await nurse.client.post(`/work-plans/${plan.id}/results`, { kind: 'main', text: 'Menurunnya antrean' })
    ).json<{ id: string }>();
    const url = `/work-plans/${plan.id}/results/${result.id}/indicators`;
    const base = { text: 'Persentase keluhan', aspect: 'quality', unit: '%', direction: 'lower' };
    const minus = expectError(
      await nurse.client.post(url, { ...base, target: -5 }),
      400,
      'VALIDATION_FAILED',
    );
    expect(minus.details).toEqual([
      expect.objectContaining({ path: 'target', code: 'number.negative', message: 'Tidak boleh negatif.' }),
    ]);
    const english = expectError(
      await nurse.client.post(url, { ...base, target: 1, targetMax: -2 }, { 'accept-language': 'en' }),
      400,
      'VALIDATION_FAILED',
    );
    expect((english.details as Array<{ path: string; message: string }>)[0]).toMatchObject({
      path: 'targetMax',
      message: 'Must not be negative.',
    });
    const word = expectError(
      await nurse.client.post(url, { ...base, target: 'lima' }),
      400,
      'VALIDATION_FAILED',
    );
    expect((word.details as Array<{ message: string }>)[0]!.message).toBe('Harus berupa angka.');
    const zero = await nurse.client.post(url, { ...base, target: 0 });
    expect(zero.statusCode, zero.body).toBe(201);
    const id = zero.json<{ id: string }>().id;
    expectError(await nurse.client.patch(`${url}/${id}`, { target: -1 }), 400, 'VALIDATION_FAILED');
  });
});
