import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../../../test/helpers.js';
import {
  adminClient,
  countRows,
  createEmployee,
  createUnit,
  expectError,
  multipart,
  pnsNip,
  pppkNip,
} from '../../../../test/factories.js';
import {
  csv,
  EMPLOYEE_HEADER,
  employeeByNip,
  employeeRow,
  importEmployees,
  xlsx,
  type ImportReport,
} from '../../../../test/import-fixtures.js';

const EN = { 'accept-language': 'en' };

/** Employee import (CSV and XLSX). The units DINKES and PKM-01 are made once; every test imports its own people. */
let t: TestApp;
let hr: Client;

beforeAll(async () => {
  t = await createTestApp({ KINERJA_MAX_UPLOAD_MB: '0.05' });
  hr = await adminClient(t.app, t.database);
  const dinkes = await createUnit(hr, { code: 'DINKES', name: 'Dinas Kesehatan' });
  await createUnit(hr, { code: 'PKM-01', name: 'Puskesmas Satu', parentId: dinkes.id });
});
afterAll(async () => t.close());

const countEmployees = () => countRows(t.database, 'employees');

/** A file with two good rows and one bad row of each kind. */
function mixedFile() {
  const good1 = pnsNip();
  const good2 = pnsNip();
  const cycA = pnsNip();
  const cycB = pnsNip();
  const dup = pnsNip();
  const rows = [
    employeeRow(good2, { nip_atasan: good1 }), // 2: subordinate before its supervisor
    employeeRow(good1), // 3
    employeeRow('196713101992031001'), // 4: impossible birth date
    employeeRow(pnsNip(), { kode_unit: 'NOPE' }), // 5: unknown unit
    employeeRow(pnsNip(), { nip_atasan: '196001011985031999' }), // 6: unknown supervisor
    employeeRow(dup), // 7
    employeeRow(dup), // 8: duplicate inside the file
    employeeRow(cycA, { nip_atasan: cycB }), // 9: cycle
    employeeRow(cycB, { nip_atasan: cycA }), // 10: cycle
  ];
  return { content: csv(rows), good: [good1, good2], badRows: [4, 5, 6, 8, 9, 10] };
}

describe('employee import', () => {
  it('when a good file is imported, then all rows are created and supervisors linked, even when listed later', async () => {
    const top = pnsNip();
    const mid = pnsNip();
    const low = pnsNip();
    const contract = pppkNip();
    const before = await countEmployees();
    const res = await importEmployees(
      hr,
      csv([
        employeeRow(low, { nip_atasan: mid, kode_unit: 'pkm-01', nama: 'Rina, S.Kep.' }),
        employeeRow(mid, { nip_atasan: top, jenis_jabatan: 'fungsional', jenjang: 'Ahli Muda' }),
        employeeRow(contract, {
          jenis_asn: 'pppk',
          golongan: 'IX',
          nip_atasan: top,
          email: 'kontrak@kemuning.go.id',
        }),
        employeeRow(top, { jenis_jabatan: 'jpt', golongan: 'IV/c' }),
      ]),
    );
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json<ImportReport>();
    expect(report).toMatchObject({ total: 4, imported: 4, failed: 0, committed: true });
    expect(report.rows.map((r) => [r.row, r.key, r.status, r.action])).toEqual([
      [2, low, 'ok', 'create'],
      [3, mid, 'ok', 'create'],
      [4, contract, 'ok', 'create'],
      [5, top, 'ok', 'create'],
    ]);
    expect(await countEmployees()).toBe(before + 4);

    const [eTop, eMid, eLow, eContract] = await Promise.all(
      [top, mid, low, contract].map((nip) => employeeByNip(hr, nip)),
    );
    expect(eTop!.supervisorId).toBeNull();
    expect(eMid!.supervisorId).toBe(eTop!.id);
    expect(eLow!.supervisorId).toBe(eMid!.id);
    expect(eContract!.supervisorId).toBe(eTop!.id);
    expect(eLow!.name).toBe('Rina, S.Kep.');
    expect(eLow!.unit.code).toBe('PKM-01');
    const full = (await hr.get(`/employees/${eMid!.id}`)).json();
    expect(full).toMatchObject({ positionType: 'fungsional', functionalLevel: 'ahli_muda' });
    expect((await hr.get(`/employees/${eContract!.id}`)).json()).toMatchObject({
      asnType: 'PPPK',
      rank: 'IX',
      email: 'kontrak@kemuning.go.id',
    });
  });

  it('when some rows are bad, then it answers 400 reporting each bad row and nothing is imported', async () => {
    const { content, badRows, good } = mixedFile();
    const before = await countEmployees();
    const res = await importEmployees(hr, content, '', 'pegawai.csv', EN);
    const err = expectError(res, 400, 'VALIDATION_FAILED');
    expect(err.message).toBe('6 rows failed validation; nothing was imported.');
    const report = err.details as ImportReport;
    expect(report).toMatchObject({ total: 9, imported: 0, failed: 6, committed: false });
    expect(report.rows.filter((r) => r.status === 'error').map((r) => r.row)).toEqual(badRows);
    const byRow = new Map(report.rows.map((r) => [r.row, r]));
    expect(byRow.get(4)!.errors).toEqual([{ field: 'nip', message: expect.stringMatching(/birth-date/) }]);
    expect(byRow.get(5)!.errors).toEqual([{ field: 'kode_unit', message: 'Unknown unit code.' }]);
    expect(byRow.get(6)!.errors).toEqual([
      { field: 'nip_atasan', message: expect.stringMatching(/Supervisor NIP/) },
    ]);
    expect(byRow.get(8)!.errors).toEqual([{ field: 'nip', message: 'Duplicate within the file (row 7).' }]);
    expect(byRow.get(9)!.errors).toEqual([{ field: 'nip_atasan', message: 'Forms a circular chain.' }]);
    expect(byRow.get(10)!.errors).toEqual([{ field: 'nip_atasan', message: 'Forms a circular chain.' }]);
    expect(await countEmployees()).toBe(before);
    for (const nip of good) expect(await employeeByNip(hr, nip)).toBeUndefined();
  });

  it('when the same file is imported with validOnly=true, then the valid rows are imported and the bad ones reported', async () => {
    const { content, good, badRows } = mixedFile();
    const before = await countEmployees();
    const res = await importEmployees(hr, content, '?validOnly=true');
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json<ImportReport>();
    expect(report).toMatchObject({ total: 9, imported: 3, failed: 6, committed: true });
    expect(report.rows.filter((r) => r.status === 'error').map((r) => r.row)).toEqual(badRows);
    expect(await countEmployees()).toBe(before + 3);
    const [e1, e2] = await Promise.all(good.map((nip) => employeeByNip(hr, nip)));
    expect(e2!.supervisorId).toBe(e1!.id);
  });

  it('when a subordinate points at a failing row and validOnly=true, then it is reported too, not half-linked', async () => {
    const badBoss = pnsNip();
    const sub = pnsNip();
    const before = await countEmployees();
    const res = await importEmployees(
      hr,
      csv([employeeRow(badBoss, { golongan: 'XX' }), employeeRow(sub, { nip_atasan: badBoss })]),
      '?validOnly=true',
    );
    expect(res.statusCode).toBe(200);
    const report = res.json<ImportReport>();
    expect(report.rows.map((r) => r.status)).toEqual(['error', 'error']);
    expect(report.rows[1]!.errors.map((e) => e.field)).toEqual(['-']);
    expect(report).toMatchObject({ imported: 0, committed: false });
    expect(await countEmployees()).toBe(before);
  });

  it('when dryRun=true, then only the report is returned and nothing is imported (bad rows included)', async () => {
    const { content } = mixedFile();
    const before = await countEmployees();
    const res = await importEmployees(hr, content, '?dryRun=true');
    expect(res.statusCode).toBe(200);
    expect(res.json<ImportReport>()).toMatchObject({ total: 9, imported: 0, failed: 6, committed: false });
    const good = await importEmployees(hr, csv([employeeRow(pnsNip())]), '?dryRun=true&validOnly=true');
    expect(good.json<ImportReport>()).toMatchObject({ total: 1, imported: 0, failed: 0, committed: false });
    expect(good.json<ImportReport>().rows[0]).toMatchObject({ status: 'ok', action: 'create' });
    expect(await countEmployees()).toBe(before);
  });

  it('when existing employees are re-imported, then they are updated by NIP (not duplicated)', async () => {
    const unit = await createUnit(hr, { code: 'REIMP', name: 'Unit Reimpor' });
    const boss = await createEmployee(hr, unit.id, { name: 'Atasan Lama' });
    const emp = await createEmployee(hr, unit.id, { name: 'Nama Lama', positionTitle: 'Jabatan Lama' });
    const before = await countEmployees();
    const spaced = `${emp.nip.slice(0, 8)} ${emp.nip.slice(8, 14)} ${emp.nip.slice(14, 15)} ${emp.nip.slice(15)}`;
    const res = await importEmployees(
      hr,
      csv([
        employeeRow(spaced, {
          nama: 'Nama Baru',
          jabatan: 'Jabatan Baru',
          kode_unit: 'DINKES',
          nip_atasan: boss.nip,
        }),
      ]),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ImportReport>().rows[0]).toMatchObject({ key: emp.nip, status: 'ok', action: 'update' });
    expect(await countEmployees()).toBe(before);
    const after = (await hr.get(`/employees/${emp.id}`)).json();
    expect(after).toMatchObject({
      name: 'Nama Baru',
      positionTitle: 'Jabatan Baru',
      unit: { code: 'DINKES' },
      supervisorId: boss.id,
      version: 2,
    });
  });

  it('when the file would close a supervisor cycle through existing employees, then the row is refused', async () => {
    const unit = await createUnit(hr);
    const p = await createEmployee(hr, unit.id);
    const q = await createEmployee(hr, unit.id, { supervisorId: p.id });
    const r = await createEmployee(hr, unit.id, { supervisorId: q.id });
    // r → q → p in the database; the file makes p report to r.
    const res = await importEmployees(hr, csv([employeeRow(p.nip, { nip_atasan: r.nip })]), '', 'x.csv', EN);
    const report = expectError(res, 400, 'VALIDATION_FAILED').details as ImportReport;
    expect(report.rows[0]).toMatchObject({
      status: 'error',
      errors: [{ field: 'nip_atasan', message: 'Forms a circular chain.' }],
    });
    expect((await hr.get(`/employees/${p.id}`)).json()).toMatchObject({ supervisorId: null, version: 1 });
    // A row naming itself as its own supervisor is refused as well.
    const self = pnsNip();
    const selfRes = await importEmployees(hr, csv([employeeRow(self, { nip_atasan: self })]), '?dryRun=true');
    expect(selfRes.json<ImportReport>().rows[0]!.status).toBe('error');
  });

  it('when the CSV is semicolon-delimited with a BOM, CRLF line ends and Indonesian headers with spaces, then it imports', async () => {
    const a = pnsNip();
    const b = pnsNip();
    const header = [
      'NIP',
      'Nama',
      'Jenis ASN',
      'Golongan',
      'Jabatan',
      'Jenis Jabatan',
      'Jenjang',
      'Kode Unit',
      'NIP Atasan',
      'Email',
    ];
    const body = csv(
      [employeeRow(a, { nama: 'Budi; S.Kom.' }), employeeRow(b, { nip_atasan: a })],
      ';',
      header,
    ).replace(/\n/g, '\r\n');
    const res = await importEmployees(
      hr,
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ImportReport>()).toMatchObject({ total: 2, imported: 2, failed: 0 });
    const [ea, eb] = await Promise.all([employeeByNip(hr, a), employeeByNip(hr, b)]);
    expect(ea!.name).toBe('Budi; S.Kom.');
    expect(eb!.supervisorId).toBe(ea!.id);
  });

  it('when an XLSX file is uploaded, then it is imported like a CSV', async () => {
    const a = pnsNip();
    const b = pnsNip();
    const file = await xlsx([employeeRow(b, { nip_atasan: a }), employeeRow(a, { nama: 'Kepala Xlsx' })]);
    const res = await importEmployees(hr, file, '', 'pegawai.xlsx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<ImportReport>()).toMatchObject({ total: 2, imported: 2, failed: 0, committed: true });
    const [ea, eb] = await Promise.all([employeeByNip(hr, a), employeeByNip(hr, b)]);
    expect(ea!.name).toBe('Kepala Xlsx');
    expect(eb!.supervisorId).toBe(ea!.id);
  });

  it('when a NIP is stored as a number in the XLSX, then the row is reported (digits were lost)', async () => {
    const good = pnsNip();
    const numeric = pnsNip();
    const r = employeeRow(numeric) as Array<string | number>;
    r[0] = Number(numeric);
    const file = await xlsx([employeeRow(good), r]);
    const before = await countEmployees();
    const res = await importEmployees(hr, file, '', 'pegawai.xlsx', EN);
    const report = expectError(res, 400, 'VALIDATION_FAILED').details as ImportReport;
    expect(report.rows.map((x) => x.status)).toEqual(['ok', 'error']);
    expect(report.rows[1]!.errors[0]).toEqual({
      field: 'nip',
      message: expect.stringMatching(/stored as a number/),
    });
    expect(await countEmployees()).toBe(before);
  });

  it('when the upload is not a spreadsheet (PNG bytes, a broken zip), then it answers 415 or 400, never 500', async () => {
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d2a1a70000000049454e44ae426082',
      'hex',
    );
    for (const [content, filename] of [
      [png, 'foto.png'],
      [Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 7)]), 'rusak.xlsx'],
      [png, 'pegawai.csv'],
    ] as const) {
      const res = await importEmployees(hr, content, '', filename);
      expect([400, 415], `${filename}: ${res.body}`).toContain(res.statusCode);
      expect(res.json<{ error: { code: string } }>().error.code).toMatch(
        /^(UNSUPPORTED_MEDIA_TYPE|VALIDATION_FAILED)$/,
      );
    }
  });

  it('when the CSV has unbalanced quotes, then it answers 400, not 500', async () => {
    const res = await importEmployees(hr, `${EMPLOYEE_HEADER.join(',')}\n"1967,"abc\n`);
    expect([400, 415]).toContain(res.statusCode);
  });

  it('when there is no file part or the body is JSON, then it answers 400 or 415 with a clear message', async () => {
    const noFile = multipart({ content: 'x', filename: 'a.csv', field: 'other' });
    const res = await hr.request('POST', '/imports/employees', noFile.payload, { ...noFile.headers, ...EN });
    expect(expectError(res, 400, 'VALIDATION_FAILED').message).toBe(
      'Upload one CSV or XLSX file in a part named "file".',
    );
    const json = await hr.request('POST', '/imports/employees', { nip: '1' }, EN);
    expectError(json, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('when the file is larger than the upload limit, then it answers 413', async () => {
    const big = csv(Array.from({ length: 1200 }, () => employeeRow(pnsNip())));
    expect(big.length).toBeGreaterThan(0.05 * 1024 * 1024);
    const before = await countEmployees();
    expectError(await importEmployees(hr, big), 413, 'PAYLOAD_TOO_LARGE');
    expect(await countEmployees()).toBe(before);
  });

  it('when a row has invalid values, then each failing column is named', async () => {
    const res = await importEmployees(
      hr,
      csv([employeeRow(pnsNip(), { jenis_asn: 'ASN', jenis_jabatan: 'bos', nama: '', kode_unit: '' })]),
      '?dryRun=true',
    );
    const fields = res
      .json<ImportReport>()
      .rows[0]!.errors.map((e) => e.field)
      .sort();
    expect(fields).toEqual(['jenis_asn', 'jenis_jabatan', 'kode_unit', 'nama']);
  });

  it('when the template is downloaded, then it is a CSV whose example row imports in a dry run', async () => {
    const tpl = await hr.get('/imports/templates/employees.csv');
    expect(tpl.statusCode).toBe(200);
    expect(tpl.headers['content-type']).toMatch(/^text\/csv/);
    const content = tpl.body.replace('BKPSDM', 'DINKES');
    const res = await importEmployees(hr, content, '?dryRun=true');
    expect(res.json<ImportReport>()).toMatchObject({ total: 1, failed: 0 });
  });
});
