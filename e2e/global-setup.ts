import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build } from 'vite';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });

/**
 * Builds the web app (unless KINERJA_E2E_PREBUILT=1 and dist/web exists: CI built it for the size check), starts
 * the real server on a fresh demo database and waits until it is healthy.
 */
export default async function setup(project: TestProject) {
  if (process.env.KINERJA_E2E_PREBUILT !== '1' || !existsSync('dist/web/index.html')) {
    await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'kinerja-e2e-'));
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    KINERJA_DATA_DIR: dataDir,
    KINERJA_DEMO: 'true',
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  const server: ChildProcess = spawn('node', ['--import', 'tsx', 'src/server/main.ts'], {
    env,
    stdio: 'inherit',
  });
  let exited = false;
  server.on('exit', () => (exited = true));
  const deadline = Date.now() + 150_000;
  for (;;) {
    if (exited) throw new Error('the server exited during start-up');
    try {
      const res = await fetch(`${baseURL}/api/health`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error('the server did not become healthy in time');
    await new Promise((r) => setTimeout(r, 500));
  }
  project.provide('baseURL', baseURL);
  return async () => {
    server.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    rmSync(dataDir, { recursive: true, force: true });
  };
}
