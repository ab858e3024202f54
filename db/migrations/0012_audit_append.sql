-- Custom SQL migration file, put your code below! --
--> statement-breakpoint
-- hand-written: appends a transaction's audit entries to the chain in one statement, at the transaction's end
-- (src/server/platform/audit.ts, openAuditBuffer and flushAudit). `entries` is a JSON array of entries in order, each with its
-- fields and `head`/`tail`, the canonical payload of entryHash split around the previous hash. The advisory lock is
-- held until the transaction ends, so the next writer reads this chain's end only after it is committed. In READ
-- COMMITTED each statement of this (volatile) function takes a new snapshot: the read after the lock sees the
-- chain's end as the previous holder committed it.
CREATE OR REPLACE FUNCTION kinerja_audit_append(entries jsonb) RETURNS void AS $$
DECLARE
  prev text;
  e jsonb;
  prevs text[] := '{}';
  hashes text[] := '{}';
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('kinerja:audit'));
  SELECT "hash" INTO prev FROM "audit_log" ORDER BY "seq" DESC LIMIT 1;
  prev := coalesce(prev, repeat('0', 64));
  FOR e IN SELECT x.value FROM jsonb_array_elements(entries) WITH ORDINALITY AS x(value, n) ORDER BY x.n LOOP
    prevs := prevs || prev;
    prev := encode(sha256(convert_to((e->>'head') || prev || (e->>'tail'), 'UTF8')), 'hex');
    hashes := hashes || prev;
  END LOOP;
  INSERT INTO "audit_log" ("id", "at", "actor_user_id", "actor_label", "action", "entity_type", "entity_id",
    "before", "after", "request_id", "prev_hash", "hash")
  SELECT (x.value->>'id')::uuid, (x.value->>'at')::timestamptz, (x.value->>'actor_user_id')::uuid,
    x.value->>'actor_label', x.value->>'action', x.value->>'entity_type', x.value->>'entity_id',
    nullif(x.value->'before', 'null'::jsonb), nullif(x.value->'after', 'null'::jsonb), x.value->>'request_id',
    prevs[x.n], hashes[x.n]
  FROM jsonb_array_elements(entries) WITH ORDINALITY AS x(value, n)
  ORDER BY x.n;
END;
$$ LANGUAGE plpgsql;
