import { Worker } from 'node:worker_threads';
import type { QueryOptions, Results } from '@electric-sql/pglite';

/**
 * PGlite in a worker thread (issue 13 §3), seen from the main thread. PGlite's own `PGliteWorker` expects a browser
 * (navigator.locks, which Node 20 lacks), so this is a small proxy instead: the worker (`pglite-worker.mjs`) owns
 * the PGlite instance and runs the messages it gets one at a time, in order; this class offers the part of PGlite's
 * API that Drizzle's `drizzle-orm/pglite` driver and the app use (`query`, `exec`, `transaction`) plus
 * `dumpDataDir` and `close`.
 *
 * PGlite is one session, so a transaction must have it to itself: while one is open, other statements wait here on
 * the main thread until it ends (PGlite does the same in-process). Statements outside a transaction are posted at
 * once; the worker runs them in order.
 *
 * Rows are parsed in the worker by PGlite's own parsers and cross the thread boundary by structured clone, which
 * keeps Date, Uint8Array, BigInt, arrays and objects as they are. Custom parsers cannot cross: only pass-through
 * parsers (value → value, which is all Drizzle uses, to keep dates and timestamps as strings) are supported.
 */

export interface ProxyOptions {
  dataDir?: string | undefined;
  loadDataDir?: Blob | undefined;
}

/** The statements a transaction callback may run (the subset of PGlite's `Transaction` Drizzle uses). */
export interface ProxyTransaction {
  query<T>(sql: string, params?: unknown[], options?: QueryOptions): Promise<Results<T>>;
  exec(sql: string): Promise<Results[]>;
  rollback(): Promise<void>;
  readonly closed: boolean;
}

interface SerialisedError {
  message: string;
  name: string;
  stack?: string;
  props: Record<string, unknown>;
}

type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: SerialisedError };

function rebuildError(e: SerialisedError): Error {
  const err = new Error(e.message);
  Object.assign(err, e.props);
  err.name = e.name;
  // the worker's stack says where PostgreSQL failed; the caller's own stack is added by the awaiting code
  if (e.stack) err.stack = `${e.stack}\n    --- in the database worker thread ---`;
  return err;
}

export class PgliteProxy {
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  #nextId = 1;
  /** a transaction has the session; waiters (statements and transactions) are let in in order */
  #locked = false;
  readonly #waiters: (() => void)[] = [];
  #dead: Error | undefined;

  private constructor(worker: Worker) {
    this.#worker = worker;
    worker.on('message', (msg: Reply) => this.#settle(msg));
    worker.on('error', (err) => this.#fail(err));
    worker.on('exit', (code) =>
      this.#fail(new Error(`The embedded database's worker thread stopped (exit code ${code})`)),
    );
    worker.unref();
  }

  static async create(options: ProxyOptions = {}): Promise<PgliteProxy> {
    const loadDataDir = options.loadDataDir ? await options.loadDataDir.arrayBuffer() : undefined;
    const worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), {
      workerData: { dataDir: options.dataDir, loadDataDir },
      transferList: loadDataDir ? [loadDataDir] : [],
      // the worker is plain JavaScript: it needs none of the main thread's loaders (tsx, Vitest)
      execArgv: [],
    });
    await new Promise<void>((resolve, reject) => {
      const onMessage = (msg: { type?: string; error?: SerialisedError }) => {
        if (msg.type === 'ready') done(null);
        else if (msg.type === 'failed') done(rebuildError(msg.error!));
      };
      const onError = (err: Error) => done(err);
      const onExit = (code: number) =>
        done(new Error(`The embedded database did not start (exit code ${code})`));
      const done = (err: Error | null) => {
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (err) {
          void worker.terminate();
          reject(err);
        } else resolve();
      };
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    });
    return new PgliteProxy(worker);
  }

  /** A statement is running or waiting, or a transaction is open: a new statement would have to wait. */
  get busy(): boolean {
    return this.#pending.size > 0 || this.#locked;
  }

  /** The worker thread is running (it has not crashed or been closed). */
  get alive(): boolean {
    return !this.#dead;
  }

  query<T>(sql: string, params: unknown[] = [], options?: QueryOptions): Promise<Results<T>> {
    return this.#outside(() => this.#query<T>(sql, params, options));
  }

  exec(sql: string): Promise<Results[]> {
    return this.#outside(() => this.#post('exec', { sql }) as Promise<Results[]>);
  }

  /** Runs `fn` in a transaction that has the session to itself: BEGIN, then COMMIT, or ROLLBACK when `fn` throws. */
  async transaction<T>(fn: (tx: ProxyTransaction) => Promise<T>): Promise<T> {
    await this.#acquire();
    let closed = false;
    const tx: ProxyTransaction = {
      query: <R>(sql: string, params: unknown[] = [], options?: QueryOptions) => {
        if (closed) return Promise.reject(new Error('Transaction is closed'));
        return this.#query<R>(sql, params, options);
      },
      exec: (sql: string) => {
        if (closed) return Promise.reject(new Error('Transaction is closed'));
        return this.#post('exec', { sql }) as Promise<Results[]>;
      },
      rollback: async () => {
        if (closed) return;
        closed = true;
        await this.#post('exec', { sql: 'ROLLBACK' });
      },
      get closed() {
        return closed;
      },
    };
    try {
      await this.#post('exec', { sql: 'BEGIN' });
      let result: T;
      try {
        result = await fn(tx);
      } catch (err) {
        if (!closed) {
          closed = true;
          await this.#post('exec', { sql: 'ROLLBACK' }).catch(() => undefined);
        }
        throw err;
      }
      if (!closed) {
        closed = true;
        await this.#post('exec', { sql: 'COMMIT' });
      }
      return result;
    } finally {
      this.#release();
    }
  }

  /** A dump of the whole data directory (a tarball), for `loadDataDir`. */
  async dumpDataDir(compression?: 'auto' | 'gzip' | 'none'): Promise<Blob> {
    const buffer = (await this.#outside(() => this.#post('dump', { compression }))) as ArrayBuffer;
    return new Blob([buffer]);
  }

  /** Closes PGlite (flushing its files) after the statements already sent, then stops the thread. */
  async close(): Promise<void> {
    if (this.#dead) return;
    try {
      await this.#outside(() => this.#post('close', {}));
    } finally {
      this.#dead ??= new Error('The embedded database is closed');
      await this.#worker.terminate();
    }
  }

  /**
   * Posts a statement outside any transaction: at once when no transaction has the session, else after it (and
   * after the transactions queued before), still holding the turn while posting so that no BEGIN slips in between.
   */
  async #outside<T>(post: () => Promise<T>): Promise<T> {
    if (!this.#locked) return post();
    await this.#acquire();
    try {
      return post();
    } finally {
      this.#release();
    }
  }

  #query<T>(sql: string, params: unknown[], options?: QueryOptions): Promise<Results<T>> {
    if (options?.serializers) throw new Error('PgliteProxy: custom serializers are not supported');
    const rawTypes = options?.parsers ? Object.keys(options.parsers).map(Number) : [];
    return this.#post('query', {
      sql,
      params,
      rowMode: options?.rowMode ?? 'object',
      rawTypes,
    }) as Promise<Results<T>>;
  }

  #post(op: string, body: Record<string, unknown>): Promise<unknown> {
    if (this.#dead) return Promise.reject(this.#dead);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      // a pending statement keeps the process alive, as an in-process query would; an idle worker does not
      if (this.#pending.size === 1) this.#worker.ref();
      try {
        this.#worker.postMessage({ id, op, ...body });
      } catch (err) {
        this.#pending.delete(id);
        if (this.#pending.size === 0) this.#worker.unref();
        reject(err as Error);
      }
    });
  }

  #settle(msg: Reply) {
    const p = this.#pending.get(msg.id);
    if (!p) return;
    this.#pending.delete(msg.id);
    if (this.#pending.size === 0) this.#worker.unref();
    if (msg.ok) p.resolve(msg.result);
    else p.reject(rebuildError(msg.error));
  }

  #fail(err: Error) {
    this.#dead ??= err;
    for (const p of this.#pending.values()) p.reject(this.#dead);
    this.#pending.clear();
    this.#worker.unref();
  }

  #acquire(): Promise<void> {
    if (!this.#locked) {
      this.#locked = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiters.push(resolve));
  }

  #release() {
    const next = this.#waiters.shift();
    if (next) next();
    else this.#locked = false;
  }
}
