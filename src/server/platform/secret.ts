import { createHmac, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Deps } from './deps.js';
import type { Database } from './db/client.js';
import { settings } from './db/schema.js';

/** The settings row holding the generated secret; read by key only, never listed or audited. */
const SECRET_KEY = 'server.secret';

const cache = new WeakMap<Database, Promise<Buffer>>();

async function loadOrCreate(database: Database): Promise<Buffer> {
  const { db } = database;
  // Several processes may start at once: the first insert wins, everyone reads the row back.
  await db
    .insert(settings)
    .values({ key: SECRET_KEY, value: { secret: randomBytes(32).toString('base64url') } })
    .onConflictDoNothing();
  const [row] = await db.select().from(settings).where(eq(settings.key, SECRET_KEY)).limit(1);
  const secret = row?.value.secret;
  if (typeof secret !== 'string' || secret.length < 32) throw new Error('server secret missing');
  return Buffer.from(secret);
}

/**
 * The server's signing secret: `KINERJA_SECRET` when set, otherwise a random one made once and kept in the
 * database, so every server process signs alike and a restart keeps the signatures valid.
 */
export function serverSecret(deps: Deps): Promise<Buffer> {
  if (deps.config.secret) return Promise.resolve(Buffer.from(deps.config.secret));
  let p = cache.get(deps.database);
  if (!p) {
    p = loadOrCreate(deps.database);
    p.catch(() => cache.delete(deps.database));
    cache.set(deps.database, p);
  }
  return p;
}

/** HMAC-SHA256 of `purpose` and `value` with the server secret, base64url. */
export async function sign(deps: Deps, purpose: string, value: string): Promise<string> {
  return createHmac('sha256', await serverSecret(deps))
    .update(`${purpose}\n${value}`)
    .digest('base64url');
}
