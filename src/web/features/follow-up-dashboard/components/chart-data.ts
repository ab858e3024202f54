import type { FollowUpDashboardView, FollowUpFigures } from '../types';

/**
 * What the charts and their tables show, computed once: the chart and the table of each panel read the same rows, so
 * the table (the accessible alternative) always shows the chart's figures.
 */

/** One bar group of the per-unit charts: a unit's subtree, or (`ownOnly`) the chosen unit's own employees. */
export interface ChartUnit {
  unitId: string;
  name: string;
  ownOnly: boolean;
  figures: FollowUpFigures;
}

/**
 * The units compared: with several tops (the whole agency, or a head of several units) each top's subtree; with one,
 * its own employees (when it has any) beside each child unit's subtree (together they make up the top's total); a unit
 * without children alone.
 */
export function chartUnits(view: FollowUpDashboardView): ChartUnit[] {
  const roots = view.units.filter((u) => u.depth === 0);
  if (roots.length !== 1)
    return roots.map((u) => ({ unitId: u.unitId, name: u.name, ownOnly: false, figures: u.total }));
  const root = roots[0]!;
  const children = view.units.filter((u) => u.parentId === root.unitId);
  if (children.length === 0)
    return [{ unitId: root.unitId, name: root.name, ownOnly: false, figures: root.total }];
  return [
    ...(root.own.employees > 0
      ? [{ unitId: root.unitId, name: root.name, ownOnly: true, figures: root.own }]
      : []),
    ...children.map((u) => ({ unitId: u.unitId, name: u.name, ownOnly: false, figures: u.total })),
  ];
}

export interface ItemRow {
  unit: string;
  planned: number;
  completed: number;
  overdue: number;
}

export const ITEM_SERIES = [
  { name: 'planned', color: 'blue.6' },
  { name: 'completed', color: 'teal.6' },
  { name: 'overdue', color: 'red.6' },
] as const;

export const itemRows = (units: ChartUnit[], label: (u: ChartUnit) => string): ItemRow[] =>
  units.map((u) => ({
    unit: label(u),
    planned: u.figures.items.planned,
    completed: u.figures.items.completed,
    overdue: u.figures.items.overdue,
  }));

export interface LearningRow {
  unit: string;
  hours: number;
  cost: number;
}

export const LEARNING_SERIES = [
  { name: 'hours', color: 'indigo.6' },
  { name: 'cost', color: 'orange.6', yAxisId: 'right' },
] as const;

export const learningRows = (units: ChartUnit[], label: (u: ChartUnit) => string): LearningRow[] =>
  units.map((u) => ({ unit: label(u), hours: u.figures.learning.hours, cost: u.figures.learning.cost }));

export const PERIOD_STATUSES = ['open', 'passed', 'escalated', 'closed'] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];
export const PERIOD_COLORS: Record<PeriodStatus, string> = {
  open: 'blue.6',
  passed: 'teal.6',
  escalated: 'red.6',
  closed: 'gray.6',
};

export interface PeriodSlice {
  status: PeriodStatus;
  value: number;
}

/** The improvement periods by outcome (every status, zeros included: the table lists them all). */
export const periodSlices = (f: FollowUpFigures): PeriodSlice[] =>
  PERIOD_STATUSES.map((status) => ({ status, value: f.improvementPeriods[status] }));
