import { addDays, daysInMonth, formatDate, maxDate, minDate, parseDate } from './dates.js';
import { MONTH_NAMES_ID } from '../dates.js';

/**
 * A performance cycle (domain §1): the periodic evaluations (monthly or quarterly, per agency) and the annual
 * evaluation. Periods follow calendar months or quarters; a cycle that starts or ends inside a month clips the
 * first or last period to its range.
 */
export const FREQUENCIES = ['monthly', 'quarterly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const PERIOD_KINDS = ['periodic', 'annual'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const MONTH_NAMES = MONTH_NAMES_ID;

export const QUARTER_NUMERALS = ['I', 'II', 'III', 'IV'] as const;

/** Default deadlines, in days after the end of a period. */
export const PROGRESS_DEADLINE_DAYS = 5;
export const EVALUATION_DEADLINE_DAYS = 10;

export const monthLabel = (year: number, month: number) => `${MONTH_NAMES[month - 1]} ${year}`;
export const quarterLabel = (year: number, quarter: number) =>
  `Triwulan ${QUARTER_NUMERALS[quarter - 1]} ${year}`;
export const annualLabel = (year: number) => `Tahunan ${year}`;

/** The SKP must be approved by the end of January of the cycle's year (the national schedule). */
export const defaultPlanningDeadline = (year: number) => formatDate(year, 1, 31);

/** The annual evaluation is due at the end of January of the following year. */
export const defaultAnnualEvaluationDeadline = (year: number) => formatDate(year + 1, 1, 31);

export interface PeriodPlan {
  kind: PeriodKind;
  /** the calendar month (1–12) or quarter (1–4); 0 for the annual period */
  index: number;
  label: string;
  startDate: string;
  endDate: string;
  progressDeadline: string;
  evaluationDeadline: string;
}

export interface CycleRange {
  year: number;
  startDate: string;
  endDate: string;
  frequency: Frequency;
}

/** The calendar months or quarters of a year: index, label, first and last day. */
function calendarSpans(year: number, frequency: Frequency) {
  if (frequency === 'monthly') {
    return MONTH_NAMES.map((_, i) => ({
      index: i + 1,
      label: monthLabel(year, i + 1),
      startDate: formatDate(year, i + 1, 1),
      endDate: formatDate(year, i + 1, daysInMonth(year, i + 1)),
    }));
  }
  return QUARTER_NUMERALS.map((_, i) => ({
    index: i + 1,
    label: quarterLabel(year, i + 1),
    startDate: formatDate(year, i * 3 + 1, 1),
    endDate: formatDate(year, i * 3 + 3, daysInMonth(year, i * 3 + 3)),
  }));
}

/**
 * The periods of a cycle: one per calendar month (or quarter) that overlaps [startDate, endDate], clipped to
 * that range, in order, followed by the annual period (index 0) over the whole range. Expects a valid range
 * (see `cycleRangeIssues`).
 */
export function generatePeriods(cycle: CycleRange): PeriodPlan[] {
  const periodic: PeriodPlan[] = calendarSpans(cycle.year, cycle.frequency)
    .filter((s) => s.endDate >= cycle.startDate && s.startDate <= cycle.endDate)
    .map((s) => {
      const endDate = minDate(s.endDate, cycle.endDate);
      return {
        kind: 'periodic',
        index: s.index,
        label: s.label,
        startDate: maxDate(s.startDate, cycle.startDate),
        endDate,
        progressDeadline: addDays(endDate, PROGRESS_DEADLINE_DAYS),
        evaluationDeadline: addDays(endDate, EVALUATION_DEADLINE_DAYS),
      };
    });
  return [
    ...periodic,
    {
      kind: 'annual',
      index: 0,
      label: annualLabel(cycle.year),
      startDate: cycle.startDate,
      endDate: cycle.endDate,
      progressDeadline: addDays(cycle.endDate, PROGRESS_DEADLINE_DAYS),
      evaluationDeadline: defaultAnnualEvaluationDeadline(cycle.year),
    },
  ];
}

/** The same calendar day a year later (29 February becomes 28 February). */
export function sameDayNextYear(date: string): string {
  const { year, month, day } = parseDate(date);
  return formatDate(year + 1, month, Math.min(day, daysInMonth(year + 1, month)));
}

export interface CycleRangeIssue {
  path: 'startDate' | 'endDate';
  key: 'cycle.dateOrder' | 'cycle.tooLong' | 'cycle.outsideYear';
}

/**
 * What is wrong with a cycle's range: the end before the start, a range longer than a year, or a date outside
 * the cycle's year. Each issue names the failing field.
 */
export function cycleRangeIssues(c: { year: number; startDate: string; endDate: string }): CycleRangeIssue[] {
  const issues: CycleRangeIssue[] = [];
  if (parseDate(c.startDate).year !== c.year) issues.push({ path: 'startDate', key: 'cycle.outsideYear' });
  if (c.endDate < c.startDate) {
    issues.push({ path: 'endDate', key: 'cycle.dateOrder' });
  } else if (c.endDate >= sameDayNextYear(c.startDate)) {
    issues.push({ path: 'endDate', key: 'cycle.tooLong' });
  } else if (parseDate(c.endDate).year !== c.year) {
    issues.push({ path: 'endDate', key: 'cycle.outsideYear' });
  }
  return issues;
}

/** The periodic period (not the annual one) that contains `date`, if any. */
export function periodicPeriodOn<T extends { kind: PeriodKind; startDate: string; endDate: string }>(
  periods: readonly T[],
  date: string,
): T | undefined {
  return periods.find((p) => p.kind === 'periodic' && p.startDate <= date && date <= p.endDate);
}
