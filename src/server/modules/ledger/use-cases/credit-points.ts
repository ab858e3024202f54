import type { Readable } from 'node:stream';
import { dateIn } from '../../../../domain/dates.js';
import { creditPointItems } from '../../../../domain/evaluations/credit-points.js';
import type { CreditPointsExportQuery, CreditPointsQuery } from '../../../../domain/ledger/schemas.js';
import type { CreditPointsView } from '../../../../domain/ledger/view.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { fieldInvalid, notFound } from '../../../platform/errors.js';
import { requireEvaluationReader, requireExporter } from '../ledger.policy.js';
import * as repo from '../ledger.repository.js';
import { creditPointsWorkbookStream, type CreditPointsSheet } from './workbooks.js';

/**
 * Angka kredit of one employee in a cycle (default: the cycle containing today, else the latest): per evaluation
 * counted (domain §7). Not `fungsional` → no items, total 0. The readers of the employee's evaluations.
 */
export async function employeeCreditPoints(
  deps: Deps,
  ctx: RequestContext,
  employeeId: string,
  q: CreditPointsQuery,
): Promise<CreditPointsView> {
  const db = deps.database.db;
  const today = dateIn(deps.clock.now());
  const employee = await requireEvaluationReader(db, ctx, employeeId, today);
  const cycle = q.cycleId ? await repo.findCycle(db, q.cycleId) : await repo.currentCycle(db, today);
  if (q.cycleId && !cycle) throw notFound();
  const level = employee.positionType === 'fungsional' ? employee.functionalLevel : null;
  const base = {
    employeeId,
    cycleId: cycle?.id ?? null,
    cycleYear: cycle?.year ?? null,
    functionalLevel: level,
  };
  if (!level || !cycle) return { ...base, items: [], total: 0 };
  const rows = await repo.finalEvaluationsOf(db, employeeId, cycle.id);
  const labels = new Map(rows.map((r) => [r.periodId, r.periodLabel]));
  const { items, total } = creditPointItems(level, rows);
  return {
    ...base,
    items: items.map((i) => ({ ...i, periodLabel: labels.get(i.periodId) ?? '' })),
    total,
  };
}

/**
 * The data of the credit-point sheet (hr_admin): every functional employee (of the unit's subtree when given) with a
 * final evaluation in the cycle, each counted evaluation a row.
 */
export async function creditPointsSheet(
  deps: Deps,
  ctx: RequestContext,
  q: CreditPointsExportQuery,
): Promise<CreditPointsSheet> {
  requireExporter(ctx);
  const db = deps.database.db;
  const cycle = await repo.findCycle(db, q.cycleId);
  if (!cycle) throw notFound();
  let unitIds: string[] | null = null;
  let unitName: string | null = null;
  if (q.unitId) {
    const unit = await repo.findUnit(db, q.unitId);
    if (!unit) throw fieldInvalid('unitId', 'employee.unitNotFound', 'not_found');
    unitName = unit.name;
    unitIds = await repo.subtreesOf(db, [q.unitId]);
  }
  const { people, evaluations } = await repo.functionalWithFinals(db, cycle.id, unitIds);
  const byEmployee = new Map<string, repo.CycleEvaluationRow[]>();
  for (const e of evaluations) byEmployee.set(e.employeeId, [...(byEmployee.get(e.employeeId) ?? []), e]);
  const rows: CreditPointsSheet['rows'] = [];
  const totals: CreditPointsSheet['totals'] = [];
  for (const person of people) {
    if (!person.functionalLevel) continue;
    const own = byEmployee.get(person.id) ?? [];
    const labels = new Map(own.map((r) => [r.periodId, r.periodLabel]));
    const { items, total } = creditPointItems(person.functionalLevel, own);
    if (items.length === 0) continue;
    const who = {
      nip: person.nip,
      name: person.name,
      positionTitle: person.positionTitle,
      level: person.functionalLevel,
      unitName: person.unitName,
    };
    for (const i of items)
      rows.push({
        ...who,
        periodLabel: labels.get(i.periodId) ?? '',
        months: i.months,
        predicate: i.predicate,
        percentage: i.percentage,
        coefficient: i.coefficient,
        points: i.points,
      });
    totals.push({ ...who, total });
  }
  return { cycleYear: cycle.year, unitName, rows, totals };
}

/** The credit-point sheet as an XLSX workbook, written in the worker pool. */
export async function creditPointsWorkbook(
  deps: Deps,
  ctx: RequestContext,
  q: CreditPointsExportQuery,
): Promise<{ file: Readable; cycleYear: number }> {
  const sheet = await creditPointsSheet(deps, ctx, q);
  return {
    file: await creditPointsWorkbookStream(sheet, deps.clock.now().toISOString()),
    cycleYear: sheet.cycleYear,
  };
}
