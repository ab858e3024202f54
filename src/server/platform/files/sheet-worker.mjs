// Parses an import file (CSV or XLSX) off the event loop, in a worker thread started by sheet-pool.ts.
// Plain JavaScript on purpose: a worker does not inherit the `tsx` loader of the server (`node --import tsx`) nor
// vitest's transform, so a .mjs file loads the same way in dev, in tests and in production.
//
// workerData: { data: Uint8Array, aliases: Record<string,string>, maxRows: number }
// posts:      { ok: true, rows: Array<{ row, cells, numeric: string[] }> }
//           | { ok: false, error: 'tooManyRows' | 'invalidXlsx' | 'invalidCsv' | 'binary' }
// Rows are counted while the file is parsed; parsing stops at the first row over `maxRows`.
import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';

const { data, aliases, maxRows } = workerData;
const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);

class TooManyRows extends Error {}

const key = (h) => {
  const n = String(h)
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return aliases[n] ?? n;
};

const isZip = (b) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** Yields the buffer in 64 KiB chunks, so that the parsers work incrementally. */
function chunks(b) {
  return Readable.from(
    (function* () {
      for (let i = 0; i < b.length; i += 65536) yield b.subarray(i, i + 65536);
    })(),
  );
}

async function readXlsx(out) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(chunks(buffer), {
    entries: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
  });
  for await (const ws of reader) {
    let headers = null;
    for await (const r of ws) {
      if (r.number === 1) {
        headers = [];
        r.eachCell({ includeEmpty: true }, (cell, col) => {
          headers[col] = key(cell.text ?? '');
        });
        continue;
      }
      if (!headers) headers = [];
      const cells = {};
      const numeric = [];
      r.eachCell({ includeEmpty: false }, (cell, col) => {
        const h = headers[col];
        if (!h) return;
        cells[h] = String(cell.text ?? '').trim();
        if (typeof cell.value === 'number') numeric.push(h);
      });
      if (!Object.values(cells).some((v) => v !== '')) continue;
      if (out.length >= maxRows) throw new TooManyRows();
      out.push({ row: r.number, cells, numeric });
    }
    return; // the first worksheet only
  }
}

async function readCsv(out) {
  const firstLine = buffer.subarray(0, 65536).toString('utf8').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const parser = chunks(buffer).pipe(
    parse({ bom: true, delimiter, skip_empty_lines: true, relax_column_count: true, trim: true }),
  );
  let headers = null;
  let line = 1;
  for await (const values of parser) {
    if (!headers) {
      headers = values.map(key);
      continue;
    }
    line += 1;
    const cells = {};
    headers.forEach((h, col) => {
      if (h) cells[h] = values[col] ?? '';
    });
    if (!Object.values(cells).some((v) => v !== '')) continue;
    if (out.length >= maxRows) {
      parser.destroy();
      throw new TooManyRows();
    }
    out.push({ row: line, cells, numeric: [] });
  }
}

async function main() {
  const rows = [];
  if (isZip(buffer)) {
    try {
      await readXlsx(rows);
    } catch (err) {
      return { ok: false, error: err instanceof TooManyRows ? 'tooManyRows' : 'invalidXlsx' };
    }
    return { ok: true, rows };
  }
  if (buffer.includes(0)) return { ok: false, error: 'binary' };
  try {
    await readCsv(rows);
  } catch (err) {
    return { ok: false, error: err instanceof TooManyRows ? 'tooManyRows' : 'invalidCsv' };
  }
  return { ok: true, rows };
}

parentPort.postMessage(await main());
