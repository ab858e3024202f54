import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
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

const SEAL_VERSION = 'v1';

/** An AES-256 key for one purpose, derived (HKDF-SHA256) from the server secret. */
async function sealKey(deps: Deps, purpose: string): Promise<Buffer> {
  return Buffer.from(hkdfSync('sha256', await serverSecret(deps), 'kinerja', `seal/${purpose}`, 32));
}

/**
 * Encrypts a small secret for storage (AES-256-GCM, a fresh 96-bit IV, `context` bound as associated data, e.g.
 * the owning row's id): `v1.<iv>.<ciphertext>.<tag>`, base64url. Changing the server secret makes it unreadable.
 */
export async function seal(deps: Deps, purpose: string, plaintext: string, context: string): Promise<string> {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', await sealKey(deps, purpose), iv);
  cipher.setAAD(Buffer.from(context));
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [SEAL_VERSION, iv, data, cipher.getAuthTag()]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

/** Decrypts what `seal` made with the same purpose and context; null when it was tampered with or the key changed. */
export async function unseal(
  deps: Deps,
  purpose: string,
  sealed: string,
  context: string,
): Promise<string | null> {
  const [version, iv, data, tag, ...rest] = sealed.split('.');
  if (version !== SEAL_VERSION || !iv || !data || !tag || rest.length) return null;
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      await sealKey(deps, purpose),
      Buffer.from(iv, 'base64url'),
    );
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    return null;
  }
}
