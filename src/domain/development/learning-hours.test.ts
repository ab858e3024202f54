import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  jakartaYearOf,
  jakartaYearRange,
  learningHourBounds,
  learningHoursLedger,
  PNS_MINIMUM_HOURS,
  PPPK_MAXIMUM_HOURS,
  standingOf,
  type AsnType,
} from './learning-hours.js';

const item = (hours: number, completedAt: string) => ({ hours, completedAt: new Date(completedAt) });

describe('the bounds of learning hours', () => {
  it('when the employee is PNS, then the minimum is 20 JP (PP 17/2020 art. 203) and there is no maximum', () => {
    expect(learningHourBounds('PNS')).toEqual({ minimum: 20, maximum: null });
    expect(PNS_MINIMUM_HOURS).toBe(20);
  });
  it('when the employee is PPPK, then the maximum is 24 JP (PP 49/2018 art. 40) and there is no minimum', () => {
    expect(learningHourBounds('PPPK')).toEqual({ minimum: null, maximum: 24 });
    expect(PPPK_MAXIMUM_HOURS).toBe(24);
  });
});

describe('the year of a completion (Asia/Jakarta)', () => {
  it.each([
    ['2026-12-31T16:59:59Z', 2026, '23:59:59 WIB on 31 December'],
    ['2026-12-31T17:00:00Z', 2027, '00:00 WIB on 1 January (still 31 December in UTC)'],
    ['2026-01-01T00:00:00Z', 2026, '07:00 WIB on 1 January'],
    ['2025-12-31T17:00:00Z', 2026, '00:00 WIB on 1 January 2026'],
  ])('when an item is completed at %s, then it counts for %i (%s)', (at, year) => {
    expect(jakartaYearOf(new Date(at))).toBe(year);
  });
  it('when a year is spanned, then it runs from 1 January 00:00 WIB to the next 1 January 00:00 WIB', () => {
    const { start, end } = jakartaYearRange(2026);
    expect(start.toISOString()).toBe('2025-12-31T17:00:00.000Z');
    expect(end.toISOString()).toBe('2026-12-31T17:00:00.000Z');
  });
  it('when any instant falls in the range of a year, then its year is that year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2100 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (y, f) => {
          const { start, end } = jakartaYearRange(y);
          const t = new Date(start.getTime() + Math.floor(f * (end.getTime() - start.getTime() - 1)));
          return jakartaYearOf(t) === y;
        },
      ),
    );
  });
});

describe('the yearly ledger', () => {
  const cases: Array<{
    what: string;
    asn: AsnType;
    items: Array<ReturnType<typeof item>>;
    today: string;
    hours: number;
    shortfall: number;
    overMaximum: number;
    standing: string;
  }> = [
    {
      what: 'a PNS without any item, while the year runs',
      asn: 'PNS',
      items: [],
      today: '2026-11-29',
      hours: 0,
      shortfall: 20,
      overMaximum: 0,
      standing: 'short',
    },
    {
      what: 'a PNS with 12 JP, while the year runs',
      asn: 'PNS',
      items: [item(8, '2026-03-10T02:00:00Z'), item(4, '2026-07-01T02:00:00Z')],
      today: '2026-11-29',
      hours: 12,
      shortfall: 8,
      overMaximum: 0,
      standing: 'short',
    },
    {
      what: 'a PNS with 12 JP after the year ended',
      asn: 'PNS',
      items: [item(12, '2026-03-10T02:00:00Z')],
      today: '2027-01-02',
      hours: 12,
      shortfall: 8,
      overMaximum: 0,
      standing: 'missed',
    },
    {
      what: 'a PNS with exactly 20 JP',
      asn: 'PNS',
      items: [item(19.9, '2026-03-10T02:00:00Z'), item(0.1, '2026-04-10T02:00:00Z')],
      today: '2026-11-29',
      hours: 20,
      shortfall: 0,
      overMaximum: 0,
      standing: 'met',
    },
    {
      what: 'a PNS with 32 JP (no maximum)',
      asn: 'PNS',
      items: [item(32, '2026-03-10T02:00:00Z')],
      today: '2026-11-29',
      hours: 32,
      shortfall: 0,
      overMaximum: 0,
      standing: 'met',
    },
    {
      what: 'a PPPK with no item (no minimum)',
      asn: 'PPPK',
      items: [],
      today: '2027-02-01',
      hours: 0,
      shortfall: 0,
      overMaximum: 0,
      standing: 'within',
    },
    {
      what: 'a PPPK with exactly 24 JP',
      asn: 'PPPK',
      items: [item(24, '2026-05-10T02:00:00Z')],
      today: '2026-11-29',
      hours: 24,
      shortfall: 0,
      overMaximum: 0,
      standing: 'within',
    },
    {
      what: 'a PPPK with 30.5 JP',
      asn: 'PPPK',
      items: [item(24, '2026-05-10T02:00:00Z'), item(6.5, '2026-06-10T02:00:00Z')],
      today: '2026-11-29',
      hours: 30.5,
      shortfall: 0,
      overMaximum: 6.5,
      standing: 'over',
    },
    {
      what: 'a PNS whose items of other years do not count',
      asn: 'PNS',
      items: [
        item(40, '2025-12-31T16:00:00Z'), // 23:00 WIB, 31 December 2025
        item(5, '2025-12-31T17:30:00Z'), // 00:30 WIB, 1 January 2026
        item(40, '2026-12-31T17:30:00Z'), // 00:30 WIB, 1 January 2027
      ],
      today: '2026-11-29',
      hours: 5,
      shortfall: 15,
      overMaximum: 0,
      standing: 'short',
    },
  ];
  for (const c of cases) {
    it(`when the ledger is for ${c.what}, then ${c.hours} JP, shortfall ${c.shortfall}, over ${c.overMaximum}, ${c.standing}`, () => {
      const ledger = learningHoursLedger(c.asn, 2026, c.items, c.today);
      expect(ledger).toMatchObject({
        year: 2026,
        hours: c.hours,
        shortfall: c.shortfall,
        overMaximum: c.overMaximum,
        standing: c.standing,
        ...learningHourBounds(c.asn),
      });
    });
  }

  it('when items are counted, then they are listed oldest first and only those of the year', () => {
    const ledger = learningHoursLedger(
      'PNS',
      2026,
      [item(2, '2026-06-01T00:00:00Z'), item(3, '2026-02-01T00:00:00Z'), item(9, '2027-02-01T00:00:00Z')],
      '2026-11-29',
    );
    expect(ledger.items.map((i) => i.hours)).toEqual([3, 2]);
  });

  it('when tenths are added, then no floating-point residue shows (0.1 + 0.2 = 0.3)', () => {
    const ledger = learningHoursLedger(
      'PNS',
      2026,
      [item(0.1, '2026-06-01T00:00:00Z'), item(0.2, '2026-06-02T00:00:00Z')],
      '2026-11-29',
    );
    expect(ledger.hours).toBe(0.3);
    expect(ledger.shortfall).toBe(19.7);
  });

  it('when any PNS ledger is built, then hours + shortfall is at least the minimum and shortfall is never negative', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 400 }), { maxLength: 10 }), (tenths) => {
        const items = tenths.map((t, n) => item(t / 10, `2026-0${(n % 9) + 1}-15T03:00:00Z`));
        const l = learningHoursLedger('PNS', 2026, items, '2026-06-30');
        return (
          l.shortfall >= 0 && l.hours + l.shortfall >= 20 - 1e-9 && (l.shortfall === 0) === l.hours >= 20
        );
      }),
    );
  });
});

describe('the standing before the year ends', () => {
  it.each([
    ['PNS', 2026, 19.9, '2026-12-31', 'short'],
    ['PNS', 2026, 19.9, '2027-01-01', 'missed'],
    ['PNS', 2026, 20, '2027-01-01', 'met'],
    ['PNS', 2027, 0, '2026-12-01', 'short'],
    ['PPPK', 2026, 24.1, '2026-06-01', 'over'],
    ['PPPK', 2026, 0, '2027-06-01', 'within'],
  ] as const)(
    'when a %s has in %i %d JP on %s, then the standing is %s',
    (asn, year, hours, today, expected) => {
      expect(standingOf(asn, year, hours, today)).toBe(expected);
    },
  );
});
