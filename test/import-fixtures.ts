import ExcelJS from 'exceljs';
import type { ImportReport } from '../src/server/modules/org/index.js';
import type { Client } from './helpers.js';
import { upload } from './factories.js';

/** Helpers for the org import tests: files in the import layout and the calls that upload them. */

export const EMPLOYEE_HEADER = [
  'nip',
  'nama',
  'jenis_asn',
  'golongan',
  'jabatan',
  'jenis_jabatan',
  'jenjang',
  'kode_unit',
  'nip_atasan',
  'email',
];

/** The import report, as the org module defines it. */
export type { ImportReport };

let n = 0;
/** One employee row (unit DINKES unless `over` says otherwise); `nip_atasan` is the supervisor's NIP. */
export function employeeRow(
  nip: string,
  over: Partial<Record<(typeof EMPLOYEE_HEADER)[number], string>> = {},
): string[] {
  const r: Record<string, string> = {
    nip,
    nama: `Pegawai Impor ${++n}`,
    jenis_asn: 'PNS',
    golongan: 'III/a',
    jabatan: 'Analis',
    jenis_jabatan: 'pelaksana',
    jenjang: '',
    kode_unit: 'DINKES',
    nip_atasan: '',
    email: '',
    ...over,
  };
  return EMPLOYEE_HEADER.map((h) => r[h]!);
}

const quote = (v: string) => (/[",;\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
/** A CSV file of `rows` under `header`. */
export const csv = (rows: string[][], delimiter = ',', header = EMPLOYEE_HEADER) =>
  [header, ...rows].map((r) => r.map(quote).join(delimiter)).join('\n') + '\n';

/** An XLSX workbook of one sheet with `header` and `rows`. */
export async function xlsx(
  rows: Array<Array<string | number>>,
  header: string[] = EMPLOYEE_HEADER,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pegawai');
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Uploads an employee file to POST /imports/employees (query string `qs`). */
export const importEmployees = (
  hr: Client,
  content: string | Buffer,
  qs = '',
  filename = 'pegawai.csv',
  headers: Record<string, string> = {},
) => upload(hr, `/imports/employees${qs}`, { filename, content }, headers);

/** Uploads a unit CSV to POST /imports/units (query string `qs`). */
export const importUnits = (hr: Client, content: string | Buffer, qs = '') =>
  upload(hr, `/imports/units${qs}`, { filename: 'unit.csv', content });

/** The employee with this NIP as the directory lists it, or undefined. */
export async function employeeByNip(hr: Client, nip: string) {
  const res = await hr.get(`/employees?q=${nip}`);
  const items = res.json<{
    items: Array<{
      id: string;
      nip: string;
      name: string;
      supervisorId: string | null;
      version: number;
      positionTitle: string;
      unit: { code: string };
    }>;
  }>().items;
  return items.find((e) => e.nip === nip);
}
