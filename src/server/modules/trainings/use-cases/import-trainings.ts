import { eq, sql } from 'drizzle-orm';
import { createTrainingSchema, type CreateTrainingInput } from '../../../../domain/trainings/schemas.js';
import type { TrainingImportReport } from '../../../../domain/trainings/view.js';
import { plainIssueMessage } from '../../../../domain/validation-messages.js';
import { appendAuditMany, type AuditInput } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { trainings } from '../../../platform/db/schema.js';
import { AppError } from '../../../platform/errors.js';
import { parseSheetOffThread, type SheetRow } from '../../../platform/files/index.js';
import { isMessageKey, t, type Locale } from '../../../platform/i18n.js';
import { auditSnapshot } from '../trainings.presenter.js';
import { canManageTrainings } from '../trainings.policy.js';
import * as repo from '../trainings.repository.js';
import { codeGenerator, lockTrainingCodes } from './codes.js';
import {
  headerOf,
  parseActive,
  parseDateCell,
  parseDecimal,
  parseMode,
  parseWhole,
  splitCompetences,
  TRAINING_ALIASES,
} from './training-sheet.js';

export interface TrainingImportOptions {
  data: Buffer;
  /** only check and report */
  dryRun: boolean;
  /** import the valid rows and skip the failing ones; otherwise nothing is imported if any row fails */
  validOnly: boolean;
}

/** The messages of the row report that are not field rules of the schema. */
const texts = {
  id: {
    invalidValue: 'Nilai tidak valid: {value}.',
    duplicateInFile: 'Kode yang sama sudah ada di baris {row}.',
    mode: 'Moda tidak dikenal: {value}. Pakai Klasikal, E-learning, Coaching, Mentoring atau Magang.',
    active: 'Isi Ya atau Tidak.',
  },
  en: {
    invalidValue: 'Invalid value: {value}.',
    duplicateInFile: 'The same code is already on row {row}.',
    mode: 'Unknown mode: {value}. Use Klasikal, E-learning, Coaching, Mentoring or Magang.',
    active: 'Enter Ya (yes) or Tidak (no).',
  },
} as const;
const msg = (locale: Locale, k: keyof (typeof texts)['id'], vars: Record<string, string | number> = {}) =>
  texts[locale][k].replace(/\{(\w+)\}/g, (_, v: string) => String(vars[v] ?? ''));

type RowErrors = Array<{ field: string; message: string }>;

interface ParsedRow {
  row: number;
  value: CreateTrainingInput;
  /** blank `Aktif`: a new programme is active, an existing one keeps its state */
  activeGiven: boolean;
}

/**
 * Reads a sheet (XLSX or CSV, judged by its content, parsed in a worker thread) into rows; more than
 * KINERJA_IMPORT_MAX_ROWS answers 413, anything else than a spreadsheet 415 (like the employee import).
 */
async function readSheet(data: Buffer, maxRows: number): Promise<SheetRow[]> {
  const result = await parseSheetOffThread(data, TRAINING_ALIASES, maxRows);
  if (result.ok) return result.rows;
  switch (result.error) {
    case 'tooManyRows':
      throw new AppError('PAYLOAD_TOO_LARGE', 'import.tooManyRows', { maxRows }, { max: maxRows });
    case 'outOfMemory':
      throw new AppError('PAYLOAD_TOO_LARGE');
    case 'invalidCsv':
      throw new AppError('VALIDATION_FAILED', 'import.invalidFile');
    default:
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'import.invalidFile');
  }
}

/** One sheet row checked against the same rules as `POST /trainings`; errors named by the column headers. */
export function parseTrainingRow(r: SheetRow, locale: Locale): { value?: ParsedRow; errors: RowErrors } {
  const c = (k: string) => (r.cells[k] ?? '').trim();
  const errors: RowErrors = [];
  const failed = new Set<string>();
  const fail = (field: string, message: string) => {
    failed.add(field);
    errors.push({ field: headerOf(field), message });
  };
  const optionalNumber = (field: string, parse: (s: string) => number | null) => {
    const raw = c(field);
    if (raw === '') return null;
    const n = parse(raw);
    if (n === null) fail(field, msg(locale, 'invalidValue', { value: raw }));
    return n;
  };
  const optionalDate = (field: string) => {
    const raw = c(field);
    if (raw === '') return null;
    const d = parseDateCell(raw);
    if (d === null) fail(field, msg(locale, 'invalidValue', { value: raw }));
    return d;
  };

  const modeRaw = c('mode');
  const mode = parseMode(modeRaw);
  if (modeRaw !== '' && !mode) fail('mode', msg(locale, 'mode', { value: modeRaw }));
  const hoursRaw = c('hours');
  const hours = hoursRaw === '' ? undefined : parseDecimal(hoursRaw);
  if (hours === null) fail('hours', msg(locale, 'invalidValue', { value: hoursRaw }));
  const active = parseActive(c('active'));
  if (active === null) fail('active', msg(locale, 'active'));

  const candidate = {
    code: c('code') || null,
    title: c('title'),
    provider: c('provider'),
    mode: mode ?? (modeRaw === '' ? undefined : modeRaw),
    hours: hours ?? undefined,
    cost: optionalNumber('cost', parseWhole),
    schedule: c('schedule') || null,
    startDate: optionalDate('startDate'),
    endDate: optionalDate('endDate'),
    capacity: optionalNumber('capacity', parseWhole),
    competences: splitCompetences(c('competences')),
    description: c('description') || null,
  };
  const parsed = createTrainingSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '-');
      if (failed.has(field)) continue;
      const value = (candidate as Record<string, unknown>)[field];
      const index = issue.path[1];
      const shown: unknown =
        Array.isArray(value) && typeof index === 'number' ? (value as unknown[])[index] : value;
      const message = isMessageKey(issue.message)
        ? t(locale, issue.message)
        : plainIssueMessage(issue, locale, shown);
      errors.push({ field: headerOf(field), message });
    }
  }
  if (errors.length > 0 || !parsed.success) return { errors };
  return {
    value: {
      row: r.row,
      value: { ...parsed.data, active: active ?? true },
      activeGiven: active !== undefined,
    },
    errors,
  };
}

/**
 * Imports catalogue programmes from an XLSX (or CSV) file in the export's layout, upserting by code
 * (case-insensitive): a known code updates that programme, an unknown or blank one creates a programme (a blank
 * code is generated). Every row is checked like `POST /trainings`. With failing rows nothing is imported (400 with
 * the report in `details`) unless `validOnly`; `dryRun` only reports. One transaction, one audit entry per row.
 */
export async function importTrainings(
  deps: Deps,
  ctx: RequestContext,
  opts: TrainingImportOptions,
): Promise<TrainingImportReport> {
  canManageTrainings(ctx);
  const locale = ctx.locale;
  const sheet = await readSheet(opts.data, deps.config.importMaxRows);
  const { db } = deps.database;

  const rejected: TrainingImportReport['rejected'] = [];
  const ok: ParsedRow[] = [];
  const seen = new Map<string, number>();
  for (const r of sheet) {
    const { value, errors } = parseTrainingRow(r, locale);
    const code = value?.value.code ?? ((r.cells.code ?? '').trim().toUpperCase() || null);
    if (code) {
      const first = seen.get(code.toLowerCase());
      if (first !== undefined)
        errors.push({ field: headerOf('code'), message: msg(locale, 'duplicateInFile', { row: first }) });
      else seen.set(code.toLowerCase(), r.row);
    }
    if (errors.length > 0 || !value) rejected.push({ row: r.row, code, errors });
    else ok.push(value);
  }

  const existing = await repo.trainingsByCodes(
    db,
    ok.flatMap((p) => (p.value.code ? [p.value.code] : [])),
  );
  const isUpdate = (p: ParsedRow) => p.value.code != null && existing.has(p.value.code.toLowerCase());
  const report = (committed: boolean, created: number, updated: number): TrainingImportReport => ({
    total: sheet.length,
    created,
    updated,
    rejected,
    committed,
    dryRun: opts.dryRun,
  });
  const planned = () => {
    const updated = ok.filter(isUpdate).length;
    return { created: ok.length - updated, updated };
  };
  if (opts.dryRun) {
    const { created, updated } = planned();
    return report(false, created, updated);
  }
  if (rejected.length > 0 && !opts.validOnly) {
    const { created, updated } = planned();
    throw new AppError('VALIDATION_FAILED', 'import.rowsFailed', report(false, created, updated), {
      count: rejected.length,
    });
  }
  if (ok.length === 0) return report(false, 0, 0);

  const now = deps.clock.now();
  const counts = await db.transaction(async (tx) => {
    await lockTrainingCodes(tx);
    // read again under the lock: a programme created since the check is updated, not duplicated
    const current = await repo.trainingsByCodes(
      tx,
      ok.flatMap((p) => (p.value.code ? [p.value.code] : [])),
    );
    const generate = await codeGenerator(tx);
    // a generated code never takes one the file names for a new programme
    const fileCodes = new Set(ok.flatMap((p) => (p.value.code ? [p.value.code.toLowerCase()] : [])));
    const nextCode = () => {
      let code = generate();
      while (fileCodes.has(code.toLowerCase()) || current.has(code.toLowerCase())) code = generate();
      return code;
    };
    const audits: AuditInput[] = [];
    let created = 0;
    let updated = 0;
    for (const p of ok) {
      const v = p.value;
      const fields = {
        title: v.title,
        provider: v.provider,
        mode: v.mode,
        hours: v.hours,
        cost: v.cost ?? null,
        schedule: v.schedule || null,
        startDate: v.startDate ?? null,
        endDate: v.endDate ?? null,
        capacity: v.capacity ?? null,
        competences: v.competences,
        description: v.description || null,
      };
      const before = v.code ? current.get(v.code.toLowerCase()) : undefined;
      if (before) {
        const [after] = await tx
          .update(trainings)
          .set({
            ...fields,
            ...(p.activeGiven ? { active: v.active ?? true } : {}),
            version: sql`${trainings.version} + 1`,
            updatedAt: now,
          })
          .where(eq(trainings.id, before.id))
          .returning();
        audits.push({
          action: 'training.import.update',
          entityType: 'training',
          entityId: before.id,
          before: auditSnapshot(before),
          after: auditSnapshot(after!),
        });
        updated++;
      } else {
        const [row] = await tx
          .insert(trainings)
          .values({
            ...fields,
            code: v.code ?? nextCode(),
            active: v.active ?? true,
            createdAt: now,
            updatedAt: now,
          })
          .returning();
        current.set(row!.code.toLowerCase(), row!);
        audits.push({
          action: 'training.import.create',
          entityType: 'training',
          entityId: row!.id,
          after: auditSnapshot(row!),
        });
        created++;
      }
    }
    await appendAuditMany(tx, ctx, audits, now);
    return { created, updated };
  });
  return report(true, counts.created, counts.updated);
}
