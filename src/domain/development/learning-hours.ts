/**
 * Learning hours (jam pelajaran, JP): the yearly ledger of an employee's completed development items (issue 14.3).
 *
 * - PNS: at least 20 JP of competence development a year (PP 17/2020, art. 203 (4)); no maximum.
 * - PPPK: at most 24 JP a year (PP 49/2018, art. 40 (3)); no minimum.
 *
 * A completed item counts in the calendar year of its completion in Asia/Jakarta: an item completed on 1 January at
 * 05:00 WIB (31 December 22:00 UTC) counts for the new year. Hours are kept to one decimal, as the catalogue stores
 * them.
 */

/** PP 17/2020 art. 203: the yearly minimum for PNS. */
export const PNS_MINIMUM_HOURS = 20;
/** PP 49/2018 art. 40: the yearly maximum for PPPK. */
export const PPPK_MAXIMUM_HOURS = 24;

export type AsnType = 'PNS' | 'PPPK';

/** The bounds of an ASN type: the other bound is null. */
export function learningHourBounds(asnType: AsnType): { minimum: number | null; maximum: number | null } {
  return asnType === 'PNS'
    ? { minimum: PNS_MINIMUM_HOURS, maximum: null }
    : { minimum: null, maximum: PPPK_MAXIMUM_HOURS };
}

/** Asia/Jakarta (WIB) is UTC+7 all year (no daylight saving). */
const WIB_OFFSET_MS = 7 * 3_600_000;

/** The calendar year of an instant in Asia/Jakarta. */
export function jakartaYearOf(instant: Date): number {
  return new Date(instant.getTime() + WIB_OFFSET_MS).getUTCFullYear();
}

/** The instants a calendar year spans in Asia/Jakarta: [start, end). */
export function jakartaYearRange(year: number): { start: Date; end: Date } {
  return {
    start: new Date(Date.UTC(year, 0, 1) - WIB_OFFSET_MS),
    end: new Date(Date.UTC(year + 1, 0, 1) - WIB_OFFSET_MS),
  };
}

/** Hours to one decimal (tenths), free of binary floating-point residue (0.1 + 0.2). */
export function roundHours(hours: number): number {
  return Math.round(hours * 10) / 10;
}

/**
 * Where an employee stands for a year:
 * - `met`: PNS with at least the minimum;
 * - `short`: PNS below the minimum while the year still runs (there is time to catch up);
 * - `missed`: PNS below the minimum for a year that has ended;
 * - `within`: PPPK at or under the maximum;
 * - `over`: PPPK above the maximum (flagged: the extra hours go beyond the PPPK entitlement).
 */
export const LEARNING_HOURS_STANDINGS = ['met', 'short', 'missed', 'within', 'over'] as const;
export type LearningHoursStanding = (typeof LEARNING_HOURS_STANDINGS)[number];

export interface LedgerItem {
  hours: number;
  completedAt: Date;
}

export interface LearningHoursLedger<T extends LedgerItem> {
  year: number;
  /** the sum of the hours of the items completed in the year, to one decimal */
  hours: number;
  minimum: number | null;
  maximum: number | null;
  /** PNS: minimum − hours, never below 0; PPPK: 0 */
  shortfall: number;
  /** PPPK: hours − maximum, never below 0; PNS: 0 */
  overMaximum: number;
  standing: LearningHoursStanding;
  /** the items completed in the year, oldest first */
  items: T[];
}

/** The standing of a yearly total (see `LearningHoursStanding`); `today` is a `YYYY-MM-DD` date in Asia/Jakarta. */
export function standingOf(
  asnType: AsnType,
  year: number,
  hours: number,
  today: string,
): LearningHoursStanding {
  const { minimum, maximum } = learningHourBounds(asnType);
  if (maximum !== null) return hours > maximum ? 'over' : 'within';
  if (minimum !== null && hours < minimum) {
    const ended = today > `${year}-12-31`;
    return ended ? 'missed' : 'short';
  }
  return 'met';
}

/** PNS: how many hours are still missing for the year (never negative); PPPK: 0. */
export function shortfallOf(asnType: AsnType, hours: number): number {
  const { minimum } = learningHourBounds(asnType);
  return minimum === null ? 0 : roundHours(Math.max(0, minimum - hours));
}

/** PPPK: how many hours exceed the maximum (never negative); PNS: 0. */
export function overMaximumOf(asnType: AsnType, hours: number): number {
  const { maximum } = learningHourBounds(asnType);
  return maximum === null ? 0 : roundHours(Math.max(0, hours - maximum));
}

/**
 * The ledger of one year from an employee's completed items (any year: those of other years are left out).
 * `today` (`YYYY-MM-DD`, Asia/Jakarta) tells a shortfall while the year runs from one after it ended.
 */
export function learningHoursLedger<T extends LedgerItem>(
  asnType: AsnType,
  year: number,
  completed: readonly T[],
  today: string,
): LearningHoursLedger<T> {
  const items = completed
    .filter((i) => jakartaYearOf(i.completedAt) === year)
    .sort((a, b) => a.completedAt.getTime() - b.completedAt.getTime());
  // sum in tenths: 0.1 + 0.2 must be 0.3
  const hours = items.reduce((sum, i) => sum + Math.round(i.hours * 10), 0) / 10;
  return {
    year,
    hours,
    ...learningHourBounds(asnType),
    shortfall: shortfallOf(asnType, hours),
    overMaximum: overMaximumOf(asnType, hours),
    standing: standingOf(asnType, year, hours, today),
    items,
  };
}
