import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { bootstrap, BootstrapError } from './bootstrap.js';
import { ConfigError, isLoopback, loadConfig } from './platform/config.js';
import { openDatabase } from './platform/db/client.js';
import { systemClock } from './platform/clock.js';
import { Scheduler } from './platform/jobs/index.js';
import { createMailer } from './platform/mail/index.js';
import { removeOrphanFiles } from './platform/files/index.js';
import { runDueJobs } from './modules/notifications/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const webDir = join(root, 'dist/web');

async function buildWebIfMissing() {
  if (existsSync(join(webDir, 'index.html'))) return;
  console.log('Building the web app (first start only)…');
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}

async function main() {
  let config;
  try {
    config = loadConfig(undefined, { demoDefault: process.argv.includes('--demo-default') });
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const serveWeb = !process.argv.includes('--no-web');
  if (serveWeb) await buildWebIfMissing();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.dbPoolSize,
  });
  await database.migrate();
  const app = await buildApp({
    database,
    config,
    logger: { level: config.logLevel },
    webDir: serveWeb ? webDir : undefined,
  });
  try {
    await bootstrap(database, config, app.log);
  } catch (err) {
    if (err instanceof BootstrapError) {
      app.log.fatal(err.message);
      process.exit(2);
    }
    throw err;
  }
  // Staging files and stored evidence without a row, left by a crash (older than an hour): in the background, so a
  // large evidence store does not delay the start.
  void removeOrphanFiles(database, config.dataDir, app.log).catch((err: unknown) =>
    app.log.warn({ err }, 'could not remove the files left behind by a crash'),
  );

  // Outbox, reminders and overdue actions, in this process (safe with several processes on one PostgreSQL).
  const mailer = createMailer(config, app.log);
  const scheduler = new Scheduler({
    intervalMs: config.schedulerIntervalMs,
    clock: systemClock,
    log: app.log,
    run: (now) => runDueJobs({ database, config, clock: systemClock, mailer, log: app.log }, now),
  });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    try {
      await scheduler.stop();
      mailer.close?.();
      await app.close();
      await database.close();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  scheduler.start();
  if (config.demo && !isLoopback(config.host))
    app.log.warn(
      `Demo data is on (KINERJA_DEMO=true) on ${config.host}: the demo accounts share a published password`,
    );
  app.log.info(
    `Kinerja is ready on http://${config.host}:${config.port} (${database.kind}${config.demo ? ', demo' : ''})`,
  );
  app.log.info(
    scheduler.enabled
      ? `Scheduler every ${config.schedulerIntervalMs / 1000} s; e-mail via ${mailer.kind === 'smtp' ? 'SMTP' : 'the log (no KINERJA_SMTP_URL)'}`
      : 'Scheduler disabled (KINERJA_SCHEDULER_INTERVAL_SECONDS=0)',
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
