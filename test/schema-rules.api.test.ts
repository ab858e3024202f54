import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from './helpers.js';

/**
 * Rules about the schema itself, checked on the migrated database (both drivers).
 */
describe('schema rules', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database.dispose();
  });

  it('when a trigram index exists, then it is on an expression, never on a bare column (the planner would take it for equality)', async () => {
    // pg_trgm's operator class serves `=` too: a GIN trigram index on employees.nip made every `nip = …` and
    // `nip IN (…)` lookup scan trigrams (~10 ms per value; the 10,000-row import took 92 s instead of 4 s).
    const rows = await database.query<{ index: string; table: string; bare: boolean }>(`
      SELECT i.relname AS index, t.relname AS table, bool_or(k.attnum <> 0) AS bare
      FROM pg_index x
      JOIN pg_class i ON i.oid = x.indexrelid
      JOIN pg_class t ON t.oid = x.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
      CROSS JOIN LATERAL unnest(x.indkey::int2[], x.indclass::oid[]) AS k(attnum, opclass)
      JOIN pg_opclass oc ON oc.oid = k.opclass
      WHERE n.nspname = 'public' AND oc.opcname = 'gin_trgm_ops'
      GROUP BY i.relname, t.relname`);
    expect(rows.map((r) => r.index).sort()).toEqual(
      expect.arrayContaining(['employees_name_trgm_idx', 'employees_nip_trgm_idx']),
    );
    expect(rows.filter((r) => r.bare).map((r) => `${r.table}.${r.index}`)).toEqual([]);
  });
});
