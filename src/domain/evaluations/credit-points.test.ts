import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUNCTIONAL_LEVELS, type FunctionalLevel } from '../people/ranks.js';
import {
  CREDIT_COEFFICIENTS,
  CREDIT_PERCENTAGES,
  creditPointItems,
  creditPoints,
  monthsOf,
  totalPoints,
  type CreditSource,
} from './credit-points.js';
import { PREDICATES, type Predicate } from './matrix.js';

describe('the percentages and coefficients of domain §7 (Peraturan BKN 3/2023)', () => {
  it('when the percentages are read, then they are 150, 100, 75, 50 and 25', () => {
    expect(CREDIT_PERCENTAGES).toEqual({
      sangat_baik: 150,
      baik: 100,
      butuh_perbaikan: 75,
      kurang: 50,
      sangat_kurang: 25,
    });
  });
  it('when the coefficients are read, then every level has the yearly coefficient of domain §7', () => {
    expect(CREDIT_COEFFICIENTS).toEqual({
      ahli_pertama: 12.5,
      ahli_muda: 25,
      ahli_madya: 37.5,
      ahli_utama: 50,
      pemula: 3.75,
      terampil: 5,
      mahir: 12.5,
      penyelia: 25,
    });
  });
});

/** A full year (12 months) for every level × predicate, worked by hand: coefficient × percentage, 3 decimals. */
const YEAR: Record<FunctionalLevel, Record<Predicate, number>> = {
  ahli_pertama: {
    sangat_baik: 18.75,
    baik: 12.5,
    butuh_perbaikan: 9.375,
    kurang: 6.25,
    sangat_kurang: 3.125,
  },
  ahli_muda: { sangat_baik: 37.5, baik: 25, butuh_perbaikan: 18.75, kurang: 12.5, sangat_kurang: 6.25 },
  ahli_madya: {
    sangat_baik: 56.25,
    baik: 37.5,
    butuh_perbaikan: 28.125,
    kurang: 18.75,
    sangat_kurang: 9.375,
  },
  ahli_utama: { sangat_baik: 75, baik: 50, butuh_perbaikan: 37.5, kurang: 25, sangat_kurang: 12.5 },
  // 0.75 × 3.75 = 2.8125 and 0.25 × 3.75 = 0.9375: rounded half up to 3 decimals
  pemula: { sangat_baik: 5.625, baik: 3.75, butuh_perbaikan: 2.813, kurang: 1.875, sangat_kurang: 0.938 },
  terampil: { sangat_baik: 7.5, baik: 5, butuh_perbaikan: 3.75, kurang: 2.5, sangat_kurang: 1.25 },
  mahir: { sangat_baik: 18.75, baik: 12.5, butuh_perbaikan: 9.375, kurang: 6.25, sangat_kurang: 3.125 },
  penyelia: { sangat_baik: 37.5, baik: 25, butuh_perbaikan: 18.75, kurang: 12.5, sangat_kurang: 6.25 },
};

/** A quarter (3 months) for every level × predicate, worked by hand: the year's exact value / 4, 3 decimals. */
const QUARTER: Record<FunctionalLevel, Record<Predicate, number>> = {
  // 4.6875 → 4.688; 2.34375 → 2.344; 1.5625 → 1.563; 0.78125 → 0.781
  ahli_pertama: {
    sangat_baik: 4.688,
    baik: 3.125,
    butuh_perbaikan: 2.344,
    kurang: 1.563,
    sangat_kurang: 0.781,
  },
  ahli_muda: { sangat_baik: 9.375, baik: 6.25, butuh_perbaikan: 4.688, kurang: 3.125, sangat_kurang: 1.563 },
  // 14.0625 → 14.063; 7.03125 → 7.031; 2.34375 → 2.344
  ahli_madya: {
    sangat_baik: 14.063,
    baik: 9.375,
    butuh_perbaikan: 7.031,
    kurang: 4.688,
    sangat_kurang: 2.344,
  },
  ahli_utama: { sangat_baik: 18.75, baik: 12.5, butuh_perbaikan: 9.375, kurang: 6.25, sangat_kurang: 3.125 },
  // 1.40625 → 1.406; 0.9375 → 0.938; 0.703125 → 0.703; 0.46875 → 0.469; 0.234375 → 0.234
  pemula: { sangat_baik: 1.406, baik: 0.938, butuh_perbaikan: 0.703, kurang: 0.469, sangat_kurang: 0.234 },
  // 1.875; 1.25; 0.9375 → 0.938; 0.625; 0.3125 → 0.313
  terampil: { sangat_baik: 1.875, baik: 1.25, butuh_perbaikan: 0.938, kurang: 0.625, sangat_kurang: 0.313 },
  mahir: { sangat_baik: 4.688, baik: 3.125, butuh_perbaikan: 2.344, kurang: 1.563, sangat_kurang: 0.781 },
  penyelia: { sangat_baik: 9.375, baik: 6.25, butuh_perbaikan: 4.688, kurang: 3.125, sangat_kurang: 1.563 },
};

describe('credit points for every level and predicate', () => {
  for (const level of FUNCTIONAL_LEVELS)
    for (const predicate of PREDICATES) {
      it(`when a ${level} is ${predicate} for 12 months, then ${YEAR[level][predicate]} points`, () => {
        expect(creditPoints(12, predicate, level)).toBe(YEAR[level][predicate]);
      });
      it(`when a ${level} is ${predicate} for 3 months, then ${QUARTER[level][predicate]} points`, () => {
        expect(creditPoints(3, predicate, level)).toBe(QUARTER[level][predicate]);
      });
    }

  it.each([
    [1, 'sangat_kurang', 'pemula', 0.078], // 0.078125
    [1, 'butuh_perbaikan', 'pemula', 0.234], // 0.234375
    [6, 'baik', 'ahli_madya', 18.75],
    [0, 'sangat_baik', 'ahli_utama', 0],
  ] as const)('when %i months are %s at %s, then %d points', (months, predicate, level, points) => {
    expect(creditPoints(months, predicate, level)).toBe(points);
  });

  it('when points are computed, then they never carry more than 3 decimals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12 }),
        fc.constantFrom(...PREDICATES),
        fc.constantFrom(...FUNCTIONAL_LEVELS),
        (months, predicate, level) => {
          const p = creditPoints(months, predicate, level);
          const exact = (months / 12) * (CREDIT_PERCENTAGES[predicate] / 100) * CREDIT_COEFFICIENTS[level];
          return (
            Number.isInteger(Math.round(p * 1000)) &&
            Math.abs(p * 1000 - Math.round(p * 1000)) < 1e-6 &&
            Math.abs(p - exact) <= 0.0005 + 1e-12
          );
        },
      ),
    );
  });
});

describe('the months of a period', () => {
  it.each([
    ['2026-01-01', '2026-03-31', 3],
    ['2026-04-01', '2026-06-30', 3],
    ['2026-11-01', '2026-11-30', 1],
    ['2026-01-01', '2026-12-31', 12],
    ['2026-11-01', '2027-02-28', 4],
  ])('when a period runs %s to %s, then it spans %i months', (start, end, months) => {
    expect(monthsOf(start, end)).toBe(months);
  });
});

const quarter = (
  n: number,
  predicate: Predicate | null,
  status: 'draft' | 'final' = 'final',
): CreditSource => ({
  evaluationId: `e${n}`,
  periodId: `q${n}`,
  kind: 'periodic',
  startDate: `2026-${String(n * 3 - 2).padStart(2, '0')}-01`,
  endDate: `2026-${String(n * 3).padStart(2, '0')}-28`,
  status,
  predicate,
});
const annual = (predicate: Predicate | null, status: 'draft' | 'final' = 'final'): CreditSource => ({
  evaluationId: 'ea',
  periodId: 'pa',
  kind: 'annual',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  status,
  predicate,
});

describe('which evaluations of a cycle count', () => {
  it('when the cycle has a final annual evaluation, then it counts alone for 12 months', () => {
    const { items, total } = creditPointItems('ahli_muda', [
      quarter(1, 'baik'),
      quarter(2, 'sangat_baik'),
      annual('sangat_baik'),
    ]);
    expect(items).toEqual([
      {
        periodId: 'pa',
        evaluationId: 'ea',
        months: 12,
        predicate: 'sangat_baik',
        percentage: 150,
        coefficient: 25,
        points: 37.5,
      },
    ]);
    expect(total).toBe(37.5);
  });

  it('when the annual evaluation is still a draft, then each final periodic one counts for its months, in order', () => {
    const { items, total } = creditPointItems('ahli_pertama', [
      quarter(2, 'butuh_perbaikan'),
      quarter(1, 'baik'),
      quarter(3, 'baik', 'draft'),
      annual('baik', 'draft'),
    ]);
    expect(items.map((i) => [i.periodId, i.months, i.percentage, i.points])).toEqual([
      ['q1', 3, 100, 3.125],
      ['q2', 3, 75, 2.344],
    ]);
    expect(total).toBe(5.469);
  });

  it('when the total is made, then it is the sum of the rounded points (the sheet adds up)', () => {
    const fourQuarters = [1, 2, 3, 4].map((n) => quarter(n, 'butuh_perbaikan'));
    const { items, total } = creditPointItems('ahli_madya', fourQuarters);
    expect(items.map((i) => i.points)).toEqual([7.031, 7.031, 7.031, 7.031]);
    expect(total).toBe(28.124);
    expect(totalPoints([0.1, 0.2])).toBe(0.3);
  });

  it('when there is no final evaluation, then nothing counts and the total is 0', () => {
    expect(creditPointItems('mahir', [quarter(1, null, 'draft')])).toEqual({ items: [], total: 0 });
  });
});
