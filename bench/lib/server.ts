/**
 * The server under test, as deployed: `node --import tsx src/server/main.ts` in its own process (with its cluster
 * workers and database worker, if configured), its cold start and its memory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** The process and its descendants (cluster workers), from /proc. */
function processTree(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    const p = out[i]!;
    let tasks: string[] = [];
    try {
      tasks = readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    } catch {
      // gone, or no /proc
    }
    for (const c of tasks) out.push(Number(c));
  }
  return out;
}

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** The resident memory of the server and its workers, in MB (0 where /proc is missing). */
export function serverRssMb(pid: number): { total: number; processes: number } {
  const pids = processTree(pid);
  return { total: pids.reduce((n, p) => n + rssKb(p), 0) / 1024, processes: pids.length };
}

export interface RunningServer {
  base: string;
  child: ChildProcess;
  coldStartSeconds: number;
  /** peak RSS (MB) seen by the sampler so far */
  peakRssMb: () => number;
  rssNowMb: () => number;
  processes: () => number;
  stop: () => Promise<void>;
  /** the server's last lines of output (for errors) */
  tail: () => string;
}

export async function startServer(
  env: Record<string, string>,
  log: (line: string) => void,
): Promise<RunningServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const childEnv: Record<string, string | undefined> = { ...process.env };
  delete childEnv.DATABASE_URL;
  delete childEnv.KINERJA_DATA_DIR;
  // e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server alone
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/server/main.ts', '--no-web'], {
    cwd: ROOT,
    env: {
      ...childEnv,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      KINERJA_DEMO: 'false',
      LOG_LEVEL: 'warn',
      KINERJA_SCHEDULER_INTERVAL_SECONDS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const l of chunk.toString().split('\n')) if (l.trim()) lines.push(l);
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const state: { exited: number | null } = { exited: null };
  child.on('exit', (code) => (state.exited = code ?? -1));

  // Cold start: spawn → the first 200 from /api/health.
  for (;;) {
    if (state.exited !== null)
      throw new Error(`the server exited (${state.exited}) before it answered:\n${lines.join('\n')}`);
    if (performance.now() - started > 180_000)
      throw new Error(`the server did not start in 180 s:\n${lines.join('\n')}`);
    try {
      const res = await fetch(`${base}/api/health`);
      await res.arrayBuffer();
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const coldStartSeconds = (performance.now() - started) / 1000;
  log(`Server up on ${base} in ${coldStartSeconds.toFixed(1)} s (pid ${child.pid})`);

  let peak = 0;
  let procs = 1;
  const sample = () => {
    const r = serverRssMb(child.pid!);
    procs = r.processes;
    if (r.total > peak) peak = r.total;
  };
  sample();
  const timer = setInterval(sample, 250);
  timer.unref();
  return {
    base,
    child,
    coldStartSeconds,
    peakRssMb: () => peak,
    rssNowMb: () => serverRssMb(child.pid!).total,
    processes: () => procs,
    tail: () => lines.slice(-30).join('\n'),
    stop: async () => {
      clearInterval(timer);
      if (state.exited !== null) return;
      const done = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await done;
      clearTimeout(t);
    },
  };
}
