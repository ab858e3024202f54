import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../../../test/helpers.js';
import {
  accountFor,
  adminClient,
  countRows,
  createEmployee,
  createUnit,
  expectError,
  PASSWORD,
  pnsNip,
  roleClients,
  upload,
} from '../../../../test/factories.js';
import { eq } from 'drizzle-orm';
import { entryHash, verifyAuditChain } from '../../platform/audit.js';
import { auditLog } from '../../platform/db/schema.js';

interface Entry {
  id: string;
  seq: number;
  at: string;
  actor: { userId: string | null; label: string };
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
  prevHash: string;
  hash: string;
}

let t: TestApp;
let admin: Client;
let auditor: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await adminClient(t.app, t.database);
  auditor = await accountFor(t.app, admin, ['auditor']);
});
afterAll(async () => t.close());

/** The entries written by the request that got `res`, found through its request id. */
async function entriesOf(res: { headers: Record<string, unknown> }): Promise<Entry[]> {
  const requestId = String(res.headers['x-request-id']);
  const rows = await t.database.query<{ id: string }>(
    'SELECT id FROM audit_log WHERE request_id = $1 ORDER BY seq',
    [requestId],
  );
  const list = (await auditor.get('/audit?limit=200')).json<{ items: Entry[] }>().items;
  return rows.map((r) => list.find((e) => e.id === r.id)!);
}

async function only(res: { statusCode: number; body: string; headers: Record<string, unknown> }) {
  expect(res.statusCode, res.body).toBeLessThan(300);
  const entries = await entriesOf(res);
  expect(entries).toHaveLength(1);
  return entries[0]!;
}

const auditCount = () => countRows(t.database, 'audit_log');

describe('every write leaves an audit entry with actor, action, before and after', () => {
  it('when users are created, updated and reset, then each is audited without secrets', async () => {
    const created = await admin.post('/users', {
      username: 'audited.user',
      password: PASSWORD,
      roles: ['employee'],
    });
    const user = created.json<{ id: string }>();
    const e1 = await only(created);
    expect(e1).toMatchObject({
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      actor: { userId: admin.user!.id, label: 'admin' },
      before: null,
      after: { id: user.id, username: 'audited.user', roles: ['employee'], active: true },
    });

    const e2 = await only(await admin.patch(`/users/${user.id}`, { roles: ['auditor'] }));
    expect(e2).toMatchObject({
      action: 'user.update',
      entityId: user.id,
      before: { roles: ['employee'], version: 1 },
      after: { roles: ['auditor'], version: 2 },
    });

    const e3 = await only(
      await admin.post(`/users/${user.id}/reset-password`, { password: 'another-pass-1' }),
    );
    expect(e3).toMatchObject({ action: 'user.reset_password', entityType: 'user', entityId: user.id });
    for (const e of [e1, e2, e3]) {
      expect(JSON.stringify(e)).not.toMatch(/another-pass-1|rahasia|argon2|passwordHash/);
    }
  });

  it('when tokens are created and revoked, then both are audited without the token value', async () => {
    const res = await admin.post('/auth/tokens', { name: 'sync' });
    const token = res.json<{ id: string; token: string }>();
    const e1 = await only(res);
    expect(e1).toMatchObject({
      action: 'token.create',
      entityType: 'api_token',
      entityId: token.id,
      after: { name: 'sync' },
    });
    expect(JSON.stringify(e1)).not.toContain(token.token.slice(4));
    const e2 = await only(await admin.delete(`/auth/tokens/${token.id}`));
    expect(e2).toMatchObject({ action: 'token.revoke', entityType: 'api_token', entityId: token.id });
  });

  it('when sign-in, password change and sign-out happen, then they are audited for the user', async () => {
    const client = await accountFor(t.app, admin, ['employee']);
    const me = client.user!;
    const e1 = await only(
      await client.post('/auth/password', { currentPassword: PASSWORD, newPassword: 'new-pass-123' }),
    );
    expect(e1).toMatchObject({ action: 'user.change_password', entityId: me.id, actor: { userId: me.id } });
    const e2 = await only(await client.post('/auth/logout'));
    expect(e2).toMatchObject({
      action: 'auth.logout',
      entityId: me.id,
      actor: { userId: me.id, label: me.username },
    });
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: me.username, password: 'new-pass-123' },
    });
    expect(await only(signIn)).toMatchObject({
      action: 'auth.login',
      entityId: me.id,
      actor: { userId: me.id },
    });
  });

  it('when units are created and updated, then before and after hold the unit', async () => {
    const res = await admin.post('/units', { name: 'Dinas Audit', code: 'AUD' });
    const unit = res.json<{ id: string }>();
    expect(await only(res)).toMatchObject({
      action: 'unit.create',
      entityType: 'unit',
      entityId: unit.id,
      before: null,
      after: { id: unit.id, code: 'AUD', name: 'Dinas Audit', version: 1 },
    });
    const e2 = await only(await admin.patch(`/units/${unit.id}`, { name: 'Dinas Audit Baru' }));
    expect(e2).toMatchObject({
      action: 'unit.update',
      before: { name: 'Dinas Audit', version: 1 },
      after: { name: 'Dinas Audit Baru', version: 2 },
    });
  });

  it('when an acting official is added and removed, then both are audited on the unit', async () => {
    const unit = await createUnit(admin);
    const emp = await createEmployee(admin, unit.id);
    const res = await admin.post(`/units/${unit.id}/acting-officials`, {
      employeeId: emp.id,
      kind: 'plh',
      startDate: '2026-12-01',
      endDate: '2026-12-05',
    });
    const acting = res.json<{ id: string }>();
    expect(await only(res)).toMatchObject({
      action: 'unit.acting.add',
      entityType: 'unit',
      entityId: unit.id,
      after: {
        id: acting.id,
        employeeId: emp.id,
        kind: 'plh',
        startDate: '2026-12-01',
        endDate: '2026-12-05',
      },
    });
    const e2 = await only(await admin.delete(`/units/${unit.id}/acting-officials/${acting.id}`));
    expect(e2).toMatchObject({
      action: 'unit.acting.remove',
      entityId: unit.id,
      before: { id: acting.id, employeeId: emp.id },
    });
  });

  it('when employees are created and updated, then before and after hold the employee', async () => {
    const unit = await createUnit(admin);
    const nip = pnsNip();
    const res = await admin.post('/employees', {
      nip,
      name: 'Pegawai Diaudit',
      asnType: 'PNS',
      rank: 'II/c',
      positionTitle: 'Pengadministrasi',
      positionType: 'pelaksana',
      unitId: unit.id,
    });
    const emp = res.json<{ id: string }>();
    expect(await only(res)).toMatchObject({
      action: 'employee.create',
      entityType: 'employee',
      entityId: emp.id,
      before: null,
      after: { id: emp.id, nip, name: 'Pegawai Diaudit', rank: 'II/c' },
    });
    const e2 = await only(await admin.patch(`/employees/${emp.id}`, { rank: 'II/d' }));
    expect(e2).toMatchObject({
      action: 'employee.update',
      before: { rank: 'II/c', version: 1 },
      after: { rank: 'II/d', version: 2 },
    });
  });

  it('when units and employees are imported, then each imported record has an entry in one chain', async () => {
    const units = await upload(admin, '/imports/units', {
      filename: 'u.csv',
      content: 'kode,nama,kode_induk\nIMP-A,Impor A,\nIMP-B,Impor B,IMP-A\n',
    });
    const unitEntries = await entriesOf(units);
    expect(unitEntries.map((e) => [e.action, (e.after as { code: string }).code])).toEqual([
      ['unit.import.create', 'IMP-A'],
      ['unit.import.create', 'IMP-B'],
    ]);
    const a = unitEntries[0]!;
    expect(unitEntries[1]!.after).toMatchObject({ parentId: a.entityId });

    const boss = pnsNip();
    const sub = pnsNip();
    const employees = await upload(admin, '/imports/employees', {
      filename: 'e.csv',
      content:
        'nip,nama,jenis_asn,golongan,jabatan,jenis_jabatan,kode_unit,nip_atasan\n' +
        `${sub},Bawahan,PNS,III/a,Analis,pelaksana,IMP-B,${boss}\n` +
        `${boss},Atasan,PNS,IV/a,Kepala,administrator,IMP-A,\n`,
    });
    const empEntries = await entriesOf(employees);
    expect(empEntries.map((e) => e.action)).toEqual(['employee.import.create', 'employee.import.create']);
    expect(empEntries.every((e) => e.actor.userId === admin.user!.id)).toBe(true);
    const bossEntry = empEntries.find((e) => (e.after as { nip: string }).nip === boss)!;
    expect(empEntries.find((e) => (e.after as { nip: string }).nip === sub)!.after).toMatchObject({
      supervisorId: bossEntry.entityId,
    });
    // Consecutive entries of one import link to each other.
    expect(empEntries[1]!.prevHash).toBe(empEntries[0]!.hash);

    const again = await upload(admin, '/imports/employees', {
      filename: 'e.csv',
      content: `nip,nama,jenis_asn,golongan,jabatan,jenis_jabatan,kode_unit\n${boss},Atasan Baru,PNS,IV/a,Kepala,administrator,IMP-A\n`,
    });
    expect((await entriesOf(again)).map((e) => e.action)).toEqual(['employee.import.update']);
  });

  it('when a write fails (validation, conflict, permission, dry run), then no entry is written', async () => {
    const before = await auditCount();
    const unit = await createUnit(admin, { code: 'AUD-FAIL' });
    const afterCreate = await auditCount();
    expect(afterCreate).toBe(before + 1);
    expect((await admin.post('/units', { name: 'Duplikat', code: 'AUD-FAIL' })).statusCode).toBe(409);
    expect((await admin.post('/employees', { nip: 'x' })).statusCode).toBe(400);
    expect((await admin.patch(`/units/${unit.id}`, { name: 'Basi', version: 99 })).statusCode).toBe(409);
    expect((await auditor.post('/units', { name: 'Bukan Hak', code: 'AUD-X' })).statusCode).toBe(403);
    const dry = await upload(admin, '/imports/units?dryRun=true', {
      filename: 'u.csv',
      content: 'kode,nama\nDRY-1,Kering\n',
    });
    expect(dry.statusCode).toBe(200);
    expect(await auditCount()).toBe(afterCreate);
  });
});

describe('GET /audit', () => {
  it('when filtered by entity, then only that entity’s entries come, newest first, with a total', async () => {
    const unit = await createUnit(admin);
    await admin.patch(`/units/${unit.id}`, { name: 'Satu Kali' });
    await admin.patch(`/units/${unit.id}`, { name: 'Dua Kali' });
    const res = await auditor.get(`/audit?entityType=unit&entityId=${unit.id}`);
    expect(res.statusCode).toBe(200);
    const body = res.json<{ items: Entry[]; total: number }>();
    expect(body.total).toBe(3);
    expect(body.items.map((e) => e.action)).toEqual(['unit.update', 'unit.update', 'unit.create']);
    expect(body.items[0]!.seq).toBeGreaterThan(body.items[1]!.seq);
    expect(new Date(body.items[0]!.at).toISOString()).toBe(body.items[0]!.at);
    const page = (await auditor.get(`/audit?entityType=unit&entityId=${unit.id}&limit=1&offset=1`)).json<{
      items: Entry[];
      total: number;
    }>();
    expect(page).toMatchObject({ total: 3, items: [{ id: body.items[1]!.id }] });
    const byAction = (await auditor.get(`/audit?action=unit.create&entityId=${unit.id}`)).json<{
      total: number;
    }>();
    expect(byAction.total).toBe(1);
  });

  it('when filtered by actor, then only that actor’s entries come', async () => {
    const hr = await accountFor(t.app, admin, ['hr_admin']);
    await createUnit(hr);
    const body = (await auditor.get(`/audit?actorUserId=${hr.user!.id}`)).json<{ items: Entry[] }>();
    expect(body.items.map((e) => e.action).sort()).toEqual(['auth.login', 'unit.create']);
  });

  it('when admin-only or auditor read it, then 200; hr_admin-only, agency_head and employee get 403', async () => {
    const roles = await roleClients(t.app, admin);
    for (const c of [roles.adminOnly, roles.auditor]) {
      expect((await c.get('/audit')).statusCode).toBe(200);
      expect((await c.get('/audit/verify')).statusCode).toBe(200);
    }
    for (const c of [roles.hrAdmin, roles.agencyHead, roles.employee]) {
      expectError(await c.get('/audit'), 403, 'FORBIDDEN');
      expectError(await c.get('/audit/verify'), 403, 'FORBIDDEN');
    }
  });

  it('when the query is malformed, then 400 (limit above 200, bad actor id)', async () => {
    expectError(await auditor.get('/audit?limit=201'), 400, 'VALIDATION_FAILED');
    expectError(await auditor.get('/audit?actorUserId=nope'), 400, 'VALIDATION_FAILED');
  });
});

describe('the hash chain', () => {
  const sql = (s: string) => t.database.exec(s);
  const withTriggerOff = async (statement: string) => {
    await sql('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete');
    try {
      await sql(statement);
    } finally {
      await sql('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete');
    }
  };
  const verify = async () => (await auditor.get('/audit/verify')).json<Record<string, unknown>>();

  /** A middle entry: not the first, not the last. */
  async function middleEntry() {
    const rows = await t.database.query<{ seq: string | number; id: string }>(
      'SELECT seq, id FROM audit_log ORDER BY seq',
    );
    expect(rows.length).toBeGreaterThan(5);
    const row = rows[Math.floor(rows.length / 2)]!;
    return { seq: Number(row.seq), id: row.id, next: Number(rows[Math.floor(rows.length / 2) + 1]!.seq) };
  }

  it('when nobody has touched the log, then verify reports ok with every entry checked', async () => {
    const total = await auditCount();
    expect(await verify()).toEqual({ ok: true, checked: total });
    // Paging through the chain in small pages gives the same answer.
    expect(await verifyAuditChain(t.database.db, 3)).toEqual({ ok: true, checked: total });
  });

  it('when the database refuses UPDATE, DELETE and TRUNCATE on the audit log while the trigger is on', async () => {
    await expect(sql(`UPDATE audit_log SET action = 'forged' WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(sql('DELETE FROM audit_log WHERE seq = 1')).rejects.toThrow(/append-only/);
    await expect(sql('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
    const [first] = await t.database.query<{ action: string }>('SELECT action FROM audit_log WHERE seq = 1');
    expect(first!.action).not.toBe('forged');
    expect((await verify()).ok).toBe(true);
  });

  it("when one entry's after is changed behind the app's back, then verify names that entry (hash_mismatch)", async () => {
    const target = await middleEntry();
    const [original] = await t.database.query<{ after: unknown }>(
      'SELECT after FROM audit_log WHERE seq = $1',
      [target.seq],
    );
    await withTriggerOff(`UPDATE audit_log SET after = '{"forged": true}'::jsonb WHERE seq = ${target.seq}`);

    const expected = { seq: target.seq, id: target.id, reason: 'hash_mismatch' };
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: false, firstBroken: expected });
    expect(await verifyAuditChain(t.database.db, 2)).toMatchObject({ ok: false, firstBroken: expected });
    const res = await verify();
    expect(res).toMatchObject({ ok: false, firstBroken: expected });
    expect(res.checked).toBe(
      Number(
        (
          await t.database.query<{ n: string }>(
            `SELECT count(*) AS n FROM audit_log WHERE seq < ${target.seq}`,
          )
        )[0]!.n,
      ),
    );

    // Putting the original value back makes the chain whole again.
    const json = JSON.stringify(original!.after).replace(/'/g, "''");
    await withTriggerOff(`UPDATE audit_log SET after = '${json}'::jsonb WHERE seq = ${target.seq}`);
    expect((await verify()).ok).toBe(true);
  });

  it('when an entry is rewritten together with a recomputed hash, then the next entry no longer links (broken_link)', async () => {
    const target = await middleEntry();
    const [row] = await t.database.db.select().from(auditLog).where(eq(auditLog.seq, target.seq));
    const forgedHash = entryHash({ ...row!, action: 'forged' });
    await withTriggerOff(
      `UPDATE audit_log SET action = 'forged', hash = '${forgedHash}' WHERE seq = ${target.seq}`,
    );
    const res = await verify();
    expect(res).toMatchObject({ ok: false, firstBroken: { seq: target.next, reason: 'broken_link' } });
    expect(res.checked).toBeGreaterThan(0);
    await withTriggerOff(
      `UPDATE audit_log SET action = '${row!.action}', hash = '${row!.hash}' WHERE seq = ${target.seq}`,
    );
    expect((await verify()).ok).toBe(true);
  });

  it('when a middle entry is deleted, then verify reports the entry after it as broken_link', async () => {
    const target = await middleEntry();
    const [next] = await t.database.query<{ id: string }>('SELECT id FROM audit_log WHERE seq = $1', [
      target.next,
    ]);
    await withTriggerOff(`DELETE FROM audit_log WHERE seq = ${target.seq}`);
    const res = await verify();
    expect(res).toMatchObject({
      ok: false,
      firstBroken: { seq: target.next, id: next!.id, reason: 'broken_link' },
    });
    expect(await verifyAuditChain(t.database.db, 1)).toMatchObject({
      ok: false,
      firstBroken: { seq: target.next, reason: 'broken_link' },
    });
  });

  it('when the first entry is deleted, then the new first entry does not start from the genesis hash', async () => {
    const [first] = await t.database.query<{ seq: string | number }>('SELECT min(seq) AS seq FROM audit_log');
    const seq = Number(first!.seq);
    await withTriggerOff(`DELETE FROM audit_log WHERE seq = ${seq}`);
    const res = await verifyAuditChain(t.database.db);
    expect(res).toMatchObject({ ok: false, firstBroken: { reason: 'broken_link' } });
    expect(res.firstBroken!.seq).toBeGreaterThan(seq);
    expect(res.checked).toBe(0);
  });
});
