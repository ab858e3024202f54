import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../../../test/helpers.js';
import { accountFor, adminClient, countRows, createUnit, pnsNip } from '../../../../test/factories.js';
import { appendAudit, appendAuditMany, verifyAuditChain } from '../../platform/audit.js';
import { systemContext } from '../../platform/context.js';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await adminClient(t.app, t.database);
});
afterAll(async () => t.close());

const auditCount = () => countRows(t.database, 'audit_log');

describe('the audit chain is appended at the end of each transaction', () => {
  it('when many users write at the same time, then every write succeeds, each is audited and the chain verifies', async () => {
    const unit = await createUnit(admin);
    const writers: Client[] = [];
    for (let i = 0; i < 6; i++) writers.push(await accountFor(t.app, admin, ['hr_admin']));
    const before = await auditCount();
    const results = await Promise.all(
      Array.from({ length: 36 }, (_, i) =>
        i % 3 === 0
          ? writers[i % writers.length]!.post('/units', { name: `Unit Paralel ${i}`, code: `PAR-${i}` })
          : writers[i % writers.length]!.post('/employees', {
              nip: pnsNip(2000 + i),
              name: `Pegawai Paralel ${i}`,
              asnType: 'PNS',
              rank: 'III/a',
              positionTitle: 'Analis',
              positionType: 'pelaksana',
              unitId: unit.id,
            }),
      ),
    );
    expect(results.filter((r) => r.statusCode !== 201).map((r) => r.body)).toEqual([]);
    expect(await auditCount()).toBe(before + 36);
    const actors = await t.database.query<{ n: string | number }>(
      `SELECT count(DISTINCT actor_user_id) AS n FROM audit_log WHERE action IN ('unit.create', 'employee.create')
         AND actor_user_id = ANY($1::uuid[])`,
      [writers.map((w) => w.user!.id)],
    );
    expect(Number(actors[0]!.n)).toBe(6);
    expect(await verifyAuditChain(t.database.db)).toEqual({ ok: true, checked: await auditCount() });
  });

  it('when a transaction that appended entries rolls back, then none of them is written', async () => {
    const before = await auditCount();
    await expect(
      t.database.db.transaction(async (tx) => {
        await appendAudit(tx, systemContext('test'), {
          action: 'test.rollback',
          entityType: 'unit',
          entityId: 'x',
        });
        await appendAuditMany(tx, systemContext('test'), [
          { action: 'test.rollback', entityType: 'unit', entityId: 'y' },
          { action: 'test.rollback', entityType: 'unit', entityId: 'z' },
        ]);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await auditCount()).toBe(before);
    // and the chain goes on from the last committed entry
    expect((await createUnit(admin)).id).toBeTruthy();
    expect(await verifyAuditChain(t.database.db)).toEqual({ ok: true, checked: before + 1 });
  });

  it('when entries are appended in a transaction, then they are chained in call order at its end', async () => {
    const before = await auditCount();
    await t.database.db.transaction(async (tx) => {
      await appendAudit(tx, systemContext('test'), {
        action: 'test.order',
        entityType: 'unit',
        entityId: '1',
      });
      // not yet in the chain: the entries are appended right before COMMIT
      const seen = await tx.execute(
        sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'test.order'`,
      );
      expect((seen as unknown as { rows: Array<{ n: number }> }).rows[0]!.n).toBe(0);
      await appendAuditMany(tx, systemContext('test'), [
        { action: 'test.order', entityType: 'unit', entityId: '2' },
        { action: 'test.order', entityType: 'unit', entityId: '3' },
      ]);
    });
    const rows = await t.database.query<{ entity_id: string }>(
      `SELECT entity_id FROM audit_log WHERE action = 'test.order' ORDER BY seq`,
    );
    expect(rows.map((r) => r.entity_id)).toEqual(['1', '2', '3']);
    expect(await verifyAuditChain(t.database.db)).toEqual({ ok: true, checked: before + 3 });
  });

  it('when appended outside a transaction, then the entry is chained at once', async () => {
    const before = await auditCount();
    await appendAudit(t.database.db, systemContext('test'), {
      action: 'test.direct',
      entityType: 'unit',
      entityId: 'd',
    });
    expect(await auditCount()).toBe(before + 1);
    expect(await verifyAuditChain(t.database.db)).toEqual({ ok: true, checked: before + 1 });
  });
});
