import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** One data row of an import file: the 1-based row number as the user sees it, and its cells by column key. */
export interface SheetRow {
  row: number;
  cells: Record<string, string>;
  /** columns whose cell held a number in the spreadsheet (a NIP there has lost digits) */
  numericCells: Set<string>;
}

export type SheetResult =
  | { ok: true; rows: SheetRow[] }
  | { ok: false; error: 'tooManyRows' | 'invalidXlsx' | 'invalidCsv' | 'binary' | 'outOfMemory' };

type WorkerAnswer =
  | { ok: true; rows: Array<{ row: number; cells: Record<string, string>; numeric: string[] }> }
  | Extract<SheetResult, { ok: false }>;

const WORKER_URL = new URL('./sheet-worker.mjs', import.meta.url);
/** At most this many files are parsed at once; the others wait their turn (the event loop stays free). */
const MAX_PARALLEL = Math.max(1, Math.min(4, availableParallelism() - 1));
let running = 0;
const waiting: Array<() => void> = [];

async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

/**
 * Parses a CSV or XLSX file in a worker thread (sheet-worker.mjs): the CPU-heavy parsing never blocks other
 * requests, and the worker stops at the first row over `maxRows` instead of reading the whole file. Each file
 * gets a fresh worker with a bounded heap, so a hostile file cannot exhaust the server's memory.
 */
export function parseSheetOffThread(
  data: Buffer,
  aliases: Record<string, string>,
  maxRows: number,
): Promise<SheetResult> {
  return slot(
    () =>
      new Promise<SheetResult>((resolve, reject) => {
        const worker = new Worker(WORKER_URL, {
          workerData: { data: new Uint8Array(data), aliases, maxRows },
          resourceLimits: { maxOldGenerationSizeMb: 512 },
        });
        let settled = false;
        worker.once('message', (answer: WorkerAnswer) => {
          settled = true;
          void worker.terminate();
          resolve(
            answer.ok
              ? {
                  ok: true,
                  rows: answer.rows.map((r) => ({
                    row: r.row,
                    cells: r.cells,
                    numericCells: new Set(r.numeric),
                  })),
                }
              : answer,
          );
        });
        worker.once('error', (err) => {
          if (settled) return;
          settled = true;
          // A file that needs more than the worker's heap (one giant row, a zip bomb) is too large, not a crash.
          if ((err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY')
            resolve({ ok: false, error: 'outOfMemory' });
          else reject(err);
        });
        worker.once('exit', (code) => {
          if (settled) return;
          settled = true;
          reject(new Error(`sheet worker exited with code ${code}`));
        });
      }),
  );
}
