import cluster from 'node:cluster';
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { bootstrap, BootstrapError } from './bootstrap.js';
import { EXIT_FATAL, primaryLogger, supervise } from './platform/cluster.js';
import { clusterWorkerIndex, ConfigError, isLoopback, loadConfig, type Config } from './platform/config.js';
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
      process.exit(EXIT_FATAL);
    }
    throw err;
  }
  const serveWeb = !process.argv.includes('--no-web');
  if (cluster.isPrimary && config.workers > 1) await primary(config, serveWeb);
  else await serve(config, serveWeb, cluster.isWorker ? clusterWorkerIndex() : undefined);
}

/**
 * KINERJA_WORKERS > 1 (PostgreSQL only, checked by loadConfig): this process builds the web app if missing, migrates
 * and seeds once, then forks the HTTP server processes and supervises them (platform/cluster.ts). It serves nothing.
 */
async function primary(config: Config, serveWeb: boolean) {
  const log = primaryLogger(config.logLevel);
  if (serveWeb) await buildWebIfMissing();
  // only for the migration and the seed (a lock connection and one for queries), closed before forking
  const database = await openDatabase({ databaseUrl: config.databaseUrl, poolSize: 2 });
  try {
    await database.migrate();
    await bootstrap(database, config, log);
  } catch (err) {
    if (err instanceof BootstrapError) {
      log.fatal(err.message);
      process.exit(EXIT_FATAL);
    }
    throw err;
  } finally {
    await database.close();
  }
  log.info({ workers: config.workers }, `starting ${config.workers} server processes on port ${config.port}`);
  supervise({ workers: config.workers, log });
}

/**
 * One HTTP server process: alone (`workerIndex` undefined: it also migrates and seeds), or worker `workerIndex` of
 * the cluster (the primary has migrated and seeded; only worker 1 runs the scheduler and the orphan-file sweep).
 */
async function serve(config: Config, serveWeb: boolean, workerIndex: number | undefined) {
  const standalone = workerIndex === undefined;
  if (serveWeb && standalone) await buildWebIfMissing();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.dbPoolSize,
  });
  if (standalone) await database.migrate();
  const app = await buildApp({
    database,
    config,
    // in a cluster every line names its worker (pino's default base is pid and hostname)
    logger: standalone
      ? { level: config.logLevel }
      : { level: config.logLevel, base: { pid: process.pid, hostname: hostname(), worker: workerIndex } },
    webDir: serveWeb ? webDir : undefined,
  });
  if (!standalone) {
    // which process answered (an index 1…n, not a pid): for operators and the cluster test
    const header = String(workerIndex);
    app.addHook('onSend', async (_request, reply) => {
      reply.header('x-kinerja-worker', header);
    });
  }
  if (standalone) {
    try {
      await bootstrap(database, config, app.log);
    } catch (err) {
      if (err instanceof BootstrapError) {
        app.log.fatal(err.message);
        process.exit(EXIT_FATAL);
      }
      throw err;
    }
  }
  const housekeeping = standalone || workerIndex === 1;
  // Staging files and stored evidence without a row, left by a crash (older than an hour): in the background, so a
  // large evidence store does not delay the start.
  if (housekeeping)
    void removeOrphanFiles(database, config.dataDir, app.log).catch((err: unknown) =>
      app.log.warn({ err }, 'could not remove the files left behind by a crash'),
    );

  // Outbox, reminders and overdue actions, in this process (safe with several processes on one PostgreSQL; in a
  // cluster only worker 1 runs them, so that the others do not poll for nothing).
  const mailer = createMailer(config, app.log);
  const scheduler = new Scheduler({
    intervalMs: housekeeping ? config.schedulerIntervalMs : 0,
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
  // the primary is gone (killed): no new connections will come, so drain and stop
  if (!standalone) process.on('disconnect', () => void shutdown('disconnect'));

  await app.listen({ port: config.port, host: config.host });
  scheduler.start();
  if (housekeeping) {
    if (config.demo && !isLoopback(config.host))
      app.log.warn(
        `Demo data is on (KINERJA_DEMO=true) on ${config.host}: the demo accounts share a published password`,
      );
    app.log.info(
      `Kinerja is ready on http://${config.host}:${config.port} (${database.kind}${config.demo ? ', demo' : ''}` +
        `${standalone ? '' : `, ${config.workers} processes`})`,
    );
    app.log.info(
      scheduler.enabled
        ? `Scheduler every ${config.schedulerIntervalMs / 1000} s; e-mail via ${mailer.kind === 'smtp' ? 'SMTP' : 'the log (no KINERJA_SMTP_URL)'}`
        : 'Scheduler disabled (KINERJA_SCHEDULER_INTERVAL_SECONDS=0)',
    );
  } else app.log.info(`server process ${workerIndex} is ready`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
