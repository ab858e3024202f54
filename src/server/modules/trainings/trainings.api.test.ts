import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTrainingSchema } from '../../../domain/trainings/schemas.js';
import { anonymous, type Client, createTestApp, type TestApp } from '../../../../test/helpers.js';
import {
  accountFor,
  adminClient,
  countRows,
  expectError,
  failingPaths,
  upload,
} from '../../../../test/factories.js';
import { PE_HEAD } from '../../../../test/file-samples.js';
import { DEMO_TRAININGS, seedDemoTrainings } from '../../seed/training-catalogue.js';
import { TRAINING_COLUMNS } from './use-cases/training-sheet.js';

const GHOST = '00000000-0000-4000-8000-000000000000';
const EN = { 'accept-language': 'en' };

interface Training {
  id: string;
  code: string;
  title: string;
  provider: string;
  mode: string;
  hours: number;
  cost: number | null;
  schedule: string | null;
  startDate: string | null;
  endDate: string | null;
  capacity: number | null;
  competences: string[];
  description: string | null;
  active: boolean;
  version: number;
}
type Page = { items: Training[]; total: number };
interface Report {
  total: number;
  created: number;
  updated: number;
  rejected: Array<{ row: number; code: string | null; errors: Array<{ field: string; message: string }> }>;
  committed: boolean;
  dryRun: boolean;
}

let t: TestApp;
let admin: Client;
let hr: Client;
let employee: Client;
let auditor: Client;
let agencyHead: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await adminClient(t.app, t.database);
  hr = await accountFor(t.app, admin, ['hr_admin']);
  employee = await accountFor(t.app, admin, ['employee']);
  auditor = await accountFor(t.app, admin, ['auditor']);
  agencyHead = await accountFor(t.app, admin, ['agency_head']);
  await t.database.db.transaction(async (tx) => {
    await seedDemoTrainings(tx);
  });
});
afterAll(async () => t.close());

const body = (over: Record<string, unknown> = {}) => ({
  title: `Penanganan Keluhan Pasien ${Math.random().toString(36).slice(2, 7)}`,
  provider: 'RSUD Kabupaten Kemuning',
  mode: 'classroom',
  hours: 12,
  cost: 450000,
  capacity: 20,
  schedule: 'Maret 2027',
  startDate: '2027-03-01',
  endDate: '2027-03-02',
  competences: ['Berorientasi Pelayanan', 'Efektivitas', 'Rumah Sakit'],
  description: 'Menangani keluhan pasien rawat jalan.',
  ...over,
});

async function create(over: Record<string, unknown> = {}) {
  const res = await hr.post('/trainings', body(over));
  if (res.statusCode !== 201) throw new Error(`create: ${res.statusCode} ${res.body}`);
  return res.json<Training>();
}

async function byCode(code: string) {
  const res = await hr.get(`/trainings?q=${encodeURIComponent(code)}&active=all`);
  return res.json<Page>().items.find((x) => x.code === code);
}

async function auditActions(id: string) {
  const res = await admin.get(`/audit?entityType=training&entityId=${id}`);
  expect(res.statusCode).toBe(200);
  return res
    .json<{ items: Array<{ action: string }> }>()
    .items.map((e) => e.action)
    .reverse();
}

describe('the seeded Kemuning catalogue', () => {
  it('when the demo programmes are checked, then each passes the rules of POST /trainings as stored', () => {
    expect(DEMO_TRAININGS.length).toBeGreaterThanOrEqual(15);
    for (const d of DEMO_TRAININGS) {
      const parsed = createTrainingSchema.safeParse({ ...d, active: d.active ?? true });
      expect(parsed.success, `${d.code}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      expect(parsed.data!.competences).toEqual(d.competences);
      expect(parsed.data!.code).toBe(d.code);
    }
    expect(new Set(DEMO_TRAININGS.map((d) => d.code)).size).toBe(DEMO_TRAININGS.length);
  });

  it('when seeded again, then nothing is added twice', async () => {
    const before = await countRows(t.database, 'trainings');
    const audits = await t.database.db.transaction((tx) => seedDemoTrainings(tx));
    expect(audits).toEqual([]);
    expect(await countRows(t.database, 'trainings')).toBe(before);
  });
});

describe('reading the catalogue', () => {
  it('when an employee lists it, then the active programmes come with every field', async () => {
    const res = await employee.get('/trainings?limit=200');
    expect(res.statusCode).toBe(200);
    const page = res.json<Page>();
    const active = DEMO_TRAININGS.filter((d) => d.active !== false);
    expect(page.items.filter((x) => x.code.startsWith('KMN-')).length).toBe(active.length);
    expect(page.items.every((x) => x.active)).toBe(true);
    const pp = page.items.find((x) => x.code === 'KMN-PP-01')!;
    expect(pp).toMatchObject({
      title: 'Pelayanan Prima bagi Petugas Loket Puskesmas',
      provider: 'BKPSDM Kabupaten Kemuning',
      mode: 'classroom',
      hours: 16,
      cost: 750000,
      capacity: 30,
      startDate: '2027-02-15',
      endDate: '2027-02-16',
      competences: ['berorientasi_pelayanan', 'effectiveness', 'kesehatan', 'pelayanan publik'],
      active: true,
      version: 1,
    });
  });

  it.each([
    ['q=PELAYANAN%20prima', ['KMN-PP-01']],
    ['q=ombudsman', ['KMN-PP-02']],
    ['q=kmn-ldr', ['KMN-LDR-01']],
    ['q=asn%20lembaga', ['KMN-DIG-01']],
    ['competence=Inovasi', ['KMN-DIG-02', 'KMN-INO-01', 'KMN-PEND-01'].sort()],
    ['competence=loyal', ['KMN-INT-01']],
    ['competence=imunisasi', ['KMN-KES-01']],
    ['mode=coaching', ['KMN-CO-01']],
    ['mode=elearning&competence=data', ['KMN-DIG-01', 'KMN-KES-02']],
  ])('when searched with %s, then it finds %j', async (qs, codes) => {
    const res = await employee.get(`/trainings?${qs}`);
    expect(res.statusCode).toBe(200);
    const page = res.json<Page>();
    const found = page.items.map((x) => x.code).filter((c) => c.startsWith('KMN-'));
    expect(found.sort()).toEqual([...codes].sort());
  });

  it('when paged, then the total stays and the pages do not overlap', async () => {
    const first = (await employee.get('/trainings?limit=5&offset=0')).json<Page>();
    const second = (await employee.get('/trainings?limit=5&offset=5')).json<Page>();
    expect(first.items).toHaveLength(5);
    expect(second.total).toBe(first.total);
    expect(first.items.map((x) => x.id)).not.toContain(second.items[0]!.id);
    expectError(await employee.get('/trainings?limit=500'), 400, 'VALIDATION_FAILED');
  });

  it('when an employee asks for the inactive ones, then the list stays on the active ones; HR sees them', async () => {
    const asked = (await employee.get('/trainings?active=false')).json<Page>();
    expect(asked.items.every((x) => x.active)).toBe(true);
    const all = (await employee.get('/trainings?active=all&limit=200')).json<Page>();
    expect(all.items.map((x) => x.code)).not.toContain('KMN-PP-00');
    const inactive = (await hr.get('/trainings?active=false&limit=200')).json<Page>();
    expect(inactive.items.map((x) => x.code)).toContain('KMN-PP-00');
    expect(inactive.items.every((x) => !x.active)).toBe(true);
    const everything = (await hr.get('/trainings?active=all&limit=200')).json<Page>();
    expect(everything.total).toBe(all.total + inactive.total);
    expectError(await hr.get('/trainings?active=maybe'), 400, 'VALIDATION_FAILED');
  });

  it('when one programme is read by any signed-in role, then it answers (an inactive one too)', async () => {
    const old = (await byCode('KMN-PP-00'))!;
    for (const client of [employee, auditor, agencyHead, hr]) {
      const res = await client.get(`/trainings/${old.id}`);
      expect(res.statusCode).toBe(200);
      expect(res.json<Training>()).toMatchObject({ code: 'KMN-PP-00', active: false });
    }
    expectError(await employee.get(`/trainings/${GHOST}`), 404, 'NOT_FOUND');
    expectError(await employee.get('/trainings/not-a-uuid'), 400, 'VALIDATION_FAILED');
  });

  it('when nobody is signed in, then the catalogue answers 401', async () => {
    expectError(await anonymous(t.app).get('/trainings'), 401, 'UNAUTHENTICATED');
    expectError(await anonymous(t.app).get('/trainings/export.xlsx'), 401, 'UNAUTHENTICATED');
  });
});

describe('HR writes the catalogue', () => {
  it('when HR adds a programme without a code, then it is created with a generated code and audited', async () => {
    const res = await hr.post('/trainings', body());
    expect(res.statusCode).toBe(201);
    const x = res.json<Training>();
    expect(x.code).toMatch(/^TRN-\d{4}$/);
    expect(x).toMatchObject({
      mode: 'classroom',
      hours: 12,
      cost: 450000,
      capacity: 20,
      competences: ['berorientasi_pelayanan', 'effectiveness', 'rumah sakit'],
      active: true,
      version: 1,
    });
    const next = await create();
    expect(Number(next.code.slice(4))).toBe(Number(x.code.slice(4)) + 1);
    expect(await auditActions(x.id)).toEqual(['training.create']);
    expect((await employee.get(`/trainings/${x.id}`)).json<Training>().title).toBe(x.title);
  });

  it('when HR gives a code, then it is kept upper-case; the minimal body of api.md is enough', async () => {
    const res = await hr.post('/trainings', {
      title: 'Bimbingan Teknis Posyandu',
      provider: 'Dinas Kesehatan',
      mode: 'on_the_job',
      hours: 6.5,
      competences: [],
      code: 'kmn-pos-01',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json<Training>()).toMatchObject({
      code: 'KMN-POS-01',
      hours: 6.5,
      cost: null,
      capacity: null,
      schedule: null,
      startDate: null,
      description: null,
    });
  });

  it('when a code is taken (in any case), then creating or renaming to it answers 409 on code', async () => {
    const res = await hr.post('/trainings', body({ code: 'kmn-pp-01' }));
    const error = expectError(res, 409, 'CONFLICT');
    expect((error.details as Array<{ path: string }>).map((d) => d.path)).toEqual(['code']);
    const x = await create();
    const renamed = await hr.patch(`/trainings/${x.id}`, { version: x.version, code: 'KMN-PP-02' });
    expectError(renamed, 409, 'CONFLICT');
    // its own code in another case is no conflict
    const same = await hr.patch(`/trainings/${x.id}`, { version: x.version, code: x.code.toLowerCase() });
    expect(same.statusCode).toBe(200);
  });

  it('when HR edits with the version read, then it saves and bumps the version; a stale version answers 409', async () => {
    const x = await create();
    const res = await hr.patch(`/trainings/${x.id}`, {
      version: 1,
      hours: 14.5,
      competences: ['inovasi', 'Kesehatan'],
      schedule: '',
      cost: null,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<Training>()).toMatchObject({
      hours: 14.5,
      competences: ['innovation', 'kesehatan'],
      schedule: null,
      cost: null,
      version: 2,
      title: x.title,
    });
    expectError(await hr.patch(`/trainings/${x.id}`, { version: 1, title: 'Lama' }), 409, 'CONFLICT');
    expect((await hr.get(`/trainings/${x.id}`)).json<Training>().version).toBe(2);
    expect(await auditActions(x.id)).toEqual(['training.create', 'training.update']);
    expectError(await hr.patch(`/trainings/${GHOST}`, { version: 1, title: 'X' }), 404, 'NOT_FOUND');
  });

  it('when HR deactivates a programme, then it leaves the default list but is not deleted, and can come back', async () => {
    const x = await create();
    const off = await hr.patch(`/trainings/${x.id}`, { version: 1, active: false });
    expect(off.statusCode).toBe(200);
    expect(off.json<Training>().active).toBe(false);
    const listed = (await employee.get(`/trainings?q=${encodeURIComponent(x.title)}`)).json<Page>();
    expect(listed.items).toHaveLength(0);
    expect((await employee.get(`/trainings/${x.id}`)).statusCode).toBe(200);
    const on = await hr.patch(`/trainings/${x.id}`, { version: 2, active: true });
    expect(on.json<Training>().active).toBe(true);
  });

  it('when the end date would fall before the stored start date, then the edit answers 400 on endDate', async () => {
    const x = await create({ startDate: '2027-05-10', endDate: '2027-05-12' });
    expect(failingPaths(await hr.patch(`/trainings/${x.id}`, { version: 1, endDate: '2027-05-01' }))).toEqual(
      ['endDate'],
    );
    expect(
      (await hr.patch(`/trainings/${x.id}`, { version: 1, startDate: null, endDate: '2027-05-01' }))
        .statusCode,
    ).toBe(200);
  });
});

describe('refusals', () => {
  it('when an employee, the auditor or the agency head writes, then each gets 403 and nothing is written', async () => {
    const x = await create();
    const before = await countRows(t.database, 'trainings');
    for (const client of [employee, auditor, agencyHead]) {
      expectError(await client.post('/trainings', body()), 403, 'FORBIDDEN');
      expectError(await client.post('/trainings', {}), 403, 'FORBIDDEN');
      expectError(await client.patch(`/trainings/${x.id}`, { version: 1, active: false }), 403, 'FORBIDDEN');
      expectError(await client.get('/trainings/export.xlsx'), 403, 'FORBIDDEN');
      expectError(
        await upload(client, '/trainings/import', { filename: 'katalog.xlsx', content: await sheet([]) }),
        403,
        'FORBIDDEN',
      );
    }
    expect(await countRows(t.database, 'trainings')).toBe(before);
    expect((await hr.get(`/trainings/${x.id}`)).json<Training>()).toMatchObject({ active: true, version: 1 });
  });

  it.each([
    [{ title: '' }, 'title'],
    [{ title: 'x'.repeat(201) }, 'title'],
    [{ provider: '  ' }, 'provider'],
    [{ provider: 'x'.repeat(201) }, 'provider'],
    [{ mode: 'webinar' }, 'mode'],
    [{ hours: 0 }, 'hours'],
    [{ hours: 1000.5 }, 'hours'],
    [{ hours: 12.25 }, 'hours'],
    [{ hours: '12' }, 'hours'],
    [{ cost: -1 }, 'cost'],
    [{ cost: 1000.5 }, 'cost'],
    [{ capacity: 0 }, 'capacity'],
    [{ competences: ['Kesehatan!'] }, 'competences.0'],
    [{ competences: ['x'] }, 'competences.0'],
    [{ competences: ['kesehatan', 'a'.repeat(45)] }, 'competences.1'],
    [{ code: 'K' }, 'code'],
    [{ startDate: '2027-03-10', endDate: '2027-03-01' }, 'endDate'],
    [{ startDate: '10/03/2027' }, 'startDate'],
  ])('when HR sends %o, then it answers 400 on %s', async (over, path) => {
    const before = await countRows(t.database, 'trainings');
    expect(failingPaths(await hr.post('/trainings', body(over)))).toContain(path);
    expect(await countRows(t.database, 'trainings')).toBe(before);
  });

  it('when a competence is bad, then the message says what a competence is, in Indonesian or English', async () => {
    const id = expectError(
      await hr.post('/trainings', body({ competences: ['Gizi!'] })),
      400,
      'VALIDATION_FAILED',
    );
    expect((id.details as Array<{ message: string }>)[0]!.message).toContain('BerAKHLAK');
    const en = expectError(
      await hr.post('/trainings', body({ competences: ['Gizi!'] }), EN),
      400,
      'VALIDATION_FAILED',
    );
    expect((en.details as Array<{ message: string }>)[0]!.message).toContain('indicator category');
  });

  it('when an edit has no version or an unknown field, then it answers 400', async () => {
    const x = await create();
    expect(failingPaths(await hr.patch(`/trainings/${x.id}`, { active: false }))).toContain('version');
    expectError(
      await hr.patch(`/trainings/${x.id}`, { version: 1, deleted: true }),
      400,
      'VALIDATION_FAILED',
    );
  });
});

/** A workbook in the export's layout (Indonesian headers) with `rows` (cells by field key). */
async function sheet(
  rows: Array<Partial<Record<(typeof TRAINING_COLUMNS)[number]['key'], string | number>>>,
) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Katalog');
  ws.addRow(TRAINING_COLUMNS.map((c) => c.header));
  for (const r of rows) ws.addRow(TRAINING_COLUMNS.map((c) => r[c.key] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const importFile = (content: Buffer, qs = '', headers: Record<string, string> = {}) =>
  upload(hr, `/trainings/import${qs}`, { filename: 'katalog.xlsx', content }, headers);

describe('XLSX import', () => {
  const good = (over: Record<string, string | number> = {}) => ({
    title: 'Keselamatan Pasien di Puskesmas',
    provider: 'Dinas Kesehatan Kabupaten Kemuning',
    mode: 'Klasikal',
    hours: '16,5',
    cost: '1.250.000',
    schedule: 'Agustus 2027',
    startDate: '2027-08-02',
    endDate: '03/08/2027',
    capacity: 25,
    competences: 'Berorientasi Pelayanan, efektivitas; kesehatan',
    description: 'Sasaran keselamatan pasien.',
    active: 'Ya',
    ...over,
  });

  async function mixed() {
    const existing = await create({ code: `UPD-${Math.random().toString(36).slice(2, 6).toUpperCase()}` });
    const fresh = `NEW-${Math.random().toString(36).slice(2, 6).toUpperCase()}`;
    const content = await sheet([
      good({ code: fresh }), // 2: new
      good({ code: existing.code.toLowerCase(), title: 'Judul Diperbarui', active: 'Tidak' }), // 3: update
      good({ code: '' }), // 4: new with a generated code
      good({ code: 'BAD-1', hours: 0 }), // 5: hours
      good({ code: 'BAD-2', mode: 'Webinar', competences: 'Gizi!' }), // 6: mode and competence
      good({ code: fresh }), // 7: duplicate in the file
      good({ code: 'BAD-3', title: '', cost: 'seratus ribu' }), // 8: title and cost
    ]);
    return { existing, fresh, content };
  }

  it('when checked (dry run), then the report names every rejected row and column and nothing is written', async () => {
    const { content } = await mixed();
    const before = await countRows(t.database, 'trainings');
    const res = await importFile(content, '?dryRun=true');
    expect(res.statusCode).toBe(200);
    const report = res.json<Report>();
    expect(report).toMatchObject({ total: 7, created: 2, updated: 1, committed: false, dryRun: true });
    expect(report.rejected.map((r) => r.row)).toEqual([5, 6, 7, 8]);
    const fields = Object.fromEntries(report.rejected.map((r) => [r.row, r.errors.map((e) => e.field)]));
    expect(fields[5]).toEqual(['JP']);
    expect(fields[6]!.sort()).toEqual(['Kompetensi', 'Moda']);
    expect(fields[7]).toEqual(['Kode']);
    expect(fields[8]!.sort()).toEqual(['Biaya (Rp)', 'Judul']);
    expect(report.rejected[0]!.code).toBe('BAD-1');
    expect(await countRows(t.database, 'trainings')).toBe(before);
  });

  it('when imported with failing rows, then nothing is imported and the 400 carries the report', async () => {
    const { content } = await mixed();
    const before = await countRows(t.database, 'trainings');
    const error = expectError(await importFile(content), 400, 'VALIDATION_FAILED');
    expect(error.message).toContain('4 baris');
    expect(error.details).toMatchObject({ committed: false, created: 2, updated: 1 });
    expect((error.details as Report).rejected).toHaveLength(4);
    expect(await countRows(t.database, 'trainings')).toBe(before);
  });

  it('when the valid rows are imported, then they are created or updated by code, audited, and the report counts them', async () => {
    const { existing, fresh, content } = await mixed();
    const before = await countRows(t.database, 'trainings');
    const res = await importFile(content, '?validOnly=true');
    expect(res.statusCode).toBe(200);
    const report = res.json<Report>();
    expect(report).toMatchObject({ total: 7, created: 2, updated: 1, committed: true, dryRun: false });
    expect(report.rejected).toHaveLength(4);
    expect(await countRows(t.database, 'trainings')).toBe(before + 2);
    const created = (await byCode(fresh))!;
    expect(created).toMatchObject({
      title: 'Keselamatan Pasien di Puskesmas',
      mode: 'classroom',
      hours: 16.5,
      cost: 1250000,
      capacity: 25,
      startDate: '2027-08-02',
      endDate: '2027-08-03',
      competences: ['berorientasi_pelayanan', 'effectiveness', 'kesehatan'],
      active: true,
    });
    const updated = (await hr.get(`/trainings/${existing.id}`)).json<Training>();
    expect(updated).toMatchObject({
      code: existing.code,
      title: 'Judul Diperbarui',
      active: false,
      version: 2,
    });
    expect(await auditActions(existing.id)).toEqual(['training.create', 'training.import.update']);
    expect(await auditActions(created.id)).toEqual(['training.import.create']);
  });

  it('when the file is not a spreadsheet, is missing or is not multipart, then it is refused', async () => {
    expectError(await importFile(Buffer.concat([PE_HEAD, Buffer.alloc(64)])), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expectError(
      await upload(hr, '/trainings/import', { filename: 'x.xlsx', content: await sheet([]), field: 'other' }),
      400,
      'VALIDATION_FAILED',
    );
    expectError(await hr.post('/trainings/import', {}), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('when the messages are asked in English, then the row report is in English', async () => {
    const res = await importFile(await sheet([good({ code: 'EN-1', mode: 'Webinar' })]), '?dryRun=true', EN);
    expect(res.json<Report>().rejected[0]!.errors[0]!.message).toContain('Unknown mode');
  });
});

describe('XLSX export', () => {
  it('when HR exports, then exceljs opens it with the Indonesian headers and every programme, and it imports back unchanged', async () => {
    const res = await hr.get('/trainings/export.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="katalog-pengembangan-[\d-]+\.xlsx"$/,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Katalog')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(TRAINING_COLUMNS.map((c) => c.header));
    const total = await countRows(t.database, 'trainings');
    expect(ws.rowCount).toBe(total + 1);
    let pp: unknown[] | undefined;
    ws.eachRow((row, n) => {
      if (n > 1 && row.getCell(1).value === 'KMN-PP-01') pp = (row.values as unknown[]).slice(1);
    });
    expect(pp).toEqual([
      'KMN-PP-01',
      'Pelayanan Prima bagi Petugas Loket Puskesmas',
      'BKPSDM Kabupaten Kemuning',
      'Klasikal',
      16,
      750000,
      'Angkatan I Februari 2027, Angkatan II Juli 2027',
      '2027-02-15',
      '2027-02-16',
      30,
      'berorientasi_pelayanan, effectiveness, kesehatan, pelayanan publik',
      expect.stringContaining('Standar pelayanan'),
      'Ya',
    ]);
    expect(wb.getWorksheet('Keterangan')).toBeTruthy();

    const back = await importFile(res.rawPayload, '?dryRun=true');
    expect(back.statusCode).toBe(200);
    expect(back.json<Report>()).toMatchObject({ total, created: 0, updated: total, rejected: [] });
  });
});
