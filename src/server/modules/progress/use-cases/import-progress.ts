import { spansOverlap } from '../../../../domain/work-plans/in-force.js';
import { entryProblems, parseDecimal } from '../../../../domain/progress/rules.js';
import type { ProgressEntryInput } from '../../../../domain/progress/schemas.js';
import type { ProgressImportReport } from '../../../../domain/progress/view.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { AppError } from '../../../platform/errors.js';
import { t, type Locale, type MessageKey } from '../../../platform/i18n.js';
import { readSheet } from '../../org/index.js';
import { assertPeriodInPlan, assertPeriodOpen, assertRecordable, requireOwner } from '../progress.policy.js';
import * as repo from '../progress.repository.js';
import { viewPlan } from './access.js';
import { withPlan } from '../../work-plans/index.js';
import { assertCycleOpen } from '../../cycles/index.js';
import { insertEntries } from './record-progress.js';

export interface ProgressImportOptions {
  data: Buffer;
  /** import the valid rows and skip the failing ones; otherwise nothing is imported if any row fails */
  validOnly: boolean;
  /** only check and report */
  dryRun: boolean;
}

/** Column names (normalised: lower case, spaces → _) and what they mean. Indonesian first. */
const ALIASES: Record<string, string> = {
  indikator: 'indicator',
  id_indikator: 'indicator',
  indikator_id: 'indicator',
  indicator_id: 'indicator',
  indicatorid: 'indicator',
  periode: 'period',
  id_periode: 'period',
  periode_id: 'period',
  period_id: 'period',
  periodid: 'period',
  nilai: 'value',
  realisasi: 'value',
  teks: 'text',
  narasi: 'text',
  realisasi_naratif: 'text',
  catatan: 'note',
  keterangan: 'note',
};

const texts = {
  id: {
    required: 'Wajib diisi.',
    unknownIndicator: 'Indikator tidak ditemukan pada SKP ini (isi id atau teks indikator).',
    ambiguousIndicator: 'Teks indikator cocok dengan lebih dari satu indikator; gunakan id indikator.',
    unknownPeriod: 'Periode tidak ditemukan pada siklus SKP ini (isi label atau id periode).',
    lockedPeriod: 'Periode ini sudah dikunci.',
    invalidNumber: 'Bukan angka: {value}.',
    duplicateInFile: 'Indikator dan periode yang sama sudah ada di baris {row}.',
  },
  en: {
    required: 'Required.',
    unknownIndicator: 'No such indicator in this work plan (give the indicator id or text).',
    ambiguousIndicator: 'The indicator text matches more than one indicator; use the indicator id.',
    unknownPeriod: "No such period in this plan's cycle (give the period label or id).",
    lockedPeriod: 'This period is locked.',
    invalidNumber: 'Not a number: {value}.',
    duplicateInFile: 'The same indicator and period are already in row {row}.',
  },
} as const;
type TextKey = keyof (typeof texts)['id'];
const msg = (locale: Locale, k: TextKey, vars: Record<string, string | number> = {}) =>
  texts[locale][k].replace(/\{(\w+)\}/g, (_, v: string) => String(vars[v] ?? ''));

const normalise = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

type Row = ProgressImportReport['rows'][number];

function finish(rows: Row[], committed: boolean): ProgressImportReport {
  const failed = rows.filter((r) => r.status === 'error').length;
  return { total: rows.length, failed, imported: committed ? rows.length - failed : 0, committed, rows };
}

/**
 * Progress rows from a CSV or XLSX file (columns: indicator id or text, period label or id, value, text, note),
 * checked row by row with a report like the org importer's. Nothing is written when a row fails, unless
 * `validOnly`; `dryRun` only reports. All rows are written in one transaction.
 */
export async function importProgress(
  deps: Deps,
  ctx: RequestContext,
  planId: string,
  opts: ProgressImportOptions,
): Promise<ProgressImportReport> {
  const locale = ctx.locale;
  const { plan, rel } = await viewPlan(deps, ctx, planId);
  requireOwner(rel);
  await assertCycleOpen(deps.database.db, plan.cycleId, 'import_progress');
  assertRecordable(plan);
  const sheet = await readSheet(opts.data, ALIASES, deps.config.importMaxRows);
  const db = deps.database.db;
  const [{ indicators }, periods] = await Promise.all([
    repo.planStructure(db, plan.id),
    repo.periodsOfCycle(db, plan.cycleId),
  ]);
  const indicatorById = new Map(indicators.map((i) => [i.id.toLowerCase(), i]));
  const indicatorsByText = new Map<string, repo.IndicatorRow[]>();
  for (const i of indicators) {
    const key = normalise(i.text);
    indicatorsByText.set(key, [...(indicatorsByText.get(key) ?? []), i]);
  }
  const periodByKey = new Map<string, repo.PeriodRow>();
  for (const p of periods) {
    periodByKey.set(p.id.toLowerCase(), p);
    periodByKey.set(normalise(p.label), p);
  }

  const rows: Row[] = [];
  const parsed = new Map<number, { periodId: string; entry: ProgressEntryInput }>();
  const seen = new Map<string, number>();
  for (const r of sheet) {
    const c = r.cells;
    const errors: Row['errors'] = [];
    const indicatorCell = (c.indicator ?? '').trim();
    const periodCell = (c.period ?? '').trim();
    let indicator: repo.IndicatorRow | undefined;
    if (!indicatorCell) errors.push({ field: 'indikator', message: msg(locale, 'required') });
    else {
      indicator = indicatorById.get(indicatorCell.toLowerCase());
      if (!indicator) {
        const matches = indicatorsByText.get(normalise(indicatorCell)) ?? [];
        if (matches.length > 1)
          errors.push({ field: 'indikator', message: msg(locale, 'ambiguousIndicator') });
        else if (matches.length === 0)
          errors.push({ field: 'indikator', message: msg(locale, 'unknownIndicator') });
        else indicator = matches[0];
      }
    }
    let period: repo.PeriodRow | undefined;
    if (!periodCell) errors.push({ field: 'periode', message: msg(locale, 'required') });
    else {
      period = periodByKey.get(periodCell.toLowerCase()) ?? periodByKey.get(normalise(periodCell));
      if (!period) errors.push({ field: 'periode', message: msg(locale, 'unknownPeriod') });
      else if (period.status !== 'open')
        errors.push({ field: 'periode', message: msg(locale, 'lockedPeriod') });
      else if (!spansOverlap(plan, period))
        errors.push({ field: 'periode', message: t(locale, 'progress.planNotInForce') });
    }
    const valueCell = (c.value ?? '').trim();
    let value: number | null = null;
    if (valueCell) {
      value = parseDecimal(valueCell);
      if (value === null)
        errors.push({ field: 'nilai', message: msg(locale, 'invalidNumber', { value: valueCell }) });
      else if (value < 0) {
        // the same rule as the entry form's schema: no indicator allows a negative realisation
        errors.push({ field: 'nilai', message: t(locale, 'number.negative') });
        value = null;
      }
    }
    const text = (c.text ?? '').trim().slice(0, 4000) || null;
    const note = (c.note ?? '').trim().slice(0, 4000) || null;
    if (indicator && (value !== null || !valueCell)) {
      for (const p of entryProblems(indicator, { value, text })) {
        errors.push({
          field: p.path === 'value' ? 'nilai' : 'teks',
          message: t(locale, p.code as MessageKey),
        });
      }
    }
    if (indicator && period) {
      const key = `${indicator.id}:${period.id}`;
      const first = seen.get(key);
      if (first !== undefined)
        errors.push({ field: 'indikator', message: msg(locale, 'duplicateInFile', { row: first }) });
      else seen.set(key, r.row);
    }
    rows.push({
      row: r.row,
      key: [indicatorCell, periodCell].filter(Boolean).join(' / '),
      status: errors.length ? 'error' : 'ok',
      errors,
    });
    if (!errors.length && indicator && period) {
      parsed.set(r.row, { periodId: period.id, entry: { indicatorId: indicator.id, value, text, note } });
    }
  }

  const failed = rows.filter((r) => r.status === 'error').length;
  if (opts.dryRun) return finish(rows, false);
  if (failed > 0 && !opts.validOnly) {
    throw new AppError('VALIDATION_FAILED', 'import.rowsFailed', finish(rows, false), { count: failed });
  }
  if (failed === rows.length) return finish(rows, false);

  await withPlan(deps, ctx, planId, async (tx, lockedPlan, lockedRel, now) => {
    // The plan and the periods may have changed while the file was checked.
    requireOwner(lockedRel);
    await assertCycleOpen(tx, lockedPlan.cycleId, 'import_progress');
    assertRecordable(lockedPlan);
    const byPeriod = new Map<string, Array<{ input: ProgressEntryInput; indicator: repo.IndicatorRow }>>();
    for (const { periodId, entry } of parsed.values()) {
      const indicator = indicatorById.get(entry.indicatorId)!;
      byPeriod.set(periodId, [...(byPeriod.get(periodId) ?? []), { input: entry, indicator }]);
    }
    for (const [periodId, prepared] of byPeriod) {
      const period = await repo.findPeriodRow(tx, periodId);
      assertPeriodOpen(period!);
      assertPeriodInPlan(lockedPlan, period!);
      await insertEntries(deps, ctx, tx, lockedPlan, lockedRel, periodId, prepared, now, 'progress.import');
    }
  });
  return finish(rows, true);
}
