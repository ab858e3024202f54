/**
 * A small in-process cache for reads that many requests repeat (settings, organisation-wide aggregates). Entries live
 * `ttlMs` (real time, not the app clock: this is about load, not about business dates) and are keyed by the database
 * handle they were read from, so two apps in one process (tests) never share an entry. Safe across several server
 * processes because the TTL is short: another process's change shows here within `ttlMs` at the latest; a change made
 * in this process calls `clear` and shows at once.
 *
 * The promise is cached, not the value: concurrent requests for a missing entry share one load, and a failed load is
 * forgotten so the next request tries again.
 */
export class ShortCache<V> {
  private readonly entries = new WeakMap<object, Map<string, { until: number; value: Promise<V> }>>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxKeys = 100,
  ) {}

  get(owner: object, key: string, load: () => Promise<V>): Promise<V> {
    let byKey = this.entries.get(owner);
    if (!byKey) {
      byKey = new Map<string, { until: number; value: Promise<V> }>();
      this.entries.set(owner, byKey);
    }
    const now = Date.now();
    const hit = byKey.get(key);
    if (hit && hit.until > now) return hit.value;
    if (byKey.size >= this.maxKeys) byKey.clear();
    const value = load();
    const entry = { until: now + this.ttlMs, value };
    byKey.set(key, entry);
    value.catch(() => {
      if (byKey.get(key) === entry) byKey.delete(key);
    });
    return value;
  }

  /** The entry for `key` when one is held and fresh, without loading it. */
  peek(owner: object, key: string): Promise<V> | undefined {
    const hit = this.entries.get(owner)?.get(key);
    return hit && hit.until > Date.now() ? hit.value : undefined;
  }

  /** Forgets every entry read from `owner` (after a change to what they hold). */
  clear(owner: object) {
    this.entries.delete(owner);
  }
}
