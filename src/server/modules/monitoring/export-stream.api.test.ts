import type { AddressInfo } from 'node:net';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletionView } from '../../../domain/monitoring/view.js';
import { createTestApp, type Client, type TestApp } from '../../../../test/helpers.js';
import { adminClient } from '../../../../test/factories.js';
import { insertCycle } from '../../../../test/planning-fixtures.js';
import { seedSynthetic } from '../../seed/synthetic.js';

/** The completion XLSX of a region with thousands of units, over a real socket: streamed, and complete. */
describe('completion XLSX for a large region', () => {
  let t: TestApp;
  let hr: Client;
  let base: string;
  let cycleId: string;
  const EXTRA_UNITS = 2500;

  beforeAll(async () => {
    t = await createTestApp();
    await seedSynthetic(t.database, { employees: 60 });
    hr = await adminClient(t.app, t.database);
    cycleId = (await insertCycle(t.database, 2026)).id;
    // a wide region: thousands of sections under the existing units (two levels, to exercise the indent)
    await t.database.query(
      `WITH parents AS (SELECT id, row_number() OVER (ORDER BY code) AS n FROM units)
       INSERT INTO units (code, name, parent_id)
       SELECT 'SEKSI-' || lpad(g::text, 5, '0'), 'Seksi Pelayanan ' || g,
              (SELECT id FROM parents WHERE n = 1 + g % (SELECT count(*) FROM parents))
       FROM generate_series(1, $1::int) g`,
      [EXTRA_UNITS],
    );
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}/api/v1`;
  });
  afterAll(async () => {
    await t.close();
  });

  it('when exported, then it is sent in pieces without a length and exceljs reads every unit back', async () => {
    const view = (await hr.get(`/monitoring/completion?cycleId=${cycleId}`)).json<CompletionView>();
    expect(view.units.length).toBeGreaterThan(EXTRA_UNITS);
    const res = await fetch(`${base}/monitoring/completion.xlsx?cycleId=${cycleId}`, {
      headers: { cookie: hr.auth.cookie! },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="pemantauan-2026[\w-]*\.xlsx"$/,
    );
    expect(res.headers.get('transfer-encoding')).toBe('chunked');
    expect(res.headers.get('content-length')).toBeNull();
    const file = Buffer.from(await res.arrayBuffer());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    for (const name of ['Per Unit', 'Termasuk Sub-Unit']) {
      const ws = wb.getWorksheet(name)!;
      expect(ws.rowCount).toBe(view.units.length + 2);
      const codes: unknown[] = [];
      ws.eachRow((row, n) => {
        if (n > 1 && n < ws.rowCount) codes.push(row.getCell(1).value);
      });
      expect(codes).toEqual(view.units.map((u) => u.code));
      const deepest = view.units.findIndex((u) => u.depth > 0);
      expect(ws.getRow(deepest + 2).getCell(2).alignment?.indent).toBe(view.units[deepest]!.depth);
      expect(ws.getRow(ws.rowCount).getCell(2).value).toBe('Jumlah');
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
    expect(wb.getWorksheet('Keterangan')!.getRow(2).getCell(2).value).toBe('2026');
  });
});
