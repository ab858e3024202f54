import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { MAX_BACKOFF_MS, primaryLogger, restartDelayMs } from './cluster.js';
import { clusterWorkerIndex, ConfigError, loadConfig } from './config.js';

const PG = 'postgres://kinerja@127.0.0.1:5432/kinerja';

describe('KINERJA_WORKERS', () => {
  it('when unset, then one process serves', () => {
    expect(loadConfig({}).workers).toBe(1);
    expect(loadConfig({ DATABASE_URL: PG }).workers).toBe(1);
  });

  it('when a number on PostgreSQL, then that many processes; auto → the available cores', () => {
    expect(loadConfig({ DATABASE_URL: PG, KINERJA_WORKERS: '3' }).workers).toBe(3);
    expect(loadConfig({ DATABASE_URL: PG, KINERJA_WORKERS: 'auto' }).workers).toBe(availableParallelism());
  });

  it('when more than one on the embedded database, then the start is refused with a reason; auto means 1', () => {
    expect(() => loadConfig({ KINERJA_WORKERS: '2' })).toThrow(
      /KINERJA_WORKERS: 2 server processes need PostgreSQL/,
    );
    expect(loadConfig({ KINERJA_WORKERS: '1' }).workers).toBe(1);
    expect(loadConfig({ KINERJA_WORKERS: 'auto' }).workers).toBe(1);
  });

  it.each(['0', '-1', '1.5', 'many', '65', ''])('when %j, then the start is refused naming the key', (v) => {
    let err: unknown;
    try {
      loadConfig({ DATABASE_URL: PG, KINERJA_WORKERS: v });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).problems.join('\n')).toMatch(/^KINERJA_WORKERS/m);
  });

  it('when forked by the primary, then the worker index comes from KINERJA_WORKER_INDEX', () => {
    expect(clusterWorkerIndex({ KINERJA_WORKER_INDEX: '2' })).toBe(2);
    expect(clusterWorkerIndex({})).toBeUndefined();
    expect(clusterWorkerIndex({ KINERJA_WORKER_INDEX: '0' })).toBeUndefined();
    expect(clusterWorkerIndex({ KINERJA_WORKER_INDEX: 'x' })).toBeUndefined();
  });
});

describe('the primary process', () => {
  it('when a worker keeps crashing, then the pause before its restart doubles up to a ceiling', () => {
    expect([1, 2, 3, 4].map(restartDelayMs)).toEqual([500, 1000, 2000, 4000]);
    expect(restartDelayMs(30)).toBe(MAX_BACKOFF_MS);
  });

  it('when it logs, then pino-style JSON lines name it, at or above the configured level', () => {
    const lines: string[] = [];
    const log = primaryLogger('warn', (l) => lines.push(l));
    log.info('hidden');
    log.error({ index: 2, worker: 'spoofed' }, 'restarting');
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({
      level: 50,
      worker: 'primary',
      index: 2,
      msg: 'restarting',
      pid: process.pid,
    });
  });
});
