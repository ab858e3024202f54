import { inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import { normaliseNip, parseNip } from '../../../../domain/people/nip.js';
import { employeeRuleIssues } from '../../../../domain/people/schemas.js';
import { ASN_TYPES, FUNCTIONAL_LEVELS, POSITION_TYPES } from '../../../../domain/people/ranks.js';
import { appendAuditMany, type AuditInput } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Executor } from '../../../platform/db/client.js';
import { rowsOf } from '../../../platform/db/rows.js';
import { employees, units } from '../../../platform/db/schema.js';
import { isMessageKey, t, type Locale } from '../../../platform/i18n.js';
import { canManageOrg } from '../org.policy.js';
import { readSheet, type SheetRow } from './import-file.js';
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
): { value?: ParsedEmployee; errors: RowReport['errors'] } {
  const c = r.cells;
  const errors: RowReport['errors'] = [];
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

/** Imports employees (and their supervisors) from a CSV or XLSX file: creates new NIPs, updates known ones. */
export async function importEmployees(
  deps: Deps,
  ctx: RequestContext,
  opts: ImportOptions,
): Promise<ImportReport> {
  canManageOrg(ctx);
  const locale = ctx.locale;
  const sheet = await readSheet(opts.data, EMPLOYEE_ALIASES, deps.config.importMaxRows);
  const { db } = deps.database;
  const unitRows = await db.select({ id: units.id, code: units.code }).from(units);
  const unitByCode = new Map(unitRows.map((u) => [u.code.toLowerCase(), u.id]));

  const report: RowReport[] = [];
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
        failRow(rep, 'nip_atasan', msg(locale, 'circular'));
      } else if (!seen.has(p.supervisorNip) && !existing.has(p.supervisorNip)) {
        failRow(rep, 'nip_atasan', msg(locale, 'unknownSupervisor'));
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
  markCycles(report, parentOf, 'nip_atasan', locale);
  propagateFailures(report, dependsOn, locale);
  const early = failIfNeeded(report, opts);
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
