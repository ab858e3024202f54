import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkDistribution,
  DEFAULT_DISTRIBUTION_RULES,
  maxAllowed,
  minRequired,
  ruleLimit,
  type DistributionRule,
} from './distribution.js';
import {
  PREDICATE_LABELS,
  PREDICATES,
  predicateFor,
  RATINGS,
  type Predicate,
  type Rating,
} from './matrix.js';
import { canObject, objectionDeadline } from './objection.js';
import {
  annualSuggestion,
  ORG_PREDICATES,
  orgPredicateToResultRating,
  suggestResultRating,
  type OrgPredicate,
  type RatedResult,
} from './suggestion.js';

describe('the predicate matrix', () => {
  const expected: Record<Rating, Record<Rating, Predicate>> = {
    above: { below: 'kurang', meets: 'baik', above: 'sangat_baik' },
    meets: { below: 'kurang', meets: 'baik', above: 'baik' },
    below: { below: 'sangat_kurang', meets: 'butuh_perbaikan', above: 'butuh_perbaikan' },
  };
  for (const result of RATINGS) {
    for (const behaviour of RATINGS) {
      const p = expected[result][behaviour];
      it(`when the result is ${result} and the behaviour ${behaviour}, then the predicate is ${p}`, () => {
        expect(predicateFor(result, behaviour)).toBe(p);
      });
    }
  }
  it('when a predicate is shown, then it has its official label', () => {
    expect(PREDICATES.map((p) => PREDICATE_LABELS[p])).toEqual([
      'Sangat Baik',
      'Baik',
      'Butuh Perbaikan',
      'Kurang/Misconduct',
      'Sangat Kurang',
    ]);
  });
});

const main = (rating: Rating): RatedResult => ({ kind: 'main', rating });
const add = (rating: Rating): RatedResult => ({ kind: 'additional', rating });

describe('the suggested result rating', () => {
  it('when there are no results, then there is no suggestion', () => {
    expect(suggestResultRating([])).toBeNull();
  });
  it('when all results are above, then it suggests above', () => {
    expect(suggestResultRating([main('above'), add('above')])).toEqual({
      rating: 'above',
      reason: 'most_above',
    });
  });
  it('when most results are above and none of the main ones is below, then it suggests above', () => {
    expect(suggestResultRating([main('above'), main('above'), add('below')])?.rating).toBe('above');
  });
  it('when most results are above but a main result is below, then it does not suggest above', () => {
    expect(suggestResultRating([main('above'), add('above'), main('below')])).toEqual({
      rating: 'meets',
      reason: 'main_result_below',
    });
  });
  it('when exactly half the results are above (a tie), then it suggests meets', () => {
    expect(suggestResultRating([main('above'), main('meets')])).toEqual({
      rating: 'meets',
      reason: 'otherwise',
    });
  });
  it('when most results are below, then it suggests below', () => {
    expect(suggestResultRating([main('below'), add('below'), main('above')])).toEqual({
      rating: 'below',
      reason: 'most_below',
    });
  });
  it('when exactly half the results are below (a tie), then it suggests meets', () => {
    expect(suggestResultRating([main('below'), main('above')])?.rating).toBe('meets');
  });
  it('when the results are mixed without a majority, then it suggests meets', () => {
    expect(suggestResultRating([main('above'), main('meets'), main('below')])?.rating).toBe('meets');
  });
  it('when a single main result is below, then it suggests below', () => {
    expect(suggestResultRating([main('below')])?.rating).toBe('below');
  });
  it('when any results are rated, then above is never suggested with a main result below', () => {
    const arb = fc.array(
      fc.record({
        kind: fc.constantFrom('main' as const, 'additional' as const),
        rating: fc.constantFrom(...RATINGS),
      }),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(arb, (results) => {
        const s = suggestResultRating(results);
        if (results.some((r) => r.kind === 'main' && r.rating === 'below'))
          expect(s?.rating).not.toBe('above');
      }),
    );
  });
});

describe('the unit head rule', () => {
  const expected: Record<OrgPredicate, Rating> = {
    istimewa: 'above',
    baik: 'meets',
    butuh_perbaikan: 'below',
    kurang: 'below',
    sangat_kurang: 'below',
  };
  for (const org of ORG_PREDICATES) {
    it(`when the unit is ${org}, then the head is offered ${expected[org]}`, () => {
      expect(orgPredicateToResultRating(org)).toBe(expected[org]);
    });
  }
});

describe('the annual suggestion', () => {
  it('when there are no periodic predicates, then there is no suggestion', () => {
    expect(annualSuggestion([], 'latest')).toBeNull();
    expect(annualSuggestion([], 'most_frequent')).toBeNull();
  });
  it('when the mode is latest (the default), then it takes the last periodic predicate', () => {
    expect(annualSuggestion(['baik', 'baik', 'kurang'], 'latest')).toBe('kurang');
    expect(annualSuggestion(['baik', 'baik', 'kurang'])).toBe('kurang');
  });
  it('when the mode is most frequent, then it takes the most frequent predicate', () => {
    expect(annualSuggestion(['baik', 'sangat_baik', 'baik', 'kurang'], 'most_frequent')).toBe('baik');
  });
  it('when the most frequent predicates tie, then it takes the one that occurred latest', () => {
    expect(annualSuggestion(['baik', 'kurang', 'kurang', 'baik'], 'most_frequent')).toBe('baik');
    expect(annualSuggestion(['baik', 'kurang', 'baik', 'kurang'], 'most_frequent')).toBe('kurang');
    expect(annualSuggestion(['sangat_baik', 'baik', 'kurang'], 'most_frequent')).toBe('kurang');
  });
});

describe('rounding for small units', () => {
  it('when a maximum is p% of n, then it allows floor(p·n/100) but at least 1', () => {
    expect([1, 2, 3, 5, 10, 37].map((n) => maxAllowed(70, n))).toEqual([1, 1, 2, 3, 7, 25]);
    expect([1, 2, 3, 5, 10, 37].map((n) => maxAllowed(10, n))).toEqual([1, 1, 1, 1, 1, 3]);
    expect(maxAllowed(0, 10)).toBe(0);
    expect(maxAllowed(70, 0)).toBe(0);
  });
  it('when a minimum is p% of n, then it requires ceil(p·n/100)', () => {
    expect([1, 2, 3, 5, 10, 37].map((n) => minRequired(60, n))).toEqual([1, 2, 2, 3, 6, 23]);
    expect([1, 2, 3, 5, 10, 37].map((n) => minRequired(10, n))).toEqual([1, 1, 1, 1, 1, 4]);
  });
});

const SIZES = [1, 2, 3, 5, 10, 37] as const;
/** Limits worked out by hand, one per default rule in table order, per unit size. */
const EXPECTED_LIMITS: Record<OrgPredicate, Record<(typeof SIZES)[number], number[]>> = {
  // SB max 70%
  istimewa: { 1: [1], 2: [1], 3: [2], 5: [3], 10: [7], 37: [25] },
  // B max 70%; BP + K ≥ 1 person
  baik: { 1: [1, 1], 2: [1, 1], 3: [2, 1], 5: [3, 1], 10: [7, 1], 37: [25, 1] },
  // SB max 10%; BP min 60%
  butuh_perbaikan: { 1: [1, 1], 2: [1, 2], 3: [1, 2], 5: [1, 3], 10: [1, 6], 37: [3, 23] },
  // SB max 10%; BP min 10%; K min 60%
  kurang: { 1: [1, 1, 1], 2: [1, 1, 2], 3: [1, 1, 2], 5: [1, 1, 3], 10: [1, 1, 6], 37: [3, 4, 23] },
  // SB none; BP + K min 10%; SK min 60%
  sangat_kurang: {
    1: [0, 1, 1],
    2: [0, 1, 2],
    3: [0, 1, 2],
    5: [0, 1, 3],
    10: [0, 1, 6],
    37: [0, 4, 23],
  },
};

const zero = (): Record<Predicate, number> => ({
  sangat_baik: 0,
  baik: 0,
  butuh_perbaikan: 0,
  kurang: 0,
  sangat_kurang: 0,
});

/** n people: `inRule` of them in the rule's first predicate, the rest in a predicate outside the rule. */
function unitFor(rule: DistributionRule, n: number, inRule: number): Record<Predicate, number> {
  const counts = zero();
  const outside = PREDICATES.find((p) => !rule.predicates.includes(p)) as Predicate;
  counts[rule.predicates[0] as Predicate] = inRule;
  counts[outside] += n - inRule;
  return counts;
}

const sameRule = (rule: DistributionRule) => (v: { rule: string; predicates: Predicate[] }) =>
  v.rule === rule.rule && v.predicates.join() === rule.predicates.join();

describe('the distribution rules', () => {
  for (const org of ORG_PREDICATES) {
    const rules = DEFAULT_DISTRIBUTION_RULES[org];
    for (const n of SIZES) {
      const limits = EXPECTED_LIMITS[org][n];
      it(`when the unit is ${org} with ${n} people, then the limits are ${limits.join(', ')}`, () => {
        expect(rules.map((r) => ruleLimit(r, n))).toEqual(limits);
      });
      rules.forEach((rule, i) => {
        const limit = limits[i] as number;
        const what = `${rule.rule} ${rule.predicates.join('+')}`;
        it(`when the unit is ${org} with ${n} people, then "${what}" holds exactly at ${limit}`, () => {
          const at = checkDistribution(org, unitFor(rule, n, limit));
          expect(at.filter(sameRule(rule))).toEqual([]);
          const beyond = rule.rule === 'min' ? limit - 1 : limit + 1;
          if (beyond < 0 || beyond > n) return;
          expect(checkDistribution(org, unitFor(rule, n, beyond)).filter(sameRule(rule))).toEqual([
            { rule: rule.rule, predicates: [...rule.predicates], limit, actual: beyond },
          ]);
        });
      });
    }
  }

  it('when the unit is empty, then nothing is violated', () => {
    for (const org of ORG_PREDICATES) expect(checkDistribution(org, zero())).toEqual([]);
  });
  it('when a Baik unit of 5 are all Baik, then both its rules are broken', () => {
    expect(checkDistribution('baik', { ...zero(), baik: 5 })).toEqual([
      { rule: 'max', predicates: ['baik'], limit: 3, actual: 5 },
      { rule: 'min', predicates: ['butuh_perbaikan', 'kurang'], limit: 1, actual: 0 },
    ]);
  });
  it('when a Baik unit counts Butuh Perbaikan and Kurang together, then one of either satisfies the minimum', () => {
    expect(checkDistribution('baik', { ...zero(), baik: 3, sangat_baik: 1, kurang: 1 })).toEqual([]);
    expect(checkDistribution('baik', { ...zero(), baik: 3, sangat_baik: 1, butuh_perbaikan: 1 })).toEqual([]);
  });
  it('when a Sangat Kurang unit has anyone Sangat Baik, then "none" is broken', () => {
    expect(
      checkDistribution('sangat_kurang', { ...zero(), sangat_baik: 1, kurang: 3, sangat_kurang: 6 }),
    ).toEqual([{ rule: 'none', predicates: ['sangat_baik'], limit: 0, actual: 1 }]);
  });
  it('when an Istimewa unit has no Sangat Baik, then "most" sets no minimum', () => {
    expect(checkDistribution('istimewa', { ...zero(), baik: 10 })).toEqual([]);
  });
  it('when custom rules are given, then they are used instead of the defaults', () => {
    const rules = {
      ...DEFAULT_DISTRIBUTION_RULES,
      istimewa: [{ rule: 'max' as const, predicates: ['baik' as const], percent: 50 }],
    };
    expect(checkDistribution('istimewa', { ...zero(), baik: 3, sangat_baik: 1 }, rules)).toEqual([
      { rule: 'max', predicates: ['baik'], limit: 2, actual: 3 },
    ]);
  });
});

describe('the distribution check is monotone', () => {
  const countsArb = fc.record({
    sangat_baik: fc.nat({ max: 40 }),
    baik: fc.nat({ max: 40 }),
    butuh_perbaikan: fc.nat({ max: 40 }),
    kurang: fc.nat({ max: 40 }),
    sangat_kurang: fc.nat({ max: 40 }),
  });
  const caseArb = fc
    .tuple(fc.constantFrom(...ORG_PREDICATES), countsArb, fc.nat())
    .map(([org, counts, k]) => {
      const rules = DEFAULT_DISTRIBUTION_RULES[org];
      const rule = rules[k % rules.length] as DistributionRule;
      const p = rule.predicates[Math.floor(k / rules.length) % rule.predicates.length] as Predicate;
      return { org, counts, rule, p };
    });

  it('when one more person gets a capped predicate, then that cap is never less broken', () => {
    fc.assert(
      fc.property(caseArb, ({ org, counts, rule, p }) => {
        fc.pre(rule.rule !== 'min');
        const before = checkDistribution(org, counts).some(sameRule(rule));
        const after = checkDistribution(org, { ...counts, [p]: counts[p] + 1 }).some(sameRule(rule));
        expect(!before || after).toBe(true);
      }),
    );
  });
  it('when one more person gets a required predicate, then that minimum is never newly broken', () => {
    fc.assert(
      fc.property(caseArb, ({ org, counts, rule, p }) => {
        fc.pre(rule.rule === 'min');
        const before = checkDistribution(org, counts).some(sameRule(rule));
        const after = checkDistribution(org, { ...counts, [p]: counts[p] + 1 }).some(sameRule(rule));
        expect(!after || before).toBe(true);
      }),
    );
  });
  it('when a person moves from a capped predicate to one no rule mentions, then violations never grow', () => {
    fc.assert(
      fc.property(caseArb, ({ org, counts, rule, p }) => {
        fc.pre(rule.rule !== 'min' && counts[p] > 0);
        const mentioned = new Set(DEFAULT_DISTRIBUTION_RULES[org].flatMap((r) => r.predicates));
        const free = PREDICATES.find((q) => !mentioned.has(q));
        fc.pre(free !== undefined);
        const moved = { ...counts, [p]: counts[p] - 1, [free as Predicate]: counts[free as Predicate] + 1 };
        expect(checkDistribution(org, moved).length).toBeLessThanOrEqual(
          checkDistribution(org, counts).length,
        );
      }),
    );
  });
  it('when a person moves into a required predicate from one no rule mentions, then violations never grow', () => {
    fc.assert(
      fc.property(caseArb, ({ org, counts, rule, p }) => {
        const mentioned = new Set(DEFAULT_DISTRIBUTION_RULES[org].flatMap((r) => r.predicates));
        const free = PREDICATES.find((q) => !mentioned.has(q));
        const capped = DEFAULT_DISTRIBUTION_RULES[org].some(
          (r) => r.rule !== 'min' && r.predicates.includes(p),
        );
        fc.pre(rule.rule === 'min' && !capped && free !== undefined && counts[free as Predicate] > 0);
        const moved = { ...counts, [p]: counts[p] + 1, [free as Predicate]: counts[free as Predicate] - 1 };
        expect(checkDistribution(org, moved).length).toBeLessThanOrEqual(
          checkDistribution(org, counts).length,
        );
      }),
    );
  });
});

describe('the objection window', () => {
  // 2026-11-01 10:00 WIB (UTC+7)
  const received = new Date('2026-11-01T03:00:00Z');
  it('when the result was received on 1 November, then the last day is 15 November', () => {
    expect(objectionDeadline(received)).toBe('2026-11-15');
  });
  it('when it is the last minute of day 14 (23:59 WIB), then an objection is allowed', () => {
    expect(canObject(received, new Date('2026-11-15T16:59:00Z'))).toBe(true);
  });
  it('when it is the first minute of day 15 (00:00 WIB), then an objection is refused', () => {
    expect(canObject(received, new Date('2026-11-15T17:00:00Z'))).toBe(false);
  });
  it('when the result is received at 23:30 WIB (16:30 UTC), then that WIB day is day 0', () => {
    const late = new Date('2026-11-01T16:30:00Z');
    expect(objectionDeadline(late)).toBe('2026-11-15');
    expect(canObject(late, new Date('2026-11-15T16:59:00Z'))).toBe(true);
    expect(canObject(late, new Date('2026-11-15T17:00:00Z'))).toBe(false);
  });
  it('when it is just after midnight WIB (still the previous UTC day), then the WIB day counts', () => {
    const early = new Date('2026-10-31T17:30:00Z'); // 2026-11-01 00:30 WIB
    expect(objectionDeadline(early)).toBe('2026-11-15');
  });
  it('when the window is configured to 7 days, then day 7 is the last one', () => {
    expect(objectionDeadline(received, 7)).toBe('2026-11-08');
    expect(canObject(received, new Date('2026-11-08T16:59:00Z'), 7)).toBe(true);
    expect(canObject(received, new Date('2026-11-08T17:00:00Z'), 7)).toBe(false);
  });
  it('when the window crosses a month or year end, then calendar days are counted', () => {
    expect(objectionDeadline(new Date('2026-12-25T03:00:00Z'))).toBe('2027-01-08');
    expect(objectionDeadline(new Date('2028-02-20T03:00:00Z'))).toBe('2028-03-05');
  });
  it('when another time zone is configured, then its calendar day counts', () => {
    expect(objectionDeadline(new Date('2026-11-01T16:30:00Z'), 14, 'UTC')).toBe('2026-11-15');
    expect(objectionDeadline(new Date('2026-11-01T16:30:00Z'), 14, 'Asia/Jayapura')).toBe('2026-11-16');
  });
  it('when "now" is before the receipt, then an objection is refused', () => {
    expect(canObject(received, new Date('2026-11-01T02:00:00Z'))).toBe(false);
  });
});
