import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  belongsTo,
  checkDistribution,
  DEFAULT_DISTRIBUTION_RULES,
  distributionOf,
  distributionPattern,
  emptyCounts,
  type Population,
} from './distribution.js';
import type { PREDICATES } from './matrix.js';
import { suggestionFor } from './suggestion.js';

const baik = (counts: Partial<Record<(typeof PREDICATES)[number], number>>): Population => ({
  unitId: 'u1',
  periodId: 'p1',
  childUnitIds: ['child1', 'child2'],
  orgPredicate: 'baik',
  counts: { ...emptyCounts(), ...counts },
});

describe('the distribution of a population', () => {
  it('when a Baik unit has 3 Baik and nobody below, then the "BP + Kurang ≥ 1 person" rule is broken', () => {
    const d = distributionOf(baik({ baik: 3 }), DEFAULT_DISTRIBUTION_RULES);
    expect(d.total).toBe(3);
    expect(d.violations).toEqual([
      { rule: 'max', predicates: ['baik'], limit: 2, actual: 3 },
      { rule: 'min', predicates: ['butuh_perbaikan', 'kurang'], limit: 1, actual: 0 },
    ]);
    expect(d.pattern.map((r) => r.ok)).toEqual([false, false]);
  });

  it('when a staff member of the unit or the head of a child unit is added, then they are counted; the unit’s own head, staff of a child unit or someone elsewhere are not', () => {
    const pop = baik({ baik: 1, butuh_perbaikan: 1 });
    const rules = DEFAULT_DISTRIBUTION_RULES;
    const baikOf = (unitId: string, headsUnit: boolean) =>
      distributionOf(pop, rules, { unitId, headsUnit, predicate: 'baik' }).counts.baik;
    expect(baikOf('u1', false)).toBe(2);
    expect(baikOf('child1', true)).toBe(2);
    expect(baikOf('u1', true)).toBe(1);
    expect(baikOf('child1', false)).toBe(1);
    expect(baikOf('u2', false)).toBe(1);
    expect(pop.counts.baik).toBe(1);
  });

  it('each evaluation belongs to exactly one level: a head to the parent’s population, staff to their own unit’s', () => {
    const parent = baik({});
    const child = { ...baik({}), unitId: 'child1', childUnitIds: [] };
    const head = { unitId: 'child1', headsUnit: true };
    const staff = { unitId: 'child1', headsUnit: false };
    expect([belongsTo(head, parent), belongsTo(head, child)]).toEqual([true, false]);
    expect([belongsTo(staff, parent), belongsTo(staff, child)]).toEqual([false, true]);
  });

  it('when the unit has no organisation predicate, then there is no pattern and nothing is broken', () => {
    const d = distributionOf({ ...baik({ sangat_baik: 5 }), orgPredicate: null }, DEFAULT_DISTRIBUTION_RULES);
    expect(d.violations).toEqual([]);
    expect(d.pattern).toEqual([]);
    expect(d.total).toBe(5);
  });

  it('for any counts, the pattern rows that fail are exactly the violations of the check', () => {
    const counts = fc.record({
      sangat_baik: fc.nat(20),
      baik: fc.nat(20),
      butuh_perbaikan: fc.nat(20),
      kurang: fc.nat(20),
      sangat_kurang: fc.nat(20),
    });
    const org = fc.constantFrom('istimewa', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang' as const);
    fc.assert(
      fc.property(org, counts, (o, c) => {
        const failing = distributionPattern(o, c)
          .filter((r) => !r.ok)
          .map(({ rule, predicates, limit, actual }) => ({ rule, predicates, limit, actual }));
        expect(failing).toEqual(checkDistribution(o, c));
      }),
    );
  });
});

describe('the suggestion over the rated results', () => {
  const results = [
    { id: 'r1', kind: 'main' as const },
    { id: 'r2', kind: 'main' as const },
    { id: 'r3', kind: 'additional' as const },
  ];

  it('when two of three results are above but a main result is below, then "meets", with the counts', () => {
    expect(
      suggestionFor(results, [
        { resultId: 'r1', rating: 'below' },
        { resultId: 'r2', rating: 'above' },
        { resultId: 'r3', rating: 'above' },
      ]),
    ).toEqual({
      rating: 'meets',
      reason: 'main_result_below',
      rated: 3,
      above: 2,
      meets: 0,
      below: 1,
      mainBelow: 1,
    });
  });

  it('when a rating names a result that is not in the plan, then it is ignored; none rated gives no suggestion', () => {
    expect(suggestionFor(results, [{ resultId: 'elsewhere', rating: 'above' }])).toBeNull();
    expect(
      suggestionFor(results, [
        { resultId: 'r1', rating: 'above' },
        { resultId: 'elsewhere', rating: 'below' },
      ])?.rated,
    ).toBe(1);
  });
});
