import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../../../test/helpers.js';
import { adminClient, countRows, createUnit, expectError, upload } from '../../../../test/factories.js';
import { csv, importUnits, xlsx, type ImportReport } from '../../../../test/import-fixtures.js';

const EN = { 'accept-language': 'en' };

/** Unit import (CSV and XLSX). The unit DINKES is made once; every test imports its own units. */
let t: TestApp;
let hr: Client;

beforeAll(async () => {
  t = await createTestApp();
  hr = await adminClient(t.app, t.database);
  await createUnit(hr, { code: 'DINKES', name: 'Dinas Kesehatan' });
});
afterAll(async () => t.close());

describe('unit import', () => {
  const unitCsv = (rows: string[][]) => csv(rows, ',', ['kode', 'nama', 'kode_induk']);

  async function unitByCode(code: string) {
    const items = (await hr.get('/units/tree')).json<{
      items: Array<{ id: string; code: string; name: string; parentId: string | null; depth: number }>;
    }>().items;
    return items.find((u) => u.code.toLowerCase() === code.toLowerCase());
  }

  it('when kode_induk refers to rows later in the same file, then the tree is built', async () => {
    const res = await importUnits(
      hr,
      unitCsv([
        ['SEK-1', 'Seksi Satu', 'BID-1'],
        ['BID-1', 'Bidang Satu', 'DISDIK'],
        ['DISDIK', 'Dinas Pendidikan', ''],
        ['UPT-1', 'UPT Satu', 'DINKES'],
      ]),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ImportReport>()).toMatchObject({ total: 4, imported: 4, failed: 0, committed: true });
    const [sek, bid, dis, upt, dinkes] = await Promise.all(
      ['SEK-1', 'BID-1', 'DISDIK', 'UPT-1', 'DINKES'].map(unitByCode),
    );
    expect(dis).toMatchObject({ parentId: null, depth: 0 });
    expect(bid).toMatchObject({ parentId: dis!.id, depth: 1 });
    expect(sek).toMatchObject({ parentId: bid!.id, depth: 2 });
    expect(upt!.parentId).toBe(dinkes!.id);
  });

  it('when units are re-imported, then names and parents are updated by code', async () => {
    await importUnits(
      hr,
      unitCsv([
        ['RU-A', 'Induk A', ''],
        ['RU-B', 'Induk B', ''],
        ['RU-C', 'Anak', 'RU-A'],
      ]),
    );
    const res = await importUnits(hr, unitCsv([['ru-c', 'Anak Pindah', 'RU-B']]));
    expect(res.json<ImportReport>().rows[0]).toMatchObject({ status: 'ok', action: 'update' });
    const [b, c] = await Promise.all([unitByCode('RU-B'), unitByCode('RU-C')]);
    expect(c).toMatchObject({ name: 'Anak Pindah', parentId: b!.id, code: 'RU-C' });
  });

  it('when unit rows are bad (unknown parent, duplicate, cycle, bad code), then 400 reports each and nothing is imported', async () => {
    const before = await countRows(t.database, 'units');
    const res = await upload(
      hr,
      '/imports/units',
      {
        filename: 'unit.csv',
        content: unitCsv([
          ['OK-1', 'Unit Baik', 'DINKES'], // 2
          ['BAD-P', 'Induk Hilang', 'NOWHERE'], // 3
          ['OK-1', 'Duplikat', ''], // 4
          ['CY-A', 'Siklus A', 'CY-B'], // 5
          ['CY-B', 'Siklus B', 'CY-A'], // 6
          ['bad code!', 'Kode Salah', ''], // 7
          ['NONAME', '', ''], // 8
        ]),
      },
      EN,
    );
    const report = expectError(res, 400, 'VALIDATION_FAILED').details as ImportReport;
    expect(report.rows.filter((r) => r.status === 'error').map((r) => r.row)).toEqual([3, 4, 5, 6, 7, 8]);
    const byRow = new Map(report.rows.map((r) => [r.row, r.errors]));
    expect(byRow.get(3)).toEqual([{ field: 'kode_induk', message: 'Unknown parent unit code.' }]);
    expect(byRow.get(4)).toEqual([{ field: 'kode', message: 'Duplicate within the file (row 2).' }]);
    expect(byRow.get(5)).toEqual([{ field: 'kode_induk', message: 'Forms a circular chain.' }]);
    expect(byRow.get(7)![0]!.field).toBe('kode');
    expect(byRow.get(8)![0]!.field).toBe('nama');
    const after = await countRows(t.database, 'units');
    expect(after).toBe(before);
  });

  it('when a unit import would make an existing unit its own ancestor, then the row is refused', async () => {
    await importUnits(
      hr,
      unitCsv([
        ['EX-TOP', 'Atas', ''],
        ['EX-MID', 'Tengah', 'EX-TOP'],
        ['EX-LOW', 'Bawah', 'EX-MID'],
      ]),
    );
    const res = await importUnits(hr, unitCsv([['EX-TOP', 'Atas', 'EX-LOW']]));
    const report = expectError(res, 400, 'VALIDATION_FAILED').details as ImportReport;
    expect(report.rows[0]!.status).toBe('error');
    expect((await unitByCode('EX-TOP'))!.parentId).toBeNull();
  });

  it('when a unit XLSX is uploaded, then it is imported', async () => {
    const file = await xlsx([['XL-1', 'Unit Excel', 'DINKES']], ['kode', 'nama', 'kode_induk']);
    const res = await upload(hr, '/imports/units', { filename: 'unit.xlsx', content: file });
    expect(res.statusCode, res.body).toBe(200);
    expect((await unitByCode('XL-1'))!.name).toBe('Unit Excel');
  });
});
