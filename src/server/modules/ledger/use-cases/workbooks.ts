import type { Readable, Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { formatDateId } from '../../../../domain/dates.js';
import { PREDICATE_LABELS, PREDICATES, type Predicate } from '../../../../domain/evaluations/matrix.js';
import type { TppExportView } from '../../../../domain/ledger/view.js';
import { FUNCTIONAL_LEVEL_LABELS, type FunctionalLevel } from '../../../../domain/people/ranks.js';
import { streamOffThread } from '../../../platform/workers/pool.js';

/**
 * The workbooks of the follow-up exports, written row by row with exceljs's streaming writer in the worker pool
 * (plain data in, the file streamed out). Headers in Indonesian; NIPs are text cells (18 digits would lose precision
 * as numbers); each sheet starts with a title row, a note row and an empty row, and its header on row 4.
 */

/** The row of the column headers in every data sheet. */
export const HEADER_ROW = 4;

interface Column {
  key: string;
  header: string;
  width: number;
  numFmt?: string;
}

function dataSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  name: string,
  title: string,
  note: string,
  columns: Column[],
) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: HEADER_ROW }] });
  ws.columns = columns.map(({ key, width }) => ({ key, width }));
  const titleRow = ws.addRow([title]);
  titleRow.font = { bold: true, size: 14 };
  titleRow.commit();
  const noteRow = ws.addRow([note]);
  noteRow.font = { italic: true };
  noteRow.commit();
  ws.addRow([]).commit();
  const head = ws.addRow(columns.map((c) => c.header));
  head.font = { bold: true };
  head.commit();
  return {
    add(values: Record<string, string | number>) {
      const row = ws.addRow(values);
      for (const c of columns) if (c.numFmt) row.getCell(c.key).numFmt = c.numFmt;
      row.commit();
    },
    done: () => ws.commit(),
  };
}

export interface CreditPointsSheetRow {
  nip: string;
  name: string;
  positionTitle: string;
  level: FunctionalLevel;
  unitName: string;
  periodLabel: string;
  months: number;
  predicate: Predicate;
  percentage: number;
  coefficient: number;
  points: number;
}

export interface CreditPointsSheet {
  cycleYear: number;
  /** the unit filtered on (its subtree included), null: the whole agency */
  unitName: string | null;
  rows: CreditPointsSheetRow[];
  totals: Array<
    Omit<
      CreditPointsSheetRow,
      'periodLabel' | 'months' | 'predicate' | 'percentage' | 'coefficient' | 'points'
    > & { total: number }
  >;
}

const PERSON_COLUMNS: Column[] = [
  { key: 'nip', header: 'NIP', width: 22 },
  { key: 'name', header: 'Nama', width: 32 },
  { key: 'positionTitle', header: 'Jabatan', width: 32 },
  { key: 'level', header: 'Jenjang', width: 14 },
  { key: 'unitName', header: 'Unit Kerja', width: 36 },
];

/** Sheet "Angka Kredit" (one row per evaluation counted) and sheet "Rekap" (one row per person, the total). */
export async function writeCreditPointsWorkbook(
  out: Writable,
  sheet: CreditPointsSheet,
  generatedAt: string,
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = 'Kinerja';
  const scope = sheet.unitName ? ` — ${sheet.unitName} (termasuk sub-unit)` : '';
  const title = `Angka Kredit Jabatan Fungsional — Siklus ${sheet.cycleYear}${scope}`;
  const note =
    `Peraturan BKN 3/2023: angka kredit = bulan/12 × persentase predikat × koefisien tahunan; ` +
    `dibulatkan 3 desimal. Evaluasi tahunan final dihitung 12 bulan; tanpa itu, tiap evaluasi periodik final ` +
    `sesuai bulannya. Dibuat ${formatDateId(new Date(generatedAt))}.`;
  const detail = dataSheet(wb, 'Angka Kredit', title, note, [
    ...PERSON_COLUMNS,
    { key: 'periodLabel', header: 'Periode', width: 20 },
    { key: 'months', header: 'Bulan', width: 8 },
    { key: 'predicate', header: 'Predikat', width: 18 },
    { key: 'percentage', header: 'Persentase (%)', width: 14 },
    { key: 'coefficient', header: 'Koefisien', width: 11, numFmt: '0.00' },
    { key: 'points', header: 'Angka Kredit', width: 14, numFmt: '0.000' },
  ]);
  for (const r of sheet.rows)
    detail.add({
      ...r,
      level: FUNCTIONAL_LEVEL_LABELS[r.level],
      predicate: PREDICATE_LABELS[r.predicate],
    });
  detail.done();
  const recap = dataSheet(wb, 'Rekap', title, 'Jumlah angka kredit per pegawai dalam siklus ini.', [
    ...PERSON_COLUMNS,
    { key: 'total', header: 'Jumlah Angka Kredit', width: 18, numFmt: '0.000' },
  ]);
  for (const r of sheet.totals) recap.add({ ...r, level: FUNCTIONAL_LEVEL_LABELS[r.level] });
  recap.done();
  await wb.commit();
}

export function creditPointsWorkbookStream(sheet: CreditPointsSheet, generatedAt: string): Promise<Readable> {
  return streamOffThread(new URL(import.meta.url), 'writeCreditPointsWorkbook', sheet, generatedAt);
}

/** Sheet "TPP" (one row per final evaluation) and sheet "Belum Dievaluasi" (active employees without one). */
export async function writeTppWorkbook(
  out: Writable,
  view: TppExportView,
  generatedAt: string,
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = 'Kinerja';
  const table = PREDICATES.map((p) => `${PREDICATE_LABELS[p]} ${view.rates[p]}%`).join(', ');
  const tpp = dataSheet(
    wb,
    'TPP',
    `Tambahan Penghasilan Pegawai (TPP) — ${view.period.label}`,
    `Persentase TPP menurut predikat kinerja: ${table}. Evaluasi periodik final saja. Dibuat ${formatDateId(new Date(generatedAt))}.`,
    [
      { key: 'nip', header: 'NIP', width: 22 },
      { key: 'name', header: 'Nama', width: 32 },
      { key: 'unitName', header: 'Unit Kerja', width: 36 },
      { key: 'predicate', header: 'Predikat', width: 18 },
      { key: 'percentage', header: 'Persentase TPP (%)', width: 18 },
    ],
  );
  for (const i of view.items)
    tpp.add({
      nip: i.nip,
      name: i.name,
      unitName: i.unitName,
      predicate: PREDICATE_LABELS[i.predicate],
      percentage: i.percentage,
    });
  tpp.done();
  const missing = dataSheet(
    wb,
    'Belum Dievaluasi',
    `Pegawai aktif tanpa evaluasi final — ${view.period.label}`,
    `${view.missing.length} pegawai belum memiliki evaluasi final untuk periode ini.`,
    [
      { key: 'nip', header: 'NIP', width: 22 },
      { key: 'name', header: 'Nama', width: 32 },
      { key: 'unitName', header: 'Unit Kerja', width: 36 },
    ],
  );
  for (const m of view.missing) missing.add({ nip: m.nip, name: m.name, unitName: m.unitName });
  missing.done();
  await wb.commit();
}

export function tppWorkbookStream(view: TppExportView, generatedAt: string): Promise<Readable> {
  return streamOffThread(new URL(import.meta.url), 'writeTppWorkbook', view, generatedAt);
}
