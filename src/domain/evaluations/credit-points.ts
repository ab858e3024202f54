/**
 * Angka kredit for functional positions (domain §7, Peraturan BKN 3/2023): per evaluation counted,
 *
 *   points = months / 12 × percentage × yearly coefficient
 *
 * with the percentage of the predicate and the coefficient of the functional level below. Which evaluations count in
 * a cycle: a final annual evaluation counts alone, for 12 months; without one, each final periodic evaluation counts
 * for the months of its period (the calendar months from its start date to its end date, both included).
 *
 * Rounding (stated here, used everywhere): the points of each evaluation are rounded to 3 decimals, half up
 * (7.03125 → 7.031); the total is the sum of the rounded points, so a printed sheet adds up. The arithmetic is
 * done in integers (coefficients × 100, points × 1000): no binary floating-point residue.
 */
import type { FunctionalLevel } from '../people/ranks.js';
import type { Predicate } from './matrix.js';

/** Percentage of the yearly coefficient earned per predicate. */
export const CREDIT_PERCENTAGES: Readonly<Record<Predicate, number>> = {
  sangat_baik: 150,
  baik: 100,
  butuh_perbaikan: 75,
  kurang: 50,
  sangat_kurang: 25,
};

/** The yearly coefficient (koefisien per tahun) of each functional level. */
export const CREDIT_COEFFICIENTS: Readonly<Record<FunctionalLevel, number>> = {
  ahli_pertama: 12.5,
  ahli_muda: 25,
  ahli_madya: 37.5,
  ahli_utama: 50,
  pemula: 3.75,
  terampil: 5,
  mahir: 12.5,
  penyelia: 25,
};

/** Points are kept to this many decimals. */
export const CREDIT_POINT_DECIMALS = 3;

/** The months of an annual evaluation. */
export const ANNUAL_MONTHS = 12;

/** months/12 × percentage × coefficient, rounded to 3 decimals (half up). */
export function creditPoints(months: number, predicate: Predicate, level: FunctionalLevel): number {
  const percentage = CREDIT_PERCENTAGES[predicate];
  const coefficient100 = Math.round(CREDIT_COEFFICIENTS[level] * 100);
  // points × 1000 = months × percentage/100 × coefficient100/100 × 1000 / 12 = months × percentage × coefficient100 / 120
  const thousandths = Math.round((months * percentage * coefficient100) / 120);
  return thousandths / 1000;
}

/** The sum of rounded points, itself kept to 3 decimals. */
export function totalPoints(points: readonly number[]): number {
  return points.reduce((sum, p) => sum + Math.round(p * 1000), 0) / 1000;
}

/** The calendar months a period spans, both ends included (`2026-01-01`…`2026-03-31` → 3). */
export function monthsOf(startDate: string, endDate: string): number {
  const [sy, sm] = startDate.split('-').map(Number) as [number, number];
  const [ey, em] = endDate.split('-').map(Number) as [number, number];
  return Math.max(0, ey * 12 + em - (sy * 12 + sm) + 1);
}

/** An evaluation of the cycle as the rule needs it. */
export interface CreditSource {
  evaluationId: string;
  periodId: string;
  kind: 'periodic' | 'annual';
  startDate: string;
  endDate: string;
  status: 'draft' | 'final';
  predicate: Predicate | null;
}

export interface CreditPointItem {
  periodId: string;
  evaluationId: string;
  months: number;
  predicate: Predicate;
  percentage: number;
  coefficient: number;
  points: number;
}

/**
 * The evaluations of one cycle that count, with their points: the final annual one alone (12 months) when there is
 * one, else each final periodic one for its months, in the order of their periods.
 */
export function creditPointItems(
  level: FunctionalLevel,
  evaluations: readonly CreditSource[],
): { items: CreditPointItem[]; total: number } {
  const finals = evaluations.filter(
    (e): e is CreditSource & { predicate: Predicate } => e.status === 'final' && e.predicate !== null,
  );
  const annual = finals.find((e) => e.kind === 'annual');
  const counted = annual
    ? [{ ...annual, months: ANNUAL_MONTHS }]
    : finals
        .filter((e) => e.kind === 'periodic')
        .sort((a, b) => a.startDate.localeCompare(b.startDate))
        .map((e) => ({ ...e, months: monthsOf(e.startDate, e.endDate) }));
  const items = counted.map((e) => ({
    periodId: e.periodId,
    evaluationId: e.evaluationId,
    months: e.months,
    predicate: e.predicate,
    percentage: CREDIT_PERCENTAGES[e.predicate],
    coefficient: CREDIT_COEFFICIENTS[level],
    points: creditPoints(e.months, e.predicate, level),
  }));
  return { items, total: totalPoints(items.map((i) => i.points)) };
}
