import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/helpers.js';
import { adminClient, createEmployee, createUnit } from '../../../../test/factories.js';

describe('smoke', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('when the app starts, then health answers ok and HR can create a unit and an employee', async () => {
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.json()).toEqual({ status: 'ok' });
    const hr = await adminClient(t.app, t.database);
    const unit = await createUnit(hr, { code: 'DINKES', name: 'Dinas Kesehatan' });
    const boss = await createEmployee(hr, unit.id);
    const emp = await createEmployee(hr, unit.id, { supervisorId: boss.id });
    expect(emp.supervisorId).toBe(boss.id);
    const circular = await hr.patch(`/employees/${boss.id}`, { supervisorId: emp.id });
    expect(circular.statusCode).toBe(409);
    const list = await hr.get('/employees?q=pegawai');
    expect(list.json().total).toBe(2);
    const tree = await hr.get('/units/tree');
    expect(tree.statusCode).toBe(200);
    const bad = await hr.post('/employees', { nip: '19671310199203100', name: 'X' });
    expect(bad.statusCode).toBe(400);
    console.log(bad.body);
    const badNip = await hr.post('/employees', {
      nip: '196713101992031001',
      name: 'Xy',
      asnType: 'PNS',
      rank: 'III/a',
      positionTitle: 'Analis',
      positionType: 'pelaksana',
      unitId: unit.id,
    });
    console.log(badNip.body);
    const audit = await hr.get('/audit?entityType=employee');
    expect(audit.json().total).toBeGreaterThanOrEqual(2);
    const v = await hr.get('/audit/verify');
    expect(v.json().ok).toBe(true);
    const oa = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(oa.statusCode).toBe(200);
  });
});
