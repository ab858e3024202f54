import { lstat, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { inArray } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { developmentPlanItems, evidence } from '../db/schema.js';

/** Files younger than this are left alone: an upload may still be on its way to its row. */
export const ORPHAN_MIN_AGE_MS = 60 * 60_000;

export interface CleanupResult {
  /** staging files (`<dataDir>/tmp/`) removed */
  staging: string[];
  /** evidence files (storage keys, or `.part` leftovers) without a row removed */
  evidence: string[];
}

const STORED = /^[a-z0-9]{2}\/[a-z0-9]{2}\/[a-z0-9-]{16,64}$/;

async function oldFiles(dir: string, cutoff: number, depth: number, prefix = ''): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const found: string[] = [];
  for (const entry of entries) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (depth > 0) found.push(...(await oldFiles(join(dir, entry.name), cutoff, depth - 1, rel)));
      continue;
    }
    if (!entry.isFile()) continue;
    const stat = await lstat(join(dir, entry.name));
    if (stat.mtimeMs < cutoff) found.push(rel);
  }
  return found;
}

/**
 * Clean-up after crashes, run on start: removes staging files left in `<dataDir>/tmp/` and files in the evidence
 * store (`<dataDir>/evidence/`) that no evidence row (or development plan item's certificate) refers to, both only when older than an hour, and logs what
 * it removed. Files with a row are never touched, whatever their age.
 */
export async function removeOrphanFiles(
  database: Database,
  dataDir: string,
  log: { info(obj: object, msg: string): void },
  now: number = Date.now(),
): Promise<CleanupResult> {
  const cutoff = now - ORPHAN_MIN_AGE_MS;
  const result: CleanupResult = { staging: [], evidence: [] };

  const tmp = join(dataDir, 'tmp');
  for (const name of await oldFiles(tmp, cutoff, 0)) {
    await rm(join(tmp, name), { force: true });
    result.staging.push(name);
  }

  const root = join(dataDir, 'evidence');
  const candidates = await oldFiles(root, cutoff, 2);
  const stored = candidates.filter((k) => STORED.test(k));
  const known = new Set<string>();
  for (let i = 0; i < stored.length; i += 500) {
    const batch = stored.slice(i, i + 500);
    const rows = await database.db
      .select({ key: evidence.storageKey })
      .from(evidence)
      .where(inArray(evidence.storageKey, batch));
    for (const r of rows) if (r.key) known.add(r.key);
    // certificates of completed development plan items live in the same store (issue 14)
    const certificates = await database.db
      .select({ key: developmentPlanItems.certificateStorageKey })
      .from(developmentPlanItems)
      .where(inArray(developmentPlanItems.certificateStorageKey, batch));
    for (const r of certificates) if (r.key) known.add(r.key);
  }
  for (const key of candidates) {
    // Stored keys with a row stay; anything else in the store (a `.part` of a crashed write) goes.
    if (known.has(key)) continue;
    await rm(join(root, key), { force: true });
    result.evidence.push(key);
  }

  if (result.staging.length || result.evidence.length) {
    log.info(
      {
        stagingRemoved: result.staging.length,
        evidenceRemoved: result.evidence.length,
        staging: result.staging,
        evidence: result.evidence,
      },
      'removed files left behind by a crash (no database row, older than an hour)',
    );
  }
  return result;
}
