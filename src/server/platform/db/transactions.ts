import pg from 'pg';
import { closeAuditBuffer, flushAudit, openAuditBuffer } from '../audit.js';
import type { Db, Tx } from './client.js';

type QueryFn = (...args: unknown[]) => unknown;

/**
 * One connection runs one query at a time: a transaction's queries started together (a `Promise.all` of reads in a
 * use case that also runs outside transactions) are sent one after another instead of being handed to pg while it
 * is still running the previous one (which pg queues, warns about, and will refuse in pg 9). Callback-style and
 * submittable queries (not used by drizzle) go straight through. Returns the function that undoes it once the
 * queries still queued have run (those of a failed `Promise.all`: drizzle's ROLLBACK comes after them).
 */
function oneQueryAtATime(tx: Tx): () => Promise<void> {
  // drizzle keeps the transaction's connection on its session (node-postgres: a pool client; PGlite: its own
  // transaction object, which already runs one query at a time)
  const client = (tx as unknown as { session?: { client?: unknown } }).session?.client;
  if (!(client instanceof pg.Client)) return () => Promise.resolve();
  const original = (client as unknown as { query: QueryFn }).query;
  let tail: Promise<unknown> = Promise.resolve();
  const queued: QueryFn = (...args: unknown[]) => {
    const first = args[0] as { submit?: unknown } | undefined;
    if (typeof args[args.length - 1] === 'function' || typeof first?.submit === 'function')
      return original.apply(client, args);
    const run = tail.then(() => original.apply(client, args));
    tail = run.catch(() => undefined);
    return run;
  };
  (client as unknown as { query: QueryFn }).query = queued;
  return async () => {
    await tail;
    (client as unknown as { query: QueryFn }).query = original;
  };
}

/**
 * Runs every `db.transaction` of this database the Kinerja way (called once by `openDatabase`):
 * - its audit entries are buffered and chained at its end, right before COMMIT (`platform/audit.ts`);
 * - its queries run one at a time on its connection (`oneQueryAtATime`).
 */
export function instrumentTransactions(db: Db): void {
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn: (tx: Tx) => Promise<unknown>, config?: Parameters<Db['transaction']>[1]) =>
    transaction(async (tx) => {
      const restore = oneQueryAtATime(tx);
      openAuditBuffer(tx);
      try {
        const result = await fn(tx);
        await flushAudit(tx);
        return result;
      } finally {
        closeAuditBuffer(tx);
        await restore();
      }
    }, config)) as Db['transaction'];
}
