import { PgTransaction } from 'drizzle-orm/pg-core';
import { DEFAULT_TPP_RATES, tppRatesSchema, type TppRates } from '../../../../domain/evaluations/tpp.js';
import type { PutTppRates } from '../../../../domain/ledger/schemas.js';
import type { TppRatesView } from '../../../../domain/ledger/view.js';
import { ShortCache } from '../../../platform/cache.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Executor } from '../../../platform/db/client.js';
import { lockSetting, readSetting, writeSetting } from '../../../platform/settings.js';
import { requireExporter } from '../ledger.policy.js';

/** The settings key of the allowance table (one JSON document, as the assessment settings). */
export const TPP_KEY = 'tpp_rates';

export type TppRatesInForce = { rates: TppRates; version: number; updatedAt: Date | null };

/**
 * Read by every TPP export and changed a few times a year: outside a transaction kept 10 s per database handle and
 * dropped at once when changed here; inside a transaction always read.
 */
const cache = new ShortCache<TppRatesInForce>(10_000);

/** The table in force: the stored document (validated) or the defaults. Treat the result as read-only. */
export function tppRates(db: Executor): Promise<TppRatesInForce> {
  if (db instanceof PgTransaction) return loadTppRates(db);
  return cache.get(db, TPP_KEY, () => loadTppRates(db));
}

/** Forgets the cached table of `db` (after a change made outside `putTppRates`, e.g. by a test). */
export function forgetTppRates(db: Executor) {
  cache.clear(db);
}

async function loadTppRates(db: Executor): Promise<TppRatesInForce> {
  const row = await readSetting(db, TPP_KEY);
  if (!row) return { rates: { ...DEFAULT_TPP_RATES }, version: 0, updatedAt: null };
  const parsed = tppRatesSchema.safeParse(row.value);
  return {
    rates: parsed.success ? parsed.data : { ...DEFAULT_TPP_RATES },
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

function present(s: TppRatesInForce): TppRatesView {
  return {
    rates: s.rates,
    version: s.version,
    updatedAt: s.updatedAt ? s.updatedAt.toISOString() : null,
    defaults: { ...DEFAULT_TPP_RATES },
  };
}

/** The table with the stored version (the editor sends it back): never a cached one. hr_admin. */
export async function getTppRates(deps: Deps, ctx: RequestContext): Promise<TppRatesView> {
  requireExporter(ctx);
  return present(await loadTppRates(deps.database.db));
}

/** HR changes the table; audited with before and after; a stale version gets 409. */
export async function putTppRates(
  deps: Deps,
  ctx: RequestContext,
  input: PutTppRates,
): Promise<TppRatesView> {
  const actor = requireExporter(ctx);
  const db = deps.database.db;
  try {
    return await db.transaction(async (tx) => {
      const now = deps.clock.now();
      const row = await lockSetting(tx, TPP_KEY);
      const before = await loadTppRates(tx);
      await writeSetting(tx, ctx, {
        key: TPP_KEY,
        row,
        value: { ...input.rates },
        before: before.rates,
        expectedVersion: input.version,
        userId: actor.userId,
        now,
      });
      return present(await loadTppRates(tx));
    });
  } finally {
    forgetTppRates(db);
  }
}
