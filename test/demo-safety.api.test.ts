import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, isLoopback, loadConfig } from '../src/server/platform/config.js';
import { createTestApp, type TestApp } from './helpers.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Demo safety (issue 11, point 11): the demo accounts share a published password, so `npm start` (demo data on by
 * default) refuses to listen on an address other machines reach unless KINERJA_DEMO was set explicitly, and the
 * password is published (GET /meta, shown by the sign-in page) only in demo mode.
 */
describe('demo safety', () => {
  describe('starting', () => {
    it('when `npm start` (demo by default) is asked to listen on 0.0.0.0 without KINERJA_DEMO, then it refuses with a clear message', () => {
      const env: Record<string, string> = {};
      for (const [k, v] of Object.entries(process.env))
        if (v !== undefined && !k.startsWith('KINERJA_') && k !== 'DATABASE_URL') env[k] = v;
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'src/server/main.ts', '--demo-default', '--no-web'],
        {
          cwd: root,
          env: { ...env, HOST: '0.0.0.0', PORT: '0', KINERJA_DATA_DIR: '/nonexistent/kinerja' },
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr).toContain('KINERJA_DEMO');
      expect(run.stderr).toContain('HOST=0.0.0.0');
      expect(run.stderr).toContain('KINERJA_DEMO=false');
    });

    it('when the address is not a loopback one, then the demo default is refused; explicit KINERJA_DEMO either way is accepted', () => {
      for (const HOST of ['0.0.0.0', '::', '10.1.2.3', 'kinerja.example.go.id']) {
        expect(() => loadConfig({ HOST }, { demoDefault: true }), HOST).toThrow(ConfigError);
        expect(loadConfig({ HOST, KINERJA_DEMO: 'true' }, { demoDefault: true }).demo).toBe(true);
        expect(loadConfig({ HOST, KINERJA_DEMO: 'false' }, { demoDefault: true }).demo).toBe(false);
        // without the demo default (the CLI, tests) nothing changes
        expect(loadConfig({ HOST }).demo).toBe(false);
      }
      for (const HOST of ['127.0.0.1', '127.0.1.1', 'localhost', '::1', '[::1]', '::ffff:127.0.0.1']) {
        expect(isLoopback(HOST), HOST).toBe(true);
        expect(loadConfig({ HOST }, { demoDefault: true }).demo).toBe(true);
      }
      expect(loadConfig({}, { demoDefault: true }).demo).toBe(true);
    });
  });

  describe('the published demo password', () => {
    let t: TestApp | undefined;
    afterEach(async () => {
      await t?.close();
      t = undefined;
    });

    it('when demo mode is off, then /meta publishes no password and no accounts', async () => {
      t = await createTestApp({ KINERJA_DEMO: 'false' });
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/meta' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ demo: false, demoPassword: null, demoAccounts: [] });
      expect(res.body).not.toContain('kemuning2026');
    });

    it('when demo mode is on, then /meta publishes the password and the accounts for the sign-in page', async () => {
      t = await createTestApp({ KINERJA_DEMO: 'true' });
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/meta' });
      expect(res.statusCode).toBe(200);
      const body = res.json<{ demo: boolean; demoPassword: string; demoAccounts: unknown[] }>();
      expect(body.demo).toBe(true);
      expect(body.demoPassword).toBe('kemuning2026');
      expect(body.demoAccounts.length).toBeGreaterThan(0);
    });
  });
});
