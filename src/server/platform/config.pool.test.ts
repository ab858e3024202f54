import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig: KINERJA_DB_POOL_SIZE (issue 13 §2)', () => {
  it('when unset, then the PostgreSQL pool has 10 connections; when set, the number given', () => {
    expect(loadConfig({}).dbPoolSize).toBe(10);
    expect(loadConfig({ KINERJA_DB_POOL_SIZE: '1' }).dbPoolSize).toBe(1);
    expect(loadConfig({ KINERJA_DB_POOL_SIZE: '40' }).dbPoolSize).toBe(40);
    expect(loadConfig({ KINERJA_DB_POOL_SIZE: '100' }).dbPoolSize).toBe(100);
  });

  it('when it is not a whole number from 1 to 100, then the start fails naming the key', () => {
    for (const bad of ['0', '101', '2.5', 'ten', '-3']) {
      expect(() => loadConfig({ KINERJA_DB_POOL_SIZE: bad }), bad).toThrow(ConfigError);
      expect(() => loadConfig({ KINERJA_DB_POOL_SIZE: bad }), bad).toThrow(/KINERJA_DB_POOL_SIZE/);
    }
  });
});
