import { AppError } from '../../../platform/errors.js';
import type { Locale } from '../../../platform/i18n.js';
import type { ImportReport, ImportRowReport } from '../../../../domain/people/view.js';

/** What the unit and employee imports share: options, the row report, its messages and the chain checks. */

export interface ImportOptions {
  data: Buffer;
  filename: string;
  /** import the valid rows and skip the failing ones; otherwise nothing is imported if any row fails */
  validOnly: boolean;
  /** only check and report */
  dryRun: boolean;
  onProgress?: (done: number, total: number) => void;
}

/** One row's outcome and the whole report: the API shapes of domain/people/view.ts. */
export type { ImportReport };
export type RowReport = ImportRowReport;

/** rows per statement */
export const CHUNK = 500;

/** The messages of the row reports. */
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

export type TextKey = keyof (typeof texts)['id'];
export const msg = (locale: Locale, k: TextKey, vars: Record<string, string | number> = {}) =>
  texts[locale][k].replace(/\{(\w+)\}/g, (_, v: string) => String(vars[v] ?? ''));

export function finish(rows: RowReport[], committed: boolean): ImportReport {
  const failed = rows.filter((r) => r.status === 'error').length;
  return { total: rows.length, failed, imported: committed ? rows.length - failed : 0, committed, rows };
}

/**
 * The report to return before writing anything: on a dry run, or when every row failed; with failing rows and not
 * `validOnly`, the import is refused (422 with the report).
 */
export function failIfNeeded(report: RowReport[], opts: ImportOptions): ImportReport | null {
  const failed = report.filter((r) => r.status === 'error').length;
  if (opts.dryRun) return finish(report, false);
  if (failed > 0 && !opts.validOnly) {
    const result = finish(report, false);
    throw new AppError('VALIDATION_FAILED', 'import.rowsFailed', result, { count: failed });
  }
  if (failed === report.length) return finish(report, false);
  return null;
}

/** Marks rows that point (by key) at a failing row as failing too, until nothing changes. */
export function propagateFailures(
  report: RowReport[],
  dependsOn: Map<number, string | null>,
  locale: Locale,
) {
  const byKey = new Map(report.map((r) => [r.key.toLowerCase(), r]));
  let changed = true;
  while (changed) {
    changed = false;
    for (const r of report) {
      if (r.status === 'error') continue;
      const dep = dependsOn.get(r.row);
      const target = dep ? byKey.get(dep.toLowerCase()) : undefined;
      if (target && target.status === 'error') {
        failRow(r, '-', msg(locale, 'dependsOnFailed'));
        changed = true;
      }
    }
  }
}

/** Marks a row as failing with an error on `field`. */
export function failRow(rep: RowReport, field: string, message: string) {
  rep.status = 'error';
  rep.errors.push({ field, message });
}

/**
 * Marks the rows whose key (as `keyOf` writes it) is on a cycle of the child → parent map as failing with an error
 * on `field`.
 */
export function markCycles(
  report: RowReport[],
  parentOf: Map<string, string | null>,
  field: string,
  locale: Locale,
  keyOf: (key: string) => string = (key) => key,
) {
  const cyclic = cycleMembers(parentOf);
  for (const rep of report) if (cyclic.has(keyOf(rep.key))) failRow(rep, field, msg(locale, 'circular'));
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
