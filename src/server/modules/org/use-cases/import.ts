import { eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { normaliseNip, parseNip } from '../../../../domain/people/nip.js';
import { employeeRuleIssues, unitCodeSchema } from '../../../../domain/people/schemas.js';
import { ASN_TYPES, FUNCTIONAL_LEVELS, POSITION_TYPES } from '../../../../domain/people/ranks.js';
import type { ImportReport, ImportRowReport } from '../../../../domain/people/view.js';
import { appendAuditMany, type AuditInput } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Executor } from '../../../platform/db/client.js';
import { employees, units } from '../../../platform/db/schema.js';
import { AppError } from '../../../platform/errors.js';
import { isMessageKey, t, type Locale } from '../../../platform/i18n.js';
import { canManageOrg } from '../org.policy.js';
import { rowsOf } from '../../../platform/db/rows.js';
import { readSheet, type SheetRow } from './import-file.js';
import { lockOrgTree } from './units.js';

export interface ImportOptions {
  data: Buffer;
  filename: string;
  /** import the valid rows and skip the failing ones; otherwise nothing is imported if any row fails */
  validOnly: boolean;
  /** only check and report */
  dryRun: boolean;
  onProgress?: (done: number, total: number) => void;
}

export type { ImportReport };

const CHUNK = 500;

const texts = {
  id: {
    required: 'Wajib diisi.',
    unknownUnit: 'Kode unit tidak ditemukan.',
    unknownParent: 'Kode unit induk tidak ditemukan.',
    unknownSupervisor: 'NIP atasan tidak ditemukan di data maupun di berkas.',
    duplicateInFile: 'Duplikat di dalam berkas (baris {row}).',
    circular: 'Membentuk rantai melingkar.',
    numericNip: 'NIP tersimpan sebagai angka di spreadsheet dan kehilangan digit; format kolom sebagai teks.',
    dependsOnFailed: 'Bergantung pada baris yang gagal.',
    invalidValue: 'Nilai tidak valid: {value}.',
  },
  en: {
    required: 'Required.',
    unknownUnit: 'Unknown unit code.',
    unknownParent: 'Unknown parent unit code.',
    unknownSupervisor: 'Supervisor NIP found neither in the data nor in the file.',
    duplicateInFile: 'Duplicate within the file (row {row}).',
    circular: 'Forms a circular chain.',
    numericNip:
      'The NIP was stored as a number in the spreadsheet and lost digits; format the column as text.',
    dependsOnFailed: 'Depends on a failing row.',
    invalidValue: 'Invalid value: {value}.',
  },
} as const;

type TextKey = keyof (typeof texts)['id'];
const msg = (locale: Locale, k: TextKey, vars: Record<string, string | number> = {}) =>
  texts[locale][k].replace(/\{(\w+)\}/g, (_, v: string) => String(vars[v] ?? ''));

const EMPLOYEE_ALIASES: Record<string, string> = {
  nama: 'name',
  jenis_asn: 'asnType',
  asntype: 'asnType',
  asn_type: 'asnType',
  golongan: 'rank',
  pangkat: 'rank',
  jabatan: 'positionTitle',
  positiontitle: 'positionTitle',
  position_title: 'positionTitle',
  jenis_jabatan: 'positionType',
  positiontype: 'positionType',
  position_type: 'positionType',
  jenjang: 'functionalLevel',
  functionallevel: 'functionalLevel',
  functional_level: 'functionalLevel',
  kode_unit: 'unitCode',
  unitcode: 'unitCode',
  unit_code: 'unitCode',
  nip_atasan: 'supervisorNip',
  supervisornip: 'supervisorNip',
  supervisor_nip: 'supervisorNip',
};

const UNIT_ALIASES: Record<string, string> = {
  kode: 'code',
  nama: 'name',
  kode_induk: 'parentCode',
  parentcode: 'parentCode',
  parent_code: 'parentCode',
};

function finish(rows: ImportRowReport[], committed: boolean): ImportReport {
  const failed = rows.filter((r) => r.status === 'error').length;
  return { total: rows.length, failed, imported: committed ? rows.length - failed : 0, committed, rows };
}

function failIfNeeded(report: ImportRowReport[], opts: ImportOptions, locale: Locale): ImportReport | null {
  const failed = report.filter((r) => r.status === 'error').length;
  if (opts.dryRun) return finish(report, false);
  if (failed > 0 && !opts.validOnly) {
    const result = finish(report, false);
    throw new AppError('VALIDATION_FAILED', 'import.rowsFailed', result, { count: failed });
  }
  if (failed === report.length) return finish(report, false);
  void locale;
  return null;
}

/** Marks rows that point (by key) at a failing row as failing too, until nothing changes. */
function propagateFailures(report: ImportRowReport[], dependsOn: Map<number, string | null>, locale: Locale) {
  const byKey = new Map(report.map((r) => [r.key.toLowerCase(), r]));
  let changed = true;
  while (changed) {
    changed = false;
    for (const r of report) {
      if (r.status === 'error') continue;
      const dep = dependsOn.get(r.row);
      const target = dep ? byKey.get(dep.toLowerCase()) : undefined;
      if (target && target.status === 'error') {
        r.status = 'error';
        r.errors.push({ field: '-', message: msg(locale, 'dependsOnFailed') });
        changed = true;
      }
    }
  }
}

/** Finds keys on a cycle in a child → parent map. */
function cycleMembers(parentOf: Map<string, string | null>): Set<string> {
  const onCycle = new Set<string>();
  const state = new Map<string, 1 | 2>();
  for (const start of parentOf.keys()) {
    const path: string[] = [];
    let cur: string | null | undefined = start;
    while (cur && !state.has(cur)) {
      state.set(cur, 1);
      path.push(cur);
      cur = parentOf.get(cur) ?? null;
    }
    if (cur && state.get(cur) === 1) {
      const idx = path.indexOf(cur);
      for (const k of path.slice(idx)) onCycle.add(k);
    }
    for (const k of path) state.set(k, 2);
  }
  return onCycle;
}

// ───────────────────────────── units ─────────────────────────────

export async function importUnits(
  deps: Deps,
  ctx: RequestContext,
  opts: ImportOptions,
): Promise<ImportReport> {
  canManageOrg(ctx);
  const locale = ctx.locale;
  const sheet = await readSheet(opts.data, UNIT_ALIASES);
  const { db } = deps.database;
  const existing = await db.select({ id: units.id, code: units.code, parentId: units.parentId }).from(units);
  const byCode = new Map(existing.map((u) => [u.code.toLowerCase(), u]));
  const codeById = new Map(existing.map((u) => [u.id, u.code.toLowerCase()]));
  const seen = new Map<string, number>();
  const report: ImportRowReport[] = [];
  const parsed = new Map<number, { code: string; name: string; parentCode: string | null }>();
  const dependsOn = new Map<number, string | null>();

  for (const r of sheet) {
    const code = (r.cells.code ?? '').trim();
    const name = (r.cells.name ?? '').trim();
    const parentCode = (r.cells.parentCode ?? '').trim() || null;
    const errors: ImportRowReport['errors'] = [];
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
      rep.status = 'error';
      rep.errors.push({ field: 'kode_induk', message: msg(locale, 'unknownParent') });
    }
  }
  // Cycles in the resulting tree.
  const parentOf = new Map<string, string | null>();
  for (const u of existing)
    parentOf.set(u.code.toLowerCase(), u.parentId ? (codeById.get(u.parentId) ?? null) : null);
  for (const p of parsed.values())
    if (p.code) parentOf.set(p.code.toLowerCase(), p.parentCode?.toLowerCase() ?? null);
  const cyclic = cycleMembers(parentOf);
  for (const rep of report) {
    if (cyclic.has(rep.key.toLowerCase())) {
      rep.status = 'error';
      rep.errors.push({ field: 'kode_induk', message: msg(locale, 'circular') });
    }
  }
  propagateFailures(report, dependsOn, locale);
  const early = failIfNeeded(report, opts, locale);
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

// ───────────────────────────── employees ─────────────────────────────

const rowSchema = z.object({
  nip: z.string().min(1),
  name: z.string().min(2).max(200),
  asnType: z.enum(ASN_TYPES),
  rank: z.string().min(1).max(10),
  positionTitle: z.string().min(2).max(200),
  positionType: z.enum(POSITION_TYPES),
  functionalLevel: z.enum(FUNCTIONAL_LEVELS).nullable(),
  email: z.email().nullable(),
});

const FIELD_LABELS: Record<string, string> = {
  nip: 'nip',
  name: 'nama',
  asnType: 'jenis_asn',
  rank: 'golongan',
  positionTitle: 'jabatan',
  positionType: 'jenis_jabatan',
  functionalLevel: 'jenjang',
  email: 'email',
  unitCode: 'kode_unit',
  supervisorNip: 'nip_atasan',
};

interface ParsedEmployee {
  nip: string;
  name: string;
  asnType: 'PNS' | 'PPPK';
  rank: string;
  positionTitle: string;
  positionType: (typeof POSITION_TYPES)[number];
  functionalLevel: (typeof FUNCTIONAL_LEVELS)[number] | null;
  email: string | null;
  unitCode: string;
  supervisorNip: string | null;
}

function parseEmployeeRow(
  r: SheetRow,
  locale: Locale,
): { value?: ParsedEmployee; errors: ImportRowReport['errors'] } {
  const c = r.cells;
  const errors: ImportRowReport['errors'] = [];
  if (r.numericCells.has('nip') || r.numericCells.has('supervisorNip')) {
    errors.push({ field: 'nip', message: msg(locale, 'numericNip') });
  }
  const candidate = {
    nip: normaliseNip(c.nip ?? ''),
    name: (c.name ?? '').trim(),
    asnType: (c.asnType ?? '').trim().toUpperCase(),
    rank: (c.rank ?? '').trim(),
    positionTitle: (c.positionTitle ?? '').trim(),
    positionType: (c.positionType ?? '').trim().toLowerCase(),
    functionalLevel: (c.functionalLevel ?? '').trim().toLowerCase().replace(/\s+/g, '_') || null,
    email: (c.email ?? '').trim() || null,
  };
  const parsed = rowSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '-');
      const value = (candidate as Record<string, string | null>)[field];
      errors.push({
        field: FIELD_LABELS[field] ?? field,
        message: value ? msg(locale, 'invalidValue', { value }) : msg(locale, 'required'),
      });
    }
    // Other fields failed: still report the NIP's own problems, so one pass shows everything.
    const asnType = ASN_TYPES.find((a) => a === candidate.asnType);
    const nipResult = asnType && candidate.nip ? parseNip(candidate.nip, asnType) : undefined;
    if (nipResult && !nipResult.ok) {
      for (const i of nipResult.issues) errors.push({ field: 'nip', message: t(locale, i.key) });
    }
  } else {
    for (const i of employeeRuleIssues(parsed.data)) {
      errors.push({
        field: FIELD_LABELS[i.path] ?? i.path,
        message: isMessageKey(i.key) ? t(locale, i.key) : i.key,
      });
    }
  }
  const unitCode = (c.unitCode ?? '').trim();
  if (!unitCode) errors.push({ field: 'kode_unit', message: msg(locale, 'required') });
  const supervisorNip = normaliseNip(c.supervisorNip ?? '') || null;
  if (errors.length || !parsed.success) return { errors };
  return { value: { ...parsed.data, nip: candidate.nip, unitCode, supervisorNip }, errors };
}

export async function importEmployees(
  deps: Deps,
  ctx: RequestContext,
  opts: ImportOptions,
): Promise<ImportReport> {
  canManageOrg(ctx);
  const locale = ctx.locale;
  const sheet = await readSheet(opts.data, EMPLOYEE_ALIASES);
  const { db } = deps.database;
  const unitRows = await db.select({ id: units.id, code: units.code }).from(units);
  const unitByCode = new Map(unitRows.map((u) => [u.code.toLowerCase(), u.id]));

  const report: ImportRowReport[] = [];
  const parsed = new Map<number, ParsedEmployee>();
  const dependsOn = new Map<number, string | null>();
  const seen = new Map<string, number>();
  for (const r of sheet) {
    const { value, errors } = parseEmployeeRow(r, locale);
    const key = value?.nip ?? normaliseNip(r.cells.nip ?? '');
    if (key && seen.has(key))
      errors.push({ field: 'nip', message: msg(locale, 'duplicateInFile', { row: seen.get(key)! }) });
    if (key) seen.set(key, r.row);
    if (value && !unitByCode.has(value.unitCode.toLowerCase())) {
      errors.push({ field: 'kode_unit', message: msg(locale, 'unknownUnit') });
    }
    report.push({ row: r.row, key, status: errors.length ? 'error' : 'ok', errors });
    if (value) parsed.set(r.row, value);
    dependsOn.set(r.row, value?.supervisorNip ?? null);
  }

  // Existing employees referenced by the file (as themselves or as supervisors).
  const referenced = [
    ...new Set([...parsed.values()].flatMap((p) => [p.nip, p.supervisorNip ?? '']).filter(Boolean)),
  ];
  const existing = new Map<string, { id: string; supervisorId: string | null }>();
  for (let i = 0; i < referenced.length; i += 1000) {
    const rows = await db
      .select({ id: employees.id, nip: employees.nip, supervisorId: employees.supervisorId })
      .from(employees)
      .where(inArray(employees.nip, referenced.slice(i, i + 1000)));
    for (const row of rows) existing.set(row.nip, row);
  }
  for (const rep of report) {
    const p = parsed.get(rep.row);
    if (!p) continue;
    rep.action = existing.has(p.nip) ? 'update' : 'create';
    if (p.supervisorNip) {
      if (p.supervisorNip === p.nip) {
        rep.status = 'error';
        rep.errors.push({ field: 'nip_atasan', message: msg(locale, 'circular') });
      } else if (!seen.has(p.supervisorNip) && !existing.has(p.supervisorNip)) {
        rep.status = 'error';
        rep.errors.push({ field: 'nip_atasan', message: msg(locale, 'unknownSupervisor') });
      }
    }
  }
  // Cycles: the chains of the file's rows, continued through the database where they leave the file.
  const parentOf = new Map<string, string | null>();
  for (const p of parsed.values()) parentOf.set(p.nip, p.supervisorNip);
  const chainRows = await db.execute<{ nip: string; sup_nip: string | null }>(sql`
    WITH RECURSIVE chain(id) AS (
      SELECT e.id FROM employees e
      WHERE e.nip IN (SELECT jsonb_array_elements_text(${JSON.stringify([...existing.keys()])}::jsonb))
      UNION SELECT e.supervisor_id FROM employees e JOIN chain c ON e.id = c.id WHERE e.supervisor_id IS NOT NULL)
    SELECT e.nip, s.nip AS sup_nip FROM chain c JOIN employees e ON e.id = c.id LEFT JOIN employees s ON s.id = e.supervisor_id`);
  for (const row of rowsOf<{ nip: string; sup_nip: string | null }>(chainRows))
    if (!parentOf.has(row.nip)) parentOf.set(row.nip, row.sup_nip);
  const cyclic = cycleMembers(parentOf);
  for (const rep of report) {
    if (cyclic.has(rep.key)) {
      rep.status = 'error';
      rep.errors.push({ field: 'nip_atasan', message: msg(locale, 'circular') });
    }
  }
  propagateFailures(report, dependsOn, locale);
  const early = failIfNeeded(report, opts, locale);
  if (early) return early;

  const ok = report.filter((r) => r.status === 'ok');
  const now = deps.clock.now();
  const total = ok.length * 2;
  await db.transaction(async (tx: Executor) => {
    await lockOrgTree(tx);
    const idByNip = new Map<string, string>();
    for (const [nip, e] of existing) idByNip.set(nip, e.id);
    for (let i = 0; i < ok.length; i += CHUNK) {
      const chunk = ok.slice(i, i + CHUNK).map((r) => parsed.get(r.row)!);
      const rows = await tx
        .insert(employees)
        .values(
          chunk.map((p) => ({
            nip: p.nip,
            name: p.name,
            asnType: p.asnType,
            rank: p.rank,
            positionTitle: p.positionTitle,
            positionType: p.positionType,
            functionalLevel: p.functionalLevel,
            email: p.email,
            unitId: unitByCode.get(p.unitCode.toLowerCase())!,
            createdAt: now,
            updatedAt: now,
          })),
        )
        .onConflictDoUpdate({
          target: employees.nip,
          set: {
            name: sql`excluded.name`,
            asnType: sql`excluded.asn_type`,
            rank: sql`excluded.rank`,
            positionTitle: sql`excluded.position_title`,
            positionType: sql`excluded.position_type`,
            functionalLevel: sql`excluded.functional_level`,
            email: sql`excluded.email`,
            unitId: sql`excluded.unit_id`,
            updatedAt: now,
            version: sql`${employees.version} + 1`,
          },
        })
        .returning({ id: employees.id, nip: employees.nip });
      for (const row of rows) idByNip.set(row.nip, row.id);
      opts.onProgress?.(Math.min(i + CHUNK, ok.length), total);
    }
    // Supervisors in one statement per chunk.
    const audits: AuditInput[] = [];
    for (let i = 0; i < ok.length; i += CHUNK) {
      const chunk = ok.slice(i, i + CHUNK).map((r) => parsed.get(r.row)!);
      const pairs = chunk.map((p) => ({
        id: idByNip.get(p.nip)!,
        sup: p.supervisorNip ? idByNip.get(p.supervisorNip)! : null,
      }));
      await tx.execute(sql`
        UPDATE employees AS e SET supervisor_id = v.sup::uuid
        FROM (VALUES ${sql.join(
          pairs.map((x) => sql`(${x.id}::uuid, ${x.sup})`),
          sql`, `,
        )}) AS v(id, sup)
        WHERE e.id = v.id`);
      for (const [j, p] of chunk.entries()) {
        const rep = ok[i + j]!;
        audits.push({
          action: rep.action === 'update' ? 'employee.import.update' : 'employee.import.create',
          entityType: 'employee',
          entityId: pairs[j]!.id,
          after: { ...p, supervisorId: pairs[j]!.sup },
        });
      }
      opts.onProgress?.(ok.length + Math.min(i + CHUNK, ok.length), total);
    }
    await appendAuditMany(tx, ctx, audits, now);
  });
  return finish(report, true);
}

export const EMPLOYEE_TEMPLATE =
  'nip,nama,jenis_asn,golongan,jabatan,jenis_jabatan,jenjang,kode_unit,nip_atasan,email\n' +
  '199001012015031001,"Budi Santoso, S.Kom.",PNS,III/b,Pranata Komputer Ahli Pertama,fungsional,ahli_pertama,BKPSDM,,budi@kemuning.go.id\n';

export const UNIT_TEMPLATE =
  'kode,nama,kode_induk\nDINKES,Dinas Kesehatan,KMN\nPKM-01,Puskesmas Kemuning,DINKES\n';
