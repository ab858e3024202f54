import ExcelJS from 'exceljs';
import type { CompletionCounts, CompletionView } from '../../../../domain/monitoring/view.js';
import { asBuffer, runOffThread } from '../../../platform/workers/pool.js';

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
 * The completion numbers as a workbook: sheet "Per Unit" (each unit's own employees), sheet "Termasuk Sub-Unit"
 * (each unit with everything below it), and "Keterangan" (cycle, period, notes).
 */
export async function completionWorkbook(
  view: CompletionView & { cycleYear: number },
  generatedAt: string,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kinerja';
  const sheet = (name: string, pick: (u: CompletionView['units'][number]) => CompletionCounts) => {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = [
      { header: 'Kode Unit', key: 'code', width: 14 },
      { header: 'Unit Kerja', key: 'name', width: 48 },
      { header: 'Tingkat', key: 'depth', width: 8 },
      ...COUNT_HEADERS.map(([key, header]) => ({ header, key, width: 16 })),
    ];
    ws.getRow(1).font = { bold: true };
    for (const u of view.units) {
      ws.addRow({ code: u.code, name: u.name, depth: u.depth, ...pick(u) }).getCell('name').alignment = {
        indent: Math.min(u.depth, 15),
      };
    }
    ws.addRow({ code: '', name: 'Jumlah', ...view.totals }).font = { bold: true };
  };
  sheet('Per Unit', (u) => u.own);
  sheet('Termasuk Sub-Unit', (u) => u.total);
  const info = wb.addWorksheet('Keterangan');
  info.columns = [
    { header: 'Keterangan', key: 'k', width: 30 },
    { header: 'Nilai', key: 'v', width: 80 },
  ];
  info.getRow(1).font = { bold: true };
  info.addRows([
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
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** `completionWorkbook` in the worker pool: writing a workbook for a whole region never blocks other requests. */
export async function completionWorkbookOffThread(
  view: CompletionView & { cycleYear: number },
  generatedAt: string,
): Promise<Buffer> {
  return asBuffer(
    await runOffThread<Uint8Array>(new URL(import.meta.url), 'completionWorkbook', view, generatedAt),
  );
}
