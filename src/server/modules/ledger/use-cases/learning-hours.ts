import { dateIn } from '../../../../domain/dates.js';
import {
  jakartaYearOf,
  jakartaYearRange,
  learningHourBounds,
  learningHoursLedger,
  overMaximumOf,
  PNS_MINIMUM_HOURS,
  roundHours,
  shortfallOf,
  standingOf,
} from '../../../../domain/development/learning-hours.js';
import type { LearningHoursListQuery, LearningHoursQuery } from '../../../../domain/ledger/schemas.js';
import type { LearningHoursListView, LearningHoursView } from '../../../../domain/ledger/view.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { AppError, fieldInvalid } from '../../../platform/errors.js';
import { learningHoursScope, requireDevelopmentReader } from '../ledger.policy.js';
import { presentLearningHours, type CompletedItemRow } from '../ledger.presenter.js';
import * as repo from '../ledger.repository.js';

/** An employee's JP ledger for a year (default: the current year in Asia/Jakarta). */
export async function employeeLearningHours(
  deps: Deps,
  ctx: RequestContext,
  employeeId: string,
  q: LearningHoursQuery,
): Promise<LearningHoursView> {
  const db = deps.database.db;
  const now = deps.clock.now();
  const employee = await requireDevelopmentReader(db, ctx, employeeId);
  const year = q.year ?? jakartaYearOf(now);
  const { start, end } = jakartaYearRange(year);
  const rows = await repo.completedItems(db, employeeId, start, end);
  const completed: CompletedItemRow[] = rows.flatMap((r) =>
    r.completedAt ? [{ ...r, hours: Number(r.hours), completedAt: r.completedAt }] : [],
  );
  return presentLearningHours(employee, learningHoursLedger(employee.asnType, year, completed, dateIn(now)));
}

/**
 * Everyone's JP for a year, by name, with the shortfall; `short=true` keeps the PNS still below the minimum ("who is
 * short before the year ends"). hr_admin and the agency head: everyone; a unit head: their subtree; a supervisor: their
 * reports.
 */
export async function listLearningHours(
  deps: Deps,
  ctx: RequestContext,
  q: LearningHoursListQuery,
): Promise<LearningHoursListView> {
  const db = deps.database.db;
  const now = deps.clock.now();
  const today = dateIn(now);
  const scope = await learningHoursScope(db, ctx, today);
  let who: { unitIds: string[]; employeeIds: string[] } | null = scope;
  if (q.unitId) {
    if (!(await repo.unitExists(db, q.unitId)))
      throw fieldInvalid('unitId', 'employee.unitNotFound', 'not_found');
    if (scope && !scope.unitIds.includes(q.unitId)) throw new AppError('FORBIDDEN');
    who = { unitIds: await repo.subtreesOf(db, [q.unitId]), employeeIds: [] };
  }
  const year = q.year ?? jakartaYearOf(now);
  const { start, end } = jakartaYearRange(year);
  const rows = await repo.hoursPerEmployee(db, {
    start,
    end,
    who,
    shortOf: q.short === 'true' ? PNS_MINIMUM_HOURS : null,
    limit: q.limit,
    offset: q.offset,
  });
  return {
    year,
    items: rows.map((r) => {
      const hours = roundHours(Number(r.hours));
      return {
        employeeId: r.employee_id,
        nip: r.nip,
        name: r.name,
        asnType: r.asn_type,
        unitId: r.unit_id,
        unitName: r.unit_name,
        hours,
        ...learningHourBounds(r.asn_type),
        shortfall: shortfallOf(r.asn_type, hours),
        overMaximum: overMaximumOf(r.asn_type, hours),
        standing: standingOf(r.asn_type, year, hours, today),
      };
    }),
    total: Number(rows[0]?.total ?? 0),
  };
}
