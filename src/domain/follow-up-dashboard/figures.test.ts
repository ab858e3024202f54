import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addFigures,
  daysOverdue,
  JP_MAXIMUM_PPPK,
  JP_MINIMUM_PNS,
  jpShortfall,
  jpStanding,
  rollUp,
  yearWindow,
  zeroFigures,
  type AsnType,
  type JpStanding,
  type TreeNode,
} from './figures.js';
import type { FollowUpFigures } from './view.js';

describe('learning hours (JP) against the yearly bounds', () => {
  it('when the bounds are read, then PNS have a minimum of 20 and PPPK a maximum of 24', () => {
    expect([JP_MINIMUM_PNS, JP_MAXIMUM_PPPK]).toEqual([20, 24]);
  });

  const cases: Array<[AsnType, number, JpStanding]> = [
    ['PNS', 0, 'below_minimum'],
    ['PNS', 19.9, 'below_minimum'],
    ['PNS', 20, 'within'],
    ['PNS', 48, 'within'],
    ['PPPK', 0, 'within'],
    ['PPPK', 24, 'within'],
    ['PPPK', 24.1, 'above_maximum'],
    ['PPPK', 40, 'above_maximum'],
  ];
  it.each(cases)('when a %s has %d JP, then they stand %s', (asn, hours, standing) => {
    expect(jpStanding(asn, hours)).toBe(standing);
  });

  it.each([
    [0, 20],
    [7.5, 12.5],
    [19.9, 0.1],
    [20, 0],
    [32, 0],
  ])('when a PNS has %d JP, then %d JP are missing', (hours, missing) => {
    expect(jpShortfall(hours)).toBe(missing);
  });
});

describe('dates in Asia/Jakarta', () => {
  it('when a year is asked for, then it runs from midnight WIB on 1 January to midnight WIB a year later', () => {
    const w = yearWindow(2026);
    expect(w.from.toISOString()).toBe('2025-12-31T17:00:00.000Z');
    expect(w.to.toISOString()).toBe('2026-12-31T17:00:00.000Z');
    expect([w.firstDay, w.lastDay]).toEqual(['2026-01-01', '2026-12-31']);
  });

  it.each([
    ['2026-11-28', '2026-11-29', 1],
    ['2026-11-29', '2026-11-29', 0],
    ['2026-11-30', '2026-11-29', -1],
    ['2026-02-28', '2026-03-01', 1],
    ['2024-02-28', '2024-03-01', 2],
    ['2025-12-31', '2026-01-01', 1],
    ['2026-01-01', '2026-11-29', 332],
  ])('when due on %s and today is %s, then it is %d days overdue', (due, today, days) => {
    expect(daysOverdue(due, today)).toBe(days);
  });
});

/** Figures with a few numbers set (the rest zero). */
function fig(n: number, decisions: Record<string, number> = {}): FollowUpFigures {
  const f = zeroFigures();
  return {
    ...f,
    employees: n,
    items: { planned: n, completed: 2 * n, overdue: n % 3 },
    learning: { ...f.learning, hours: n / 2, cost: n * 100_000, pnsBelowMinimum: n % 2 },
    improvementPeriods: { ...f.improvementPeriods, open: n % 4 },
    escalations: { open: 0, decided: Object.values(decisions).reduce((a, b) => a + b, 0), decisions },
  };
}

describe('adding figures', () => {
  it('when two sets are added, then every number adds and decisions add by name', () => {
    const sum = addFigures(fig(1, { teguran: 1 }), fig(2, { teguran: 2, penurunan_jabatan: 1 }));
    expect(sum.employees).toBe(3);
    expect(sum.items).toEqual({ planned: 3, completed: 6, overdue: 3 });
    expect(sum.learning.hours).toBe(1.5);
    expect(sum.learning.cost).toBe(300_000);
    expect(sum.escalations).toEqual({ open: 0, decided: 4, decisions: { teguran: 3, penurunan_jabatan: 1 } });
  });

  it('when zero is added, then nothing changes; the order of adding does not matter', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), (a, b) => {
        expect(addFigures(fig(a), zeroFigures())).toEqual(fig(a));
        expect(addFigures(fig(a), fig(b))).toEqual(addFigures(fig(b), fig(a)));
      }),
    );
  });
});

describe('rolling figures up the unit tree', () => {
  //   A ─ B ─ D
  //     └ C
  //   E
  const tree: TreeNode[] = [
    { id: 'A', parentId: null },
    { id: 'B', parentId: 'A' },
    { id: 'D', parentId: 'B' },
    { id: 'C', parentId: 'A' },
    { id: 'E', parentId: null },
  ];

  it('when units have their own numbers, then each unit totals its subtree', () => {
    const own = new Map([
      ['A', fig(1)],
      ['B', fig(2)],
      ['D', fig(4)],
      ['E', fig(16)],
    ]);
    const total = rollUp(tree, own);
    expect(Object.fromEntries([...total].map(([id, f]) => [id, f.employees]))).toEqual({
      A: 7,
      B: 6,
      C: 0,
      D: 4,
      E: 16,
    });
    expect(own.get('A')!.employees).toBe(1);
  });

  it('when the tree is random, then each root totals exactly the units below it', () => {
    // a random forest: unit i's parent is one of the units before it, or none
    const forest = fc
      .array(fc.tuple(fc.nat(), fc.boolean(), fc.nat(50)), { minLength: 1, maxLength: 40 })
      .map((specs) =>
        specs.map(([p, root, n], i) => ({
          id: `u${i}`,
          parentId: i === 0 || root ? null : `u${p % i}`,
          n,
        })),
      );
    fc.assert(
      fc.property(forest, (units) => {
        // tree order: depth first from each root
        const children = new Map<string | null, typeof units>();
        for (const u of units) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
        const ordered: typeof units = [];
        const walk = (u: (typeof units)[number]) => {
          ordered.push(u);
          for (const c of children.get(u.id) ?? []) walk(c);
        };
        for (const r of children.get(null) ?? []) walk(r);
        const total = rollUp(ordered, new Map(units.map((u) => [u.id, fig(u.n)])));
        const below = (id: string): number =>
          units.find((u) => u.id === id)!.n + (children.get(id) ?? []).reduce((s, c) => s + below(c.id), 0);
        for (const u of units) expect(total.get(u.id)!.employees).toBe(below(u.id));
        const roots = children.get(null) ?? [];
        expect(roots.reduce((s, r) => s + total.get(r.id)!.employees, 0)).toBe(
          units.reduce((s, u) => s + u.n, 0),
        );
      }),
    );
  });
});
