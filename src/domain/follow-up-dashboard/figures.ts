/**
 * The rules behind the follow-up dashboards (issue 14 part 8): the learning-hours bounds, the year and the days
 * overdue in Asia/Jakarta, and how a unit's numbers roll up its subtree. Pure; shared by server and web.
 */
import type { FollowUpFigures } from './view.js';

/** PNS: at least 20 JP of competence development a year (PP 17/2020 art. 203). */
export const JP_MINIMUM_PNS = 20;
/** PPPK: at most 24 JP a year (PP 49/2018 art. 40). */
export const JP_MAXIMUM_PPPK = 24;

export type AsnType = 'PNS' | 'PPPK';
export type JpStanding = 'below_minimum' | 'above_maximum' | 'within';

/** JP are kept to one decimal (the ledger's precision): sums are rounded back to it. */
export const roundJp = (hours: number): number => Math.round(hours * 10) / 10;

/** Where an employee's JP of the year stand: a PNS below the minimum, a PPPK above the maximum, else within. */
export function jpStanding(asnType: AsnType, hours: number): JpStanding {
  if (asnType === 'PNS' && hours < JP_MINIMUM_PNS) return 'below_minimum';
  if (asnType === 'PPPK' && hours > JP_MAXIMUM_PPPK) return 'above_maximum';
  return 'within';
}

/** The JP a PNS still misses to the minimum (0 when reached). */
export const jpShortfall = (hours: number): number => Math.max(0, roundJp(JP_MINIMUM_PNS - hours));

/** Asia/Jakarta (WIB) is UTC+7 all year: no daylight saving. */
const WIB_OFFSET = '+07:00';

/**
 * The instants of a calendar year in Asia/Jakarta: `from` inclusive, `to` exclusive (1 January of the next year), and
 * its first and last days as dates.
 */
export function yearWindow(year: number): { from: Date; to: Date; firstDay: string; lastDay: string } {
  return {
    from: new Date(`${year}-01-01T00:00:00${WIB_OFFSET}`),
    to: new Date(`${year + 1}-01-01T00:00:00${WIB_OFFSET}`),
    firstDay: `${year}-01-01`,
    lastDay: `${year}-12-31`,
  };
}

const DAY_MS = 86_400_000;
const utcDay = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};

/** Whole days from the due date to today (both `YYYY-MM-DD`): 1 the day after it was due; 0 or less = not overdue. */
export const daysOverdue = (dueDate: string, today: string): number =>
  Math.round((utcDay(today) - utcDay(dueDate)) / DAY_MS);

export function zeroFigures(): FollowUpFigures {
  return {
    employees: 0,
    plans: { open: 0, agreed: 0 },
    items: { planned: 0, completed: 0, overdue: 0 },
    learning: { hours: 0, cost: 0, pns: 0, pnsBelowMinimum: 0, pppk: 0, pppkAboveMaximum: 0 },
    improvementPeriods: { open: 0, passed: 0, escalated: 0, closed: 0 },
    escalations: { open: 0, decided: 0, decisions: {} },
    nominations: { nominated: 0, accepted: 0, declined: 0 },
  };
}

function addCounts<T extends Record<string, number>>(a: T, b: T): T {
  const out = { ...a };
  for (const k of Object.keys(b) as Array<keyof T>) out[k] = ((a[k] ?? 0) + (b[k] ?? 0)) as T[keyof T];
  return out;
}

/** The sum of two sets of figures (decisions added by name; JP rounded to the ledger's decimal). */
export function addFigures(a: FollowUpFigures, b: FollowUpFigures): FollowUpFigures {
  const { decisions: da, ...ea } = a.escalations;
  const { decisions: db, ...eb } = b.escalations;
  const learning = addCounts(a.learning, b.learning);
  return {
    employees: a.employees + b.employees,
    plans: addCounts(a.plans, b.plans),
    items: addCounts(a.items, b.items),
    learning: { ...learning, hours: roundJp(learning.hours) },
    improvementPeriods: addCounts(a.improvementPeriods, b.improvementPeriods),
    escalations: { ...addCounts(ea, eb), decisions: addCounts(da, db) },
    nominations: addCounts(a.nominations, b.nominations),
  };
}

export interface TreeNode {
  id: string;
  parentId: string | null;
}

/**
 * Each unit's figures over its own subtree: its own plus those of every unit below it. `units` must list every
 * unit after its parent (tree order); units without figures of their own count zero.
 */
export function rollUp(
  units: readonly TreeNode[],
  own: ReadonlyMap<string, FollowUpFigures>,
): Map<string, FollowUpFigures> {
  const total = new Map<string, FollowUpFigures>();
  for (const u of units) total.set(u.id, own.get(u.id) ?? zeroFigures());
  // children before parents: walk the tree order backwards, adding each unit into its parent
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i]!;
    if (u.parentId !== null && total.has(u.parentId))
      total.set(u.parentId, addFigures(total.get(u.parentId)!, total.get(u.id)!));
  }
  return total;
}
