import type { Readable, Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CompletionCounts, CompletionView } from '../../../../domain/monitoring/view.js';
import { streamOffThread } from '../../../platform/workers/pool.js';

/** Indonesian column headers, in the order of the counts. */
export const COUNT_HEADERS: Array<[keyof CompletionCounts, string]> = [
  ['employees', 'Jumlah Pegawai'],
  ['notStarted', 'Belum Menyusun SKP'],
  ['draft', 'SKP Draf'],
  ['submitted', 'SKP Diajukan'],
  ['returned', 'SKP Dikembalikan'],
  ['approved', 'SKP Disetujui'],
  ['reportedProgress', 'Sudah Melaporkan Realisasi'],
  ['evaluationsDone', 'Evaluasi Selesai'],
];

/**
 * Writes the completion numbers as a workbook to `out` (ended when done), row by row with exceljs's streaming writer,
 * so that a region of thousands of units is never held whole: sheet "Per Unit" (each unit's own employees), sheet
 * "Termasuk Sub-Unit" (each unit with everything below it), and "Keterangan" (cycle, period, notes).
 */
export async function writeCompletionWorkbook(
  out: Writable,
  view: CompletionView & { cycleYear: number },
  generatedAt: string,
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = 'Kinerja';
  const sheet = (name: string, pick: (u: CompletionView['units'][number]) => CompletionCounts) => {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = [
      { header: 'Kode Unit', key: 'code', width: 14 },
      { header: 'Unit Kerja', key: 'name', width: 48 },
      { header: 'Tingkat', key: 'depth', width: 8 },
      ...COUNT_HEADERS.map(([key, header]) => ({ header, key, width: 16 })),
    ];
    const head = ws.getRow(1);
    head.font = { bold: true };
    head.commit();
    for (const u of view.units) {
      const row = ws.addRow({ code: u.code, name: u.name, depth: u.depth, ...pick(u) });
      row.getCell('name').alignment = { indent: Math.min(u.depth, 15) };
      row.commit();
    }
    const sum = ws.addRow({ code: '', name: 'Jumlah', ...view.totals });
    sum.font = { bold: true };
    sum.commit();
    ws.commit();
  };
  sheet('Per Unit', (u) => u.own);
  sheet('Termasuk Sub-Unit', (u) => u.total);
  const info = wb.addWorksheet('Keterangan');
  info.columns = [
    { header: 'Keterangan', key: 'k', width: 30 },
    { header: 'Nilai', key: 'v', width: 80 },
  ];
  info.getRow(1).font = { bold: true };
  const notes = [
    { k: 'Siklus', v: String(view.cycleYear) },
    { k: 'Periode realisasi', v: view.period?.label ?? '-' },
    { k: 'Dibuat', v: generatedAt },
    {
      k: 'Evaluasi',
      v: view.evaluationsAvailable
        ? 'Jumlah evaluasi yang selesai pada periode.'
        : 'Tidak ada periode yang dipilih; kolom "Evaluasi Selesai" bernilai 0.',
    },
    { k: 'Baris "Jumlah"', v: 'Jumlah seluruh unit teratas yang ditampilkan beserta sub-unitnya.' },
  ];
  for (const note of notes) info.addRow(note).commit();
  info.commit();
  await wb.commit();
}

/**
 * `writeCompletionWorkbook` in the worker pool, streamed: the workbook for a whole region is written off the event
 * loop and reaches the response piece by piece (neither thread holds it whole).
 */
export function completionWorkbookStream(
  view: CompletionView & { cycleYear: number },
  generatedAt: string,
): Promise<Readable> {
  return streamOffThread(new URL(import.meta.url), 'writeCompletionWorkbook', view, generatedAt);
}
