import { AppError } from '../../../platform/errors.js';
import { parseSheetOffThread, type SheetRow } from '../../../platform/files/sheet-pool.js';

export type { SheetRow };

/**
 * Reads a CSV (comma or semicolon, UTF-8, optional BOM) or XLSX file, judged by its content, into rows keyed by
 * the normalised header names mapped through `aliases` (e.g. `nama` → `name`). Parsed in a worker thread; more
 * than `maxRows` data rows (KINERJA_IMPORT_MAX_ROWS) answers 413 as soon as the row after the limit is read.
 */
export async function readSheet(
  data: Buffer,
  aliases: Record<string, string>,
  maxRows: number,
): Promise<SheetRow[]> {
  const result = await parseSheetOffThread(data, aliases, maxRows);
  if (result.ok) return result.rows;
  switch (result.error) {
    case 'tooManyRows':
      throw new AppError('PAYLOAD_TOO_LARGE', 'import.tooManyRows', { maxRows }, { max: maxRows });
    case 'outOfMemory':
      throw new AppError('PAYLOAD_TOO_LARGE');
    case 'invalidCsv':
      throw new AppError('VALIDATION_FAILED', 'import.invalidFile');
    default:
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'import.invalidFile');
  }
}
