import type { Readable, Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { BERAKHLAK, BEHAVIOUR_VALUES } from '../../../../domain/work-plans/berakhlak.js';
import {
  INDICATOR_CATEGORIES,
  INDICATOR_CATEGORY_LABELS,
  TRAINING_MODE_LABELS,
  TRAINING_MODES,
} from '../../../../domain/trainings/competences.js';
import type { TrainingView } from '../../../../domain/trainings/view.js';
import { streamOffThread } from '../../../platform/workers/pool.js';
import { TRAINING_COLUMNS } from './training-sheet.js';

/** A cell of the catalogue sheet: the value of one column for one programme. */
function cellOf(t: TrainingView, key: (typeof TRAINING_COLUMNS)[number]['key']): string | number | null {
  switch (key) {
    case 'mode':
      return TRAINING_MODE_LABELS[t.mode];
    case 'competences':
      return t.competences.join(', ');
    case 'active':
      return t.active ? 'Ya' : 'Tidak';
    default:
      return t[key];
  }
}

/**
 * Writes the catalogue as a workbook to `out`: sheet "Katalog" with every programme (active or not) in the import's
 * layout (Indonesian headers; dates as `YYYY-MM-DD` text, so they read back exactly), and "Keterangan" listing the
 * values the columns take. Streamed row by row (exceljs's streaming writer).
 */
export async function writeTrainingWorkbook(
  out: Writable,
  items: TrainingView[],
  generatedAt: string,
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = 'Kinerja';
  const ws = wb.addWorksheet('Katalog', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = TRAINING_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.commit();
  for (const t of items) {
    const row = ws.addRow(Object.fromEntries(TRAINING_COLUMNS.map((c) => [c.key, cellOf(t, c.key)])));
    row.getCell('cost').numFmt = '#,##0';
    row.commit();
  }
  ws.commit();

  const info = wb.addWorksheet('Keterangan');
  info.columns = [
    { header: 'Kolom', key: 'k', width: 22 },
    { header: 'Keterangan', key: 'v', width: 100 },
  ];
  info.getRow(1).font = { bold: true };
  const notes = [
    { k: 'Dibuat', v: generatedAt },
    {
      k: 'Kode',
      v: 'Kunci impor: kode yang sudah ada diperbarui; kosong = program baru dengan kode otomatis.',
    },
    { k: 'Moda', v: TRAINING_MODES.map((m) => TRAINING_MODE_LABELS[m]).join(', ') },
    { k: 'JP', v: 'Jam pelajaran: lebih dari 0 sampai 1.000, paling banyak satu angka desimal.' },
    { k: 'Biaya (Rp)', v: 'Rupiah per peserta, bilangan bulat; kosong bila gratis atau belum diketahui.' },
    { k: 'Tanggal', v: 'Format YYYY-MM-DD (mis. 2027-03-15) atau DD/MM/YYYY.' },
    { k: 'Kapasitas', v: 'Jumlah kursi per angkatan (minimal 1); kosong bila tidak dibatasi.' },
    {
      k: 'Kompetensi',
      v:
        'Dipisah koma. Nilai BerAKHLAK: ' +
        BEHAVIOUR_VALUES.map((b) => `${b} (${BERAKHLAK[b].label})`).join(', ') +
        '. Kategori indikator: ' +
        INDICATOR_CATEGORIES.map((c) => `${c} (${INDICATOR_CATEGORY_LABELS[c]})`).join(', ') +
        '. Selain itu tag bebas huruf kecil, mis. kesehatan.',
    },
    { k: 'Aktif', v: 'Ya atau Tidak (program nonaktif tidak ditawarkan, tetapi tidak dihapus).' },
  ];
  for (const note of notes) info.addRow(note).commit();
  info.commit();
  await wb.commit();
}

/** `writeTrainingWorkbook` in the worker pool, streamed to the response. */
export function trainingWorkbookStream(items: TrainingView[], generatedAt: string): Promise<Readable> {
  return streamOffThread(new URL(import.meta.url), 'writeTrainingWorkbook', items, generatedAt);
}
