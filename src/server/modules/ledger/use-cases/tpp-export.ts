import type { Readable } from 'node:stream';
import { tppPercentage } from '../../../../domain/evaluations/tpp.js';
import type { TppExportQuery } from '../../../../domain/ledger/schemas.js';
import type { TppExportView } from '../../../../domain/ledger/view.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { fieldInvalid, notFound } from '../../../platform/errors.js';
import { requireExporter } from '../ledger.policy.js';
import * as repo from '../ledger.repository.js';
import { tppRates } from './tpp-settings.js';
import { tppWorkbookStream } from './workbooks.js';

/**
 * The allowance (TPP) export of a periodic period (hr_admin): every final evaluation of the period with the
 * percentage of the table in force, by the unit the employee was evaluated in, then name; `missing` lists the active
 * employees with no final evaluation for the period. An annual period has no monthly allowance: 400.
 */
export async function tppExport(deps: Deps, ctx: RequestContext, q: TppExportQuery): Promise<TppExportView> {
  requireExporter(ctx);
  const db = deps.database.db;
  const period = await repo.findPeriod(db, q.periodId);
  if (!period) throw notFound();
  if (period.kind !== 'periodic') throw fieldInvalid('periodId', 'tpp.annualPeriod', 'annual_period');
  const [{ rates }, finals, missing] = await Promise.all([
    tppRates(db),
    repo.finalEvaluationsOfPeriod(db, period.id),
    repo.withoutFinalEvaluation(db, period.id),
  ]);
  return {
    period: { id: period.id, label: period.label, startDate: period.startDate, endDate: period.endDate },
    rates: { ...rates },
    items: finals.flatMap((f) =>
      f.predicate
        ? [
            {
              employeeId: f.employeeId,
              nip: f.nip,
              name: f.name,
              unitId: f.unitId,
              unitName: f.unitName,
              evaluationId: f.evaluationId,
              predicate: f.predicate,
              percentage: tppPercentage(rates, f.predicate),
            },
          ]
        : [],
    ),
    missing,
  };
}

/** The TPP export as an XLSX workbook (sheet "TPP" and sheet "Belum Dievaluasi"), written in the worker pool. */
export async function tppWorkbook(
  deps: Deps,
  ctx: RequestContext,
  q: TppExportQuery,
): Promise<{ file: Readable; label: string }> {
  const view = await tppExport(deps, ctx, q);
  return { file: await tppWorkbookStream(view, deps.clock.now().toISOString()), label: view.period.label };
}
