import cluster, { type Worker } from 'node:cluster';
import { hostname } from 'node:os';

/** Levels as pino numbers them, so that the primary's lines look like the workers' (Fastify's pino) lines. */
const LEVELS = { fatal: 60, error: 50, warn: 40, info: 30, debug: 20, trace: 10, silent: Infinity } as const;
export type LevelName = keyof typeof LEVELS;

export interface PrimaryLog {
  info(obj: unknown, msg?: string): void;
  warn(obj: unknown, msg?: string): void;
  error(obj: unknown, msg?: string): void;
  fatal(obj: unknown, msg?: string): void;
}

/** A pino-compatible JSON line logger for the primary process (which runs no Fastify). */
export function primaryLogger(
  level: LevelName,
  write: (line: string) => void = (l) => process.stdout.write(l),
) {
  const min = LEVELS[level];
  const base = { pid: process.pid, hostname: hostname(), worker: 'primary' };
  const at =
    (name: Exclude<LevelName, 'silent'>) =>
    (obj: unknown, msg?: string): void => {
      if (LEVELS[name] < min) return;
      const fields = typeof obj === 'object' && obj !== null ? { ...obj, msg } : { msg: String(obj) };
      write(`${JSON.stringify({ level: LEVELS[name], time: Date.now(), ...fields, ...base })}\n`);
    };
  return { info: at('info'), warn: at('warn'), error: at('error'), fatal: at('fatal') } satisfies PrimaryLog;
}

/** Exit code of a worker that cannot start for a reason a restart does not fix (bad configuration, bootstrap). */
export const EXIT_FATAL = 2;
/** A worker that ran at least this long before crashing counts as healthy again: its backoff starts over. */
export const STABLE_MS = 30_000;
/** Longest pause before a crashed worker is started again. */
export const MAX_BACKOFF_MS = 30_000;

/** The pause before restarting a worker that has crashed `crashes` times in a row (1 → 0.5 s, doubling, ≤ 30 s). */
export function restartDelayMs(crashes: number): number {
  return Math.min(MAX_BACKOFF_MS, 500 * 2 ** Math.max(0, crashes - 1));
}

export interface SuperviseOptions {
  workers: number;
  log: PrimaryLog;
  /** How long workers get to finish their requests on SIGTERM before they are killed. */
  shutdownTimeoutMs?: number;
}

interface Slot {
  index: number;
  worker: Worker | undefined;
  startedAt: number;
  crashes: number;
  timer: NodeJS.Timeout | undefined;
}

/**
 * The primary process of `KINERJA_WORKERS` > 1: forks one HTTP server process per slot (they share the port through
 * node:cluster), restarts a crashed one after a growing pause (logged), and on SIGTERM/SIGINT asks every worker to
 * drain (each runs its own graceful shutdown), kills those still running after the timeout, and exits.
 * A worker that exits with EXIT_FATAL (a configuration or bootstrap error) stops the whole server with that code.
 * Each worker gets KINERJA_WORKER_INDEX (1…n): a restarted worker keeps the index of the one it replaces.
 */
export function supervise(options: SuperviseOptions): void {
  const { log } = options;
  const shutdownTimeoutMs = options.shutdownTimeoutMs ?? 15_000;
  const slots: Slot[] = Array.from({ length: options.workers }, (_, i) => ({
    index: i + 1,
    worker: undefined,
    startedAt: 0,
    crashes: 0,
    timer: undefined,
  }));
  let stopping = false;
  let exitCode = 0;

  const fork = (slot: Slot) => {
    slot.timer = undefined;
    if (stopping) return;
    slot.startedAt = Date.now();
    const worker = cluster.fork({ KINERJA_WORKER_INDEX: String(slot.index) });
    slot.worker = worker;
    worker.on('exit', (code, signal) => {
      slot.worker = undefined;
      if (stopping) {
        if (slots.every((s) => !s.worker)) process.exit(exitCode);
        return;
      }
      if (code === EXIT_FATAL) {
        log.error({ index: slot.index, code }, 'a server process could not start; stopping');
        exitCode = EXIT_FATAL;
        stop('fatal');
        return;
      }
      slot.crashes = Date.now() - slot.startedAt >= STABLE_MS ? 1 : slot.crashes + 1;
      const delay = restartDelayMs(slot.crashes);
      log.error(
        { index: slot.index, workerPid: worker.process.pid, code, signal, restartInMs: delay },
        'a server process stopped unexpectedly; restarting it',
      );
      slot.timer = setTimeout(() => fork(slot), delay);
    });
  };

  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down the server processes');
    for (const slot of slots) if (slot.timer) clearTimeout(slot.timer);
    const running = slots.filter((s) => s.worker);
    if (running.length === 0) process.exit(exitCode);
    for (const slot of running) slot.worker!.process.kill('SIGTERM');
    setTimeout(() => {
      for (const slot of slots) {
        if (!slot.worker) continue;
        log.warn({ index: slot.index }, 'a server process did not stop in time; killing it');
        slot.worker.process.kill('SIGKILL');
      }
    }, shutdownTimeoutMs).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  for (const slot of slots) fork(slot);
}
