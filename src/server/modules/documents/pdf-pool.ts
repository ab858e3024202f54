import { asBuffer, runOffThread } from '../../platform/workers/pool.js';
import type { PdfKind, PdfTasks } from './pdf-task.js';

const TASK = new URL('./pdf-task.ts', import.meta.url);

/**
 * Renders an official document in the worker pool, so that laying out a long document never blocks other
 * requests. The document definitions hold functions (footer, table layouts) that cannot cross a thread, so the
 * worker builds them itself from the same plain input (pdf-task.ts).
 */
export async function renderOffThread<K extends PdfKind>(kind: K, ...args: PdfTasks[K]): Promise<Buffer> {
  return asBuffer(await runOffThread<Uint8Array>(TASK, 'renderTask', kind, args));
}
