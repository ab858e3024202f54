import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { AppError } from '../../../platform/errors.js';

/** One data row of an import file: the 1-based row number as the user sees it, and its cells by column key. */
export interface SheetRow {
  row: number;
  cells: Record<string, string>;
  /** columns whose cell held a number in the spreadsheet (a NIP there has lost digits) */
  numericCells: Set<string>;
}

const normaliseHeader = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

function isZip(data: Buffer) {
  return data.length > 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
}

/**
 * Reads a CSV (comma or semicolon, UTF-8, optional BOM) or XLSX file, judged by its content, into rows keyed by
 * the normalised header names mapped through `aliases` (e.g. `nama` → `name`).
 */
export async function readSheet(data: Buffer, aliases: Record<string, string>): Promise<SheetRow[]> {
  const key = (h: string) => {
    const n = normaliseHeader(h);
    return aliases[n] ?? n;
  };
  if (isZip(data)) {
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(data as unknown as ArrayBuffer);
    } catch {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'import.invalidFile');
    }
    const ws = wb.worksheets[0];
    if (!ws) return [];
    const headers: string[] = [];
    ws.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
      headers[col] = key(cell.text ?? '');
    });
    const rows: SheetRow[] = [];
    ws.eachRow({ includeEmpty: false }, (r, rowNumber) => {
      if (rowNumber === 1) return;
      const cells: Record<string, string> = {};
      const numericCells = new Set<string>();
      r.eachCell({ includeEmpty: false }, (cell, col) => {
        const h = headers[col];
        if (!h) return;
        cells[h] = (cell.text ?? '').trim();
        if (typeof cell.value === 'number') numericCells.add(h);
      });
      if (Object.values(cells).some((v) => v !== '')) rows.push({ row: rowNumber, cells, numericCells });
    });
    return rows;
  }
  if (data.includes(0)) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'import.invalidFile');
  const text = data.toString('utf8');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    });
  } catch {
    throw new AppError('VALIDATION_FAILED', 'import.invalidFile');
  }
  const [header, ...body] = records;
  if (!header) return [];
  const headers = header.map(key);
  return body
    .map((values, i) => {
      const cells: Record<string, string> = {};
      headers.forEach((h, col) => {
        if (h) cells[h] = values[col] ?? '';
      });
      return { row: i + 2, cells, numericCells: new Set<string>() };
    })
    .filter((r) => Object.values(r.cells).some((v) => v !== ''));
}
