/** HTTP helpers of the benchmark: sign-in, probes, autocannon runs, timed loops and the deadline crowd. */
import autocannon, { type Result } from 'autocannon';

export interface Session {
  cookie: string;
  csrf: string;
  userId: string;
}

export async function signIn(base: string, username: string, password: string): Promise<Session> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`sign-in of ${username} failed: ${res.status} ${text}`);
  const cookies = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .filter((c) => c.startsWith('kinerja_'));
  if (!cookies.some((c) => c.startsWith('kinerja_session=')))
    throw new Error('sign-in returned no session cookie');
  const body = JSON.parse(text) as { csrfToken: string; user: { id: string } };
  return { cookie: cookies.join('; '), csrf: body.csrfToken, userId: body.user.id };
}

/** Runs `task` over `items` with at most `concurrency` at once. */
export async function pool<T, R>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, i: number) => Promise<R>,
) {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= items.length) return;
      out[i] = await task(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return out;
}

export async function probe(base: string, path: string, cookie: string) {
  const res = await fetch(`${base}${path}`, { headers: { cookie } });
  const text = await res.text();
  let matched: number | null = null;
  try {
    const body = JSON.parse(text) as { total?: unknown; items?: unknown };
    if (typeof body.total === 'number') matched = body.total;
    else if (Array.isArray(body.items)) matched = body.items.length;
  } catch {
    // not JSON
  }
  return { status: res.status, matched, body: text };
}

export interface CannonRun {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  total: number;
}

export async function cannon(
  url: string,
  cookie: string,
  connections: number,
  duration: number,
): Promise<CannonRun> {
  const r: Result = await autocannon({
    url,
    connections,
    duration,
    headers: cookie ? { cookie } : {},
    timeout: 30,
  });
  await settle(new URL(url).origin);
  return {
    // answers completed over the run (autocannon's per-second average reads 0 when no answer fits in a second)
    rps: r.requests.total / (r.duration || duration),
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    total: r.requests.total,
  };
}

/**
 * Waits until the server has worked off what a load run left queued: one health request answered in turn (the
 * next measurement must not pay for the previous one).
 */
export async function settle(base: string, timeoutMs = 120_000) {
  const until = performance.now() + timeoutMs;
  while (performance.now() < until) {
    try {
      const res = await fetch(`${base}/api/health`);
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // busy or restarting: try again
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return 0;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** GETs `path` `count` times with `concurrency` requests at once; every answer must be 200. */
export async function timedGets(base: string, paths: readonly string[], cookie: string, concurrency: number) {
  let failed = 0;
  let bytes = 0;
  const t0 = performance.now();
  await pool(paths, concurrency, async (path) => {
    const res = await fetch(`${base}${path}`, { headers: { cookie } });
    const buf = await res.arrayBuffer();
    bytes += buf.byteLength;
    if (res.status !== 200) failed++;
  });
  return { seconds: (performance.now() - t0) / 1000, failed, bytes };
}

export interface CrowdMember {
  session: Session;
  planId: string;
  indicatorIds: string[];
}

export interface CrowdResult {
  users: number;
  seconds: number;
  requests: number;
  errors: number;
  statuses: Record<string, number>;
  p50: number;
  p99: number;
  writesPerSecond: number;
  /** the mean pause of each member between two writes (0: one write right after another) */
  thinkMs: number;
}

/**
 * The deadline crowd: every member records progress against their own plan, one request after another, for
 * `seconds` (a realistic body: an indicator of theirs, this period, a value and a note).
 */
export async function crowd(
  base: string,
  members: readonly CrowdMember[],
  periodId: string,
  seconds: number,
  onTick?: (done: number) => void,
  thinkMs = 0,
): Promise<CrowdResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  const t0 = performance.now();
  const until = t0 + seconds * 1000;
  const tick = setInterval(() => onTick?.(latencies.length), 1000);
  await Promise.all(
    members.map(async (m, k) => {
      let n = k;
      // paced members start spread over one pause, not all in the same millisecond
      if (thinkMs > 0) await new Promise((r) => setTimeout(r, (thinkMs * k) / members.length));
      while (performance.now() < until) {
        const indicatorId = m.indicatorIds[n % m.indicatorIds.length]!;
        const value = 5 + ((n * 7 + k) % 40);
        n++;
        const start = performance.now();
        let status = 'error';
        try {
          const res = await fetch(`${base}/api/v1/work-plans/${m.planId}/progress`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              cookie: m.session.cookie,
              'x-csrf-token': m.session.csrf,
            },
            body: JSON.stringify({
              indicatorId,
              periodId,
              value,
              note: `Realisasi minggu ke-${1 + (n % 4)}`,
            }),
          });
          await res.arrayBuffer();
          status = String(res.status);
        } catch {
          // connection error: counted below
        }
        latencies.push(performance.now() - start);
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (!/^2/.test(status)) errors++;
        // a person between two entries: `thinkMs` on average, spread over ±50% (deterministic per member)
        if (thinkMs > 0) {
          const wait = thinkMs * (0.5 + ((n * 37 + k * 11) % 100) / 100);
          await new Promise((r) => setTimeout(r, Math.min(wait, Math.max(0, until - performance.now()))));
        }
      }
    }),
  );
  clearInterval(tick);
  const elapsed = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    users: members.length,
    seconds: elapsed,
    requests: latencies.length,
    errors,
    statuses,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    writesPerSecond: (latencies.length - errors) / elapsed,
    thinkMs,
  };
}

/** Runs `heavy` in a loop (one at a time) while `measure` runs; returns what `measure` returned and the loop count. */
export async function whileBusy<T>(heavy: () => Promise<void>, measure: () => Promise<T>) {
  let stop = false;
  let loops = 0;
  const loop = (async () => {
    while (!stop) {
      await heavy();
      loops++;
    }
  })();
  const out = await measure();
  stop = true;
  await loop;
  return { out, loops };
}
