import {
  daysOverdue,
  jpShortfall,
  roundJp,
  zeroFigures,
} from '../../../domain/follow-up-dashboard/figures.js';
import type {
  FollowUpFigures,
  FollowUpUnitView,
  JpShortView,
  OverdueItemView,
} from '../../../domain/follow-up-dashboard/view.js';
import type * as repo from './follow-up-dashboard.repository.js';

/** Rows → API shapes. No queries, no rules beyond naming the numbers. */

const n = (v: number | string | null | undefined) => Number(v ?? 0);

/** Each unit's own figures from the aggregate rows (units without any row have none). */
export function ownFigures(rows: {
  plans: repo.PlanCountsRow[];
  items: repo.ItemCountsRow[];
  ledger: repo.LedgerCountsRow[];
  statuses: repo.StatusCountsRow[];
}): Map<string, FollowUpFigures> {
  const own = new Map<string, FollowUpFigures>();
  const of = (unitId: string) => {
    let f = own.get(unitId);
    if (!f) own.set(unitId, (f = zeroFigures()));
    return f;
  };
  for (const r of rows.plans) of(r.unit_id).plans = { open: n(r.open), agreed: n(r.agreed) };
  for (const r of rows.items) {
    const f = of(r.unit_id);
    f.items = { planned: n(r.planned), completed: n(r.completed), overdue: n(r.overdue) };
    f.learning.hours = roundJp(n(r.hours));
    f.learning.cost = n(r.cost);
  }
  for (const r of rows.ledger) {
    const f = of(r.unit_id);
    f.employees = n(r.employees);
    f.learning.pns = n(r.pns);
    f.learning.pnsBelowMinimum = n(r.pns_below);
    f.learning.pppk = n(r.pppk);
    f.learning.pppkAboveMaximum = n(r.pppk_above);
  }
  for (const r of rows.statuses) {
    const f = of(r.unit_id);
    const count = n(r.n);
    if (r.kind === 'period' && r.status in f.improvementPeriods)
      f.improvementPeriods[r.status as keyof FollowUpFigures['improvementPeriods']] += count;
    else if (r.kind === 'nomination' && r.status in f.nominations)
      f.nominations[r.status as keyof FollowUpFigures['nominations']] += count;
    else if (r.kind === 'escalation') {
      if (r.status === 'decided') {
        f.escalations.decided += count;
        f.escalations.decisions[r.decision] = (f.escalations.decisions[r.decision] ?? 0) + count;
      } else f.escalations.open += count;
    }
  }
  return own;
}

/** The units of the answer in tree order below each root, with their own and subtree figures. */
export function unitViews(
  tree: repo.TreeUnit[],
  children: Map<string | null, string[]>,
  roots: string[],
  own: Map<string, FollowUpFigures>,
  total: Map<string, FollowUpFigures>,
): FollowUpUnitView[] {
  const byId = new Map(tree.map((u) => [u.id, u]));
  const out: FollowUpUnitView[] = [];
  const walk = (id: string, depth: number) => {
    const u = byId.get(id)!;
    out.push({
      unitId: u.id,
      code: u.code,
      name: u.name,
      parentId: u.parent_id,
      depth,
      own: own.get(u.id) ?? zeroFigures(),
      total: total.get(u.id) ?? zeroFigures(),
    });
    for (const c of children.get(id) ?? []) walk(c, depth + 1);
  };
  for (const r of roots) walk(r, 0);
  return out;
}

export const overdueItemView = (r: repo.OverdueRow, today: string): OverdueItemView => ({
  itemId: r.item_id,
  planId: r.plan_id,
  employeeId: r.employee_id,
  name: r.name,
  nip: r.nip,
  unitId: r.unit_id,
  unitName: r.unit_name,
  title: r.title,
  dueDate: r.due_date,
  daysOverdue: daysOverdue(r.due_date, today),
});

export const jpShortView = (r: repo.JpShortRow): JpShortView => {
  const hours = roundJp(n(r.hours));
  return {
    employeeId: r.employee_id,
    name: r.name,
    nip: r.nip,
    unitId: r.unit_id,
    unitName: r.unit_name,
    hours,
    shortfall: jpShortfall(hours),
  };
};
