import { eq, sql } from 'drizzle-orm';
import { unitCodeSchema } from '../../../../domain/people/schemas.js';
import { appendAuditMany, type AuditInput } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { units } from '../../../platform/db/schema.js';
import { canManageOrg } from '../org.policy.js';
import { readSheet } from './import-file.js';
import {
  CHUNK,
  failIfNeeded,
  failRow,
  finish,
  markCycles,
  msg,
  propagateFailures,
  type ImportOptions,
  type ImportReport,
  type RowReport,
} from './import-report.js';
import { lockOrgTree } from './units.js';

const UNIT_ALIASES: Record<string, string> = {
  kode: 'code',
  nama: 'name',
  kode_induk: 'parentCode',
  parentcode: 'parentCode',
  parent_code: 'parentCode',
};

/**
 * Imports units (code, name, parent code) from a CSV or XLSX file: creates new codes, renames and re-parents known
 * ones.
 */
export async function importUnits(
  deps: Deps,
  ctx: RequestContext,
  opts: ImportOptions,
): Promise<ImportReport> {
  canManageOrg(ctx);
  const locale = ctx.locale;
  const sheet = await readSheet(opts.data, UNIT_ALIASES, deps.config.importMaxRows);
  const { db } = deps.database;
  const existing = await db.select({ id: units.id, code: units.code, parentId: units.parentId }).from(units);
  const byCode = new Map(existing.map((u) => [u.code.toLowerCase(), u]));
  const codeById = new Map(existing.map((u) => [u.id, u.code.toLowerCase()]));
  const seen = new Map<string, number>();
  const report: RowReport[] = [];
  const parsed = new Map<number, { code: string; name: string; parentCode: string | null }>();
  const dependsOn = new Map<number, string | null>();

  for (const r of sheet) {
    const code = (r.cells.code ?? '').trim();
    const name = (r.cells.name ?? '').trim();
    const parentCode = (r.cells.parentCode ?? '').trim() || null;
    const errors: RowReport['errors'] = [];
    if (!code) errors.push({ field: 'kode', message: msg(locale, 'required') });
    else if (!unitCodeSchema.safeParse(code).success)
      errors.push({ field: 'kode', message: msg(locale, 'invalidValue', { value: code }) });
    if (name.length < 2) errors.push({ field: 'nama', message: msg(locale, 'required') });
    const lc = code.toLowerCase();
    if (code && seen.has(lc))
      errors.push({ field: 'kode', message: msg(locale, 'duplicateInFile', { row: seen.get(lc)! }) });
    seen.set(lc, r.row);
    report.push({
      row: r.row,
      key: code,
      status: errors.length ? 'error' : 'ok',
      errors,
      action: byCode.has(lc) ? 'update' : 'create',
    });
    parsed.set(r.row, { code, name, parentCode });
    dependsOn.set(r.row, parentCode);
  }
  const fileCodes = new Set([...parsed.values()].map((p) => p.code.toLowerCase()));
  for (const rep of report) {
    const p = parsed.get(rep.row)!;
    if (
      p.parentCode &&
      !fileCodes.has(p.parentCode.toLowerCase()) &&
      !byCode.has(p.parentCode.toLowerCase())
    ) {
      failRow(rep, 'kode_induk', msg(locale, 'unknownParent'));
    }
  }
  // Cycles in the resulting tree.
  const parentOf = new Map<string, string | null>();
  for (const u of existing)
    parentOf.set(u.code.toLowerCase(), u.parentId ? (codeById.get(u.parentId) ?? null) : null);
  for (const p of parsed.values())
    if (p.code) parentOf.set(p.code.toLowerCase(), p.parentCode?.toLowerCase() ?? null);
  markCycles(report, parentOf, 'kode_induk', locale, (key) => key.toLowerCase());
  propagateFailures(report, dependsOn, locale);
  const early = failIfNeeded(report, opts);
  if (early) return early;

  const ok = report.filter((r) => r.status === 'ok');
  const now = deps.clock.now();
  await db.transaction(async (tx) => {
    await lockOrgTree(tx);
    const audits: AuditInput[] = [];
    // Pass 1: upsert codes and names; pass 2: parents (which may refer to rows of this file).
    for (let i = 0; i < ok.length; i += CHUNK) {
      const chunk = ok.slice(i, i + CHUNK).map((r) => parsed.get(r.row)!);
      const fresh = chunk.filter((p) => !byCode.has(p.code.toLowerCase()));
      for (const p of chunk.filter((x) => byCode.has(x.code.toLowerCase()))) {
        await tx
          .update(units)
          .set({ name: p.name, updatedAt: now, version: sql`${units.version} + 1` })
          .where(eq(units.id, byCode.get(p.code.toLowerCase())!.id));
      }
      if (fresh.length) {
        const rows = await tx
          .insert(units)
          .values(fresh.map((p) => ({ code: p.code, name: p.name, createdAt: now, updatedAt: now })))
          .returning({ id: units.id, code: units.code });
        for (const row of rows)
          byCode.set(row.code.toLowerCase(), { id: row.id, code: row.code, parentId: null });
      }
      opts.onProgress?.(Math.min(i + CHUNK, ok.length), ok.length * 2);
    }
    let done = 0;
    for (const r of ok) {
      const p = parsed.get(r.row)!;
      const id = byCode.get(p.code.toLowerCase())!.id;
      const parentId = p.parentCode ? byCode.get(p.parentCode.toLowerCase())!.id : null;
      await tx.update(units).set({ parentId }).where(eq(units.id, id));
      audits.push({
        action: r.action === 'update' ? 'unit.import.update' : 'unit.import.create',
        entityType: 'unit',
        entityId: id,
        after: { code: p.code, name: p.name, parentId },
      });
      if (++done % CHUNK === 0) opts.onProgress?.(ok.length + done, ok.length * 2);
    }
    await appendAuditMany(tx, ctx, audits, now);
    opts.onProgress?.(ok.length * 2, ok.length * 2);
  });
  return finish(report, true);
}

export const UNIT_TEMPLATE =
  'kode,nama,kode_induk\nDINKES,Dinas Kesehatan,KMN\nPKM-01,Puskesmas Kemuning,DINKES\n';
