import { describe, expect, it } from 'vitest';
import { PREDICATES } from './matrix.js';
import { DEFAULT_TPP_RATES, tppPercentage, tppRatesSchema, tppRows } from './tpp.js';

describe('the allowance (TPP) table', () => {
  it.each([
    ['sangat_baik', 100],
    ['baik', 100],
    ['butuh_perbaikan', 80],
    ['kurang', 60],
    ['sangat_kurang', 40],
  ] as const)(
    'when the default table is used and the predicate is %s, then the percentage is %i',
    (p, pct) => {
      expect(tppPercentage(DEFAULT_TPP_RATES, p)).toBe(pct);
    },
  );

  it('when a regency changes the table, then every predicate maps through the changed one', () => {
    const rates = { sangat_baik: 100, baik: 90, butuh_perbaikan: 70, kurang: 50, sangat_kurang: 0 };
    expect(PREDICATES.map((p) => tppPercentage(rates, p))).toEqual([100, 90, 70, 50, 0]);
  });

  it('when the table is listed, then the rows follow the predicates best first', () => {
    expect(tppRows(DEFAULT_TPP_RATES)).toEqual([
      { predicate: 'sangat_baik', percentage: 100 },
      { predicate: 'baik', percentage: 100 },
      { predicate: 'butuh_perbaikan', percentage: 80 },
      { predicate: 'kurang', percentage: 60 },
      { predicate: 'sangat_kurang', percentage: 40 },
    ]);
  });
});

describe('validating a TPP table', () => {
  it('when the default table is validated, then it passes', () => {
    expect(tppRatesSchema.safeParse(DEFAULT_TPP_RATES).success).toBe(true);
  });

  const cases: Array<[string, unknown, string[]]> = [
    [
      'a predicate is missing',
      { sangat_baik: 100, baik: 100, butuh_perbaikan: 80, kurang: 60 },
      ['sangat_kurang'],
    ],
    ['a percentage is above 100', { ...DEFAULT_TPP_RATES, sangat_baik: 101 }, ['sangat_baik']],
    ['a percentage is negative', { ...DEFAULT_TPP_RATES, kurang: -1 }, ['kurang']],
    ['a percentage is not whole', { ...DEFAULT_TPP_RATES, baik: 99.5 }, ['baik']],
    ['a percentage is text', { ...DEFAULT_TPP_RATES, baik: '100' }, ['baik']],
    ['an unknown predicate is added', { ...DEFAULT_TPP_RATES, istimewa: 120 }, ['']],
  ];
  it.each(cases)('when %s, then it is refused naming the field', (_what, value, paths) => {
    const result = tppRatesSchema.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(paths);
  });

  it.each([0, 100])('when a percentage is at the bound %i, then it passes', (bound) => {
    expect(tppRatesSchema.safeParse({ ...DEFAULT_TPP_RATES, sangat_kurang: bound }).success).toBe(true);
  });
});
