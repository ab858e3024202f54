import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CompletionCounts,
  CompletionPersonView,
  CompletionView,
} from '../../../domain/monitoring/view.js';
import { createTestApp, type Client, type TestApp } from '../../../../test/helpers.js';
import {
  accountFor,
  adminClient,
  createEmployee,
  expectError,
  insertUser,
} from '../../../../test/factories.js';
import { insertCycle, periodsOf } from '../../../../test/planning-fixtures.js';
import { seedSynthetic } from '../../seed/synthetic.js';

interface SqlCounts {
  unit_id: string;
  employees: string | number;
  not_started: string | number;
  draft: string | number;
  submitted: string | number;
  returned: string | number;
  approved: string | number;
  reported: string | number;
}

describe('completion monitoring', () => {
  let t: TestApp;
  let hr: Client;
  let cycleId: string;
  let q1: string;
  const url = (query: string) => `/monitoring/completion?cycleId=${cycleId}${query}`;

  /** The expected numbers, counted another way: per subtree root, status by correlated subquery. */
  async function directCounts(periodId: string, subtree: boolean): Promise<Map<string, CompletionCounts>> {
    const rows = await t.database.query<SqlCounts>(
      `WITH RECURSIVE sub(root, id) AS (
         SELECT id, id FROM units
         UNION ALL SELECT s.root, u.id FROM units u JOIN sub s ON u.parent_id = s.id WHERE $3),
       st AS (
         SELECT e.id, e.unit_id,
           (SELECT wp.status FROM work_plans wp
             WHERE wp.employee_id = e.id AND wp.cycle_id = $1 AND wp.is_current) AS status,
           EXISTS (SELECT 1 FROM progress_entries pe JOIN work_plans w ON w.id = pe.work_plan_id
                   WHERE w.employee_id = e.id AND pe.period_id = $2) AS reported
         FROM employees e WHERE e.active)
       SELECT s.root AS unit_id, count(st.id) AS employees,
         sum(CASE WHEN st.id IS NOT NULL AND st.status IS NULL THEN 1 ELSE 0 END) AS not_started,
         sum(CASE WHEN st.status = 'draft' THEN 1 ELSE 0 END) AS draft,
         sum(CASE WHEN st.status = 'submitted' THEN 1 ELSE 0 END) AS submitted,
         sum(CASE WHEN st.status = 'returned' THEN 1 ELSE 0 END) AS returned,
         sum(CASE WHEN st.status = 'approved' THEN 1 ELSE 0 END) AS approved,
         sum(CASE WHEN st.reported THEN 1 ELSE 0 END) AS reported
       FROM sub s LEFT JOIN st ON st.unit_id = s.id GROUP BY s.root`,
      [cycleId, periodId, subtree],
    );
    return new Map(
      rows.map((r) => [
        r.unit_id,
        {
          employees: Number(r.employees),
          notStarted: Number(r.not_started),
          draft: Number(r.draft),
          submitted: Number(r.submitted),
          returned: Number(r.returned),
          approved: Number(r.approved),
          reportedProgress: Number(r.reported),
          evaluationsDone: 0,
        },
      ]),
    );
  }

  async function subtreeIds(rootIds: string[]) {
    const rows = await t.database.query<{ id: string }>(
      `WITH RECURSIVE sub(id) AS (SELECT id FROM units WHERE id = ANY($1::uuid[])
         UNION SELECT u.id FROM units u JOIN sub s ON u.parent_id = s.id) SELECT id FROM sub`,
      [rootIds],
    );
    return rows.map((r) => r.id).sort();
  }

  beforeAll(async () => {
    t = await createTestApp(); // the clock: 29 November 2026
    await seedSynthetic(t.database, { employees: 300 });
    hr = await adminClient(t.app, t.database);
    cycleId = (await insertCycle(t.database, 2026)).id;
    const periods = await periodsOf(t.database, cycleId);
    q1 = periods[0]!.id;
    const q4 = periods[3]!.id;
    const author = await insertUser(t.database, 'pengisi', ['employee']);
    // Some employees leave; about two thirds have a plan in one of the four statuses.
    await t.database.query(`UPDATE employees SET active = false WHERE abs(hashtext(nip)) % 40 = 0`);
    await t.database.query(
      `INSERT INTO work_plans (cycle_id, employee_id, unit_id, start_date, status, approach, snapshot)
       SELECT $1, id, unit_id, (SELECT start_date FROM cycles WHERE id = $1), (ARRAY['draft','submitted','returned','approved'])[1 + abs(hashtext(id::text || 's')) % 4],
              'quantitative', '{}'::jsonb
       FROM employees WHERE abs(hashtext(nip || 'p')) % 3 <> 0`,
      [cycleId],
    );
    // An open amendment (not in force) must not count instead of the approved version.
    await t.database.query(
      `INSERT INTO work_plans (cycle_id, employee_id, unit_id, start_date, status, approach, snapshot, amends_id, is_current, revision)
       SELECT cycle_id, employee_id, unit_id, start_date, 'draft', approach, snapshot, id, false, 2
       FROM work_plans WHERE status = 'approved' ORDER BY id LIMIT 10`,
    );
    await t.database.query(
      `INSERT INTO plan_results (work_plan_id, kind, text) SELECT id, 'main', 'RHK' FROM work_plans WHERE is_current`,
    );
    await t.database.query(
      `INSERT INTO plan_indicators (result_id, work_plan_id, text, aspect, target)
       SELECT id, work_plan_id, 'IKI', 'quantity', 10 FROM plan_results`,
    );
    // About half report for Q1 (some twice), a few for Q4.
    await t.database.query(
      `INSERT INTO progress_entries (work_plan_id, indicator_id, period_id, value, created_by)
       SELECT i.work_plan_id, i.id, $1::uuid, 5, $3::uuid FROM plan_indicators i
       JOIN work_plans wp ON wp.id = i.work_plan_id AND wp.status = 'approved'
       WHERE abs(hashtext(i.id::text)) % 2 = 0
       UNION ALL
       SELECT i.work_plan_id, i.id, $1::uuid, 6, $3::uuid FROM plan_indicators i
       JOIN work_plans wp ON wp.id = i.work_plan_id AND wp.status = 'approved'
       WHERE abs(hashtext(i.id::text)) % 4 = 0
       UNION ALL
       SELECT i.work_plan_id, i.id, $2::uuid, 7, $3::uuid FROM plan_indicators i
       JOIN work_plans wp ON wp.id = i.work_plan_id AND wp.status = 'approved'
       WHERE abs(hashtext(i.id::text)) % 5 = 0`,
      [q1, q4, author.id],
    );
  });
  afterAll(async () => t.close());

  it('when HR asks for a cycle and period, then every unit’s own and subtree numbers match a direct SQL count', async () => {
    const res = await hr.get(url(`&periodId=${q1}`));
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json<CompletionView>();
    expect(view.evaluationsAvailable).toBe(true);
    expect(view.period?.label).toBe('Triwulan 1 2026');
    const unitCount = (await t.database.query<{ n: string | number }>('SELECT count(*) AS n FROM units'))[0]!;
    expect(view.units).toHaveLength(Number(unitCount.n));
    const own = await directCounts(q1, false);
    const total = await directCounts(q1, true);
    for (const u of view.units) {
      expect(u.own, u.name).toEqual(own.get(u.unitId));
      expect(u.total, u.name).toEqual(total.get(u.unitId));
    }
    const active = await t.database.query<{ n: string | number }>(
      'SELECT count(*) AS n FROM employees WHERE active',
    );
    expect(view.totals.employees).toBe(Number(active[0]!.n));
    // Sanity: the seeded data has every kind of number.
    for (const k of ['notStarted', 'draft', 'submitted', 'returned', 'approved', 'reportedProgress'] as const)
      expect(view.totals[k], k).toBeGreaterThan(0);
    const s = view.totals;
    expect(s.notStarted + s.draft + s.submitted + s.returned + s.approved).toBe(s.employees);
    // The tree order: each unit after its parent, roots at depth 0.
    const seen = new Set<string>();
    for (const u of view.units) {
      if (u.depth === 0) expect(u.parentId).toBeNull();
      else expect(seen.has(u.parentId!)).toBe(true);
      seen.add(u.unitId);
    }
  });

  it('when one unit is asked for, then its subtree is counted alone and matches the whole organisation’s numbers', async () => {
    const whole = (await hr.get(url(`&periodId=${q1}`))).json<CompletionView>();
    const byId = new Map(whole.units.map((u) => [u.unitId, u]));
    // a unit with sub-units below the root, and a leaf
    const hasChildren = (id: string) => whole.units.some((c) => c.parentId === id);
    const picks = [
      whole.units.find((u) => u.depth >= 1 && hasChildren(u.unitId))!,
      whole.units.find((u) => !hasChildren(u.unitId))!,
    ];
    expect(picks.every(Boolean)).toBe(true);
    for (const pick of picks) {
      const res = await hr.get(url(`&periodId=${q1}&unitId=${pick.unitId}`));
      expect(res.statusCode, res.body).toBe(200);
      const view = res.json<CompletionView>();
      expect(view.units.map((u) => u.unitId).sort()).toEqual(await subtreeIds([pick.unitId]));
      for (const u of view.units) {
        expect(u.own, u.name).toEqual(byId.get(u.unitId)!.own);
        expect(u.total, u.name).toEqual(byId.get(u.unitId)!.total);
      }
      expect(view.totals).toEqual(pick.total);
    }
  });

  it('when someone joins after the organisation’s numbers were read, then the next read counts them (the cache is dropped on writes)', async () => {
    const before = (await hr.get(url(`&periodId=${q1}`))).json<CompletionView>();
    const leaf = before.units.find((u) => !before.units.some((c) => c.parentId === u.unitId))!;
    await createEmployee(hr, leaf.unitId, { name: 'Pegawai Baru Pemantauan' });
    const after = (await hr.get(url(`&periodId=${q1}`))).json<CompletionView>();
    expect(after.totals.employees).toBe(before.totals.employees + 1);
    expect(after.totals.notStarted).toBe(before.totals.notStarted + 1);
    expect(after.units.find((u) => u.unitId === leaf.unitId)!.own.employees).toBe(leaf.own.employees + 1);
  });

  it('when no period is given, then the periodic period containing today is used', async () => {
    const view = (await hr.get(url(''))).json<CompletionView>();
    expect(view.period?.label).toBe('Triwulan 4 2026');
    const q4 = (await periodsOf(t.database, cycleId))[3]!.id;
    const total = await directCounts(q4, true);
    const root = view.units[0]!;
    expect(root.total).toEqual(total.get(root.unitId));
    expectError(await hr.get(url(`&periodId=${crypto.randomUUID()}`)), 400, 'VALIDATION_FAILED');
    expectError(await hr.get(`/monitoring/completion?cycleId=${crypto.randomUUID()}`), 404, 'NOT_FOUND');
  });

  it('when drilling down, then the people listed match the numbers, paged', async () => {
    const view = (await hr.get(url(`&periodId=${q1}`))).json<CompletionView>();
    const root = view.units[0]!;
    const people = (q: string) =>
      hr.get(`/monitoring/completion/people?cycleId=${cycleId}&periodId=${q1}&unitId=${root.unitId}${q}`);
    for (const [status, key] of [
      ['not_started', 'notStarted'],
      ['draft', 'draft'],
      ['submitted', 'submitted'],
      ['returned', 'returned'],
      ['approved', 'approved'],
    ] as const) {
      const res = await people(`&status=${status}&limit=200`);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json<{ items: CompletionPersonView[]; total: number }>();
      expect(body.total, status).toBe(root.total[key]);
      expect(body.items.length).toBe(Math.min(200, root.total[key]));
      if (status !== 'not_started') expect(body.items.every((p) => p.planStatus === status)).toBe(true);
      else expect(body.items.every((p) => p.planId === null)).toBe(true);
    }
    const noProgress = (await people('&status=no_progress')).json<{
      items: CompletionPersonView[];
      total: number;
    }>();
    expect(noProgress.items.every((p) => p.planStatus === 'approved' && !p.reportedProgress)).toBe(true);
    const [row] = await t.database.query<{ n: string | number }>(
      `SELECT count(*) AS n FROM employees e JOIN work_plans wp ON wp.employee_id = e.id AND wp.is_current
       WHERE e.active AND wp.status = 'approved' AND wp.cycle_id = $1 AND NOT EXISTS (
         SELECT 1 FROM progress_entries pe JOIN work_plans w ON w.id = pe.work_plan_id
         WHERE w.employee_id = e.id AND pe.period_id = $2)`,
      [cycleId, q1],
    );
    expect(noProgress.total).toBe(Number(row!.n));

    const page1 = (await people('&limit=10')).json<{ items: CompletionPersonView[]; total: number }>();
    const page2 = (await people('&limit=10&offset=10')).json<{
      items: CompletionPersonView[];
      total: number;
    }>();
    expect(page1.total).toBe(root.total.employees);
    expect(page1.items).toHaveLength(10);
    expect(page2.items[0]!.name >= page1.items[9]!.name).toBe(true);
    const beyond = (await people(`&offset=100000`)).json<{ items: unknown[]; total: number }>();
    expect(beyond).toMatchObject({ items: [], total: root.total.employees });
    const ownOnly = (await people('&scope=unit&limit=1')).json<{ total: number }>();
    expect(ownOnly.total).toBe(root.own.employees);
  });

  it('when the XLSX export is parsed back, then it holds the same numbers under Indonesian headers', async () => {
    const view = (await hr.get(url(`&periodId=${q1}`))).json<CompletionView>();
    const res = await hr.get(`/monitoring/completion.xlsx?cycleId=${cycleId}&periodId=${q1}`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('pemantauan-2026-Triwulan-1-2026.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Per Unit', 'Termasuk Sub-Unit', 'Keterangan']);
    const keys: Array<keyof CompletionCounts> = [
      'employees',
      'notStarted',
      'draft',
      'submitted',
      'returned',
      'approved',
      'reportedProgress',
      'evaluationsDone',
    ];
    for (const [sheetName, pick] of [
      ['Per Unit', (u: CompletionView['units'][number]) => u.own],
      ['Termasuk Sub-Unit', (u: CompletionView['units'][number]) => u.total],
    ] as const) {
      const ws = wb.getWorksheet(sheetName)!;
      const header = (ws.getRow(1).values as unknown[]).slice(1);
      expect(header).toEqual([
        'Kode Unit',
        'Unit Kerja',
        'Tingkat',
        'Jumlah Pegawai',
        'Belum Menyusun SKP',
        'SKP Draf',
        'SKP Diajukan',
        'SKP Dikembalikan',
        'SKP Disetujui',
        'Sudah Melaporkan Realisasi',
        'Evaluasi Selesai',
      ]);
      expect(ws.rowCount).toBe(view.units.length + 2);
      view.units.forEach((u, i) => {
        const values = (ws.getRow(i + 2).values as unknown[]).slice(1);
        expect(values.slice(0, 3)).toEqual([u.code, u.name, u.depth]);
        expect(values.slice(3)).toEqual(keys.map((k) => pick(u)[k]));
      });
      const last = (ws.getRow(view.units.length + 2).values as unknown[]).slice(1);
      expect(last[1]).toBe('Jumlah');
      expect(last.slice(3)).toEqual(keys.map((k) => view.totals[k]));
    }
    const info = wb.getWorksheet('Keterangan')!;
    expect(info.getRow(5).getCell(2).text).toContain('evaluasi yang selesai');
  });

  it('when a unit head asks, then they see their own subtree only; an employee or auditor gets 403', async () => {
    const [unit] = await t.database.query<{ id: string; head_id: string }>(
      `SELECT u.id, u.head_id FROM units u WHERE u.head_id IS NOT NULL AND u.parent_id IS NOT NULL
         AND EXISTS (SELECT 1 FROM units c WHERE c.parent_id = u.id) ORDER BY u.code LIMIT 1`,
    );
    const head = await accountFor(t.app, hr, ['employee'], unit!.head_id);
    const headed = (
      await t.database.query<{ id: string }>('SELECT id FROM units WHERE head_id = $1', [unit!.head_id])
    ).map((r) => r.id);
    const res = await head.get(url(`&periodId=${q1}`));
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json<CompletionView>();
    expect(view.units.map((u) => u.unitId).sort()).toEqual(await subtreeIds(headed));
    const total = await directCounts(q1, true);
    const mine = view.units.find((u) => u.unitId === unit!.id)!;
    expect(mine.total).toEqual(total.get(unit!.id));
    const sub = await head.get(url(`&periodId=${q1}&unitId=${unit!.id}`));
    expect(sub.json<CompletionView>().units[0]!.unitId).toBe(unit!.id);

    const [outside] = await t.database.query<{ id: string }>(
      'SELECT id FROM units WHERE NOT (id = ANY($1::uuid[])) LIMIT 1',
      [await subtreeIds(headed)],
    );
    expectError(await head.get(url(`&unitId=${outside!.id}`)), 403, 'FORBIDDEN');
    expectError(
      await head.get(`/monitoring/completion/people?cycleId=${cycleId}&unitId=${outside!.id}`),
      403,
      'FORBIDDEN',
    );
    expectError(
      await head.get(`/monitoring/completion.xlsx?cycleId=${cycleId}&unitId=${outside!.id}`),
      403,
      'FORBIDDEN',
    );
    expect(
      (await head.get(`/monitoring/completion/people?cycleId=${cycleId}&unitId=${unit!.id}`)).statusCode,
    ).toBe(200);
    expectError(await hr.get(url(`&unitId=${crypto.randomUUID()}`)), 404, 'NOT_FOUND');

    const [plain] = await t.database.query<{ id: string }>(
      `SELECT e.id FROM employees e WHERE e.active AND NOT EXISTS (SELECT 1 FROM units u WHERE u.head_id = e.id)
       ORDER BY e.nip LIMIT 1`,
    );
    const employee = await accountFor(t.app, hr, ['employee'], plain!.id);
    expectError(await employee.get(url('')), 403, 'FORBIDDEN');
    expectError(await employee.get(`/monitoring/completion.xlsx?cycleId=${cycleId}`), 403, 'FORBIDDEN');
    const auditor = await accountFor(t.app, hr, ['auditor']);
    expectError(await auditor.get(url('')), 403, 'FORBIDDEN');
    const agencyHead = await accountFor(t.app, hr, ['agency_head']);
    expect((await agencyHead.get(url(''))).json<CompletionView>().units.length).toBe(
      (await hr.get(url(''))).json<CompletionView>().units.length,
    );

    // An acting official (Plt) sees the unit while the appointment runs (the clock: 29 November 2026).
    await t.database.query(
      `INSERT INTO acting_officials (unit_id, employee_id, kind, start_date, end_date)
       VALUES ($1, $2, 'plt', '2026-11-01', '2026-12-31')`,
      [unit!.id, plain!.id],
    );
    const acting = await employee.get(url(''));
    expect(acting.statusCode, acting.body).toBe(200);
    expect(
      acting
        .json<CompletionView>()
        .units.map((u) => u.unitId)
        .sort(),
    ).toEqual(await subtreeIds([unit!.id]));
    await t.database.query(`UPDATE acting_officials SET end_date = '2026-11-28' WHERE employee_id = $1`, [
      plain!.id,
    ]);
    expectError(await employee.get(url('')), 403, 'FORBIDDEN');
  });
});
