import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualSuggestion, annualSuggestionWeighted } from './suggestion.js';
import {
  addWorkingDays,
  canFinalizeOn,
  decisionDueOn,
  decisionReadiness,
  explanationsDueOn,
  finalizationOpensOn,
  isWorkingDay,
} from './timing.js';

/** 09:00 in Jakarta (UTC+7) on a day. */
const wib = (day: string, time = '09:00') => new Date(`${day}T${time}:00+07:00`);

describe('when an evaluation may be finalised', () => {
  it('when a periodic period ends on 30 November, then finalising opens on the 25th (5 days before), not the 24th', () => {
    expect(finalizationOpensOn('2026-11-30', 5)).toBe('2026-11-25');
    expect(canFinalizeOn('2026-11-24', '2026-11-30', 5)).toBe(false);
    expect(canFinalizeOn('2026-11-25', '2026-11-30', 5)).toBe(true);
    expect(canFinalizeOn('2027-01-10', '2026-11-30', 5)).toBe(true);
  });

  it('when the annual evaluation waits for the cycle end, then 0 days means the last day itself', () => {
    expect(canFinalizeOn('2026-12-30', '2026-12-31', 0)).toBe(false);
    expect(canFinalizeOn('2026-12-31', '2026-12-31', 0)).toBe(true);
  });
});

describe('working days and objection deadlines (Asia/Jakarta)', () => {
  it('when explanations are asked for on a Thursday, then 5 working days run to the next Thursday', () => {
    expect(isWorkingDay('2026-12-05')).toBe(false); // Saturday
    expect(addWorkingDays('2026-12-03', 5)).toBe('2026-12-10');
    expect(explanationsDueOn(wib('2026-12-03'), 5)).toBe('2026-12-10');
  });

  it('when a request is made at 00:30 WIB, then its day is the Jakarta day, not the UTC one', () => {
    // 2026-12-04 00:30 WIB is 2026-12-03 17:30 UTC: the Jakarta day is Friday the 4th
    expect(explanationsDueOn(wib('2026-12-04', '00:30'), 1)).toBe('2026-12-07');
  });

  it('when an objection is filed, then it should be decided within 14 calendar days', () => {
    expect(decisionDueOn(wib('2026-12-03'), 14)).toBe('2026-12-17');
  });

  it('for any start and count, the deadline is a working day that many working days later', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 30 }), (offset, n) => {
        const start = new Date(Date.UTC(2024, 0, 1 + offset)).toISOString().slice(0, 10);
        const due = addWorkingDays(start, n);
        expect(isWorkingDay(due)).toBe(true);
        let count = 0;
        for (let d = start; d < due;) {
          const next = new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8) + 1))
            .toISOString()
            .slice(0, 10);
          if (isWorkingDay(next)) count += 1;
          d = next;
        }
        expect(count).toBe(n);
      }),
    );
  });
});

describe('whether an objection may be decided', () => {
  const requested = wib('2026-12-03');
  const objection = {
    explanationsRequestedAt: requested,
    employeeExplainedAt: null,
    assessorExplainedAt: null,
  };

  it('when no explanations were asked for, then it may not be decided', () => {
    expect(decisionReadiness({ ...objection, explanationsRequestedAt: null }, wib('2027-01-01'), 5)).toEqual({
      ready: false,
      reason: 'not_requested',
    });
  });

  it('when one party has not explained and the deadline has not passed, then it waits, naming who', () => {
    expect(
      decisionReadiness(
        { ...objection, employeeExplainedAt: wib('2026-12-04') },
        wib('2026-12-10', '23:00'),
        5,
      ),
    ).toEqual({ ready: false, reason: 'waiting', dueOn: '2026-12-10', missing: ['assessor'] });
  });

  it('when both explained, or the day after the deadline has come, then it may be decided', () => {
    const both = {
      ...objection,
      employeeExplainedAt: wib('2026-12-04'),
      assessorExplainedAt: wib('2026-12-04'),
    };
    expect(decisionReadiness(both, wib('2026-12-04'), 5)).toEqual({ ready: true });
    expect(decisionReadiness(objection, wib('2026-12-11', '00:10'), 5)).toEqual({ ready: true });
  });
});

describe('the annual suggestion across plans, weighted by months', () => {
  it('when Baik covered 5 months under the old plan and Sangat Baik 7 under the new one, then most frequent is Sangat Baik', () => {
    const periodic = [
      { predicate: 'baik' as const, months: 3 },
      { predicate: 'baik' as const, months: 2 },
      { predicate: 'sangat_baik' as const, months: 1 },
      { predicate: 'sangat_baik' as const, months: 3 },
      { predicate: 'sangat_baik' as const, months: 3 },
    ];
    expect(annualSuggestionWeighted(periodic, 'most_frequent')).toBe('sangat_baik');
    expect(annualSuggestionWeighted(periodic, 'latest')).toBe('sangat_baik');
  });

  it('when the months tie, then the predicate seen latest wins', () => {
    const periodic = [
      { predicate: 'kurang' as const, months: 6 },
      { predicate: 'baik' as const, months: 6 },
    ];
    expect(annualSuggestionWeighted(periodic, 'most_frequent')).toBe('baik');
  });

  it('for equal weights, it is the unweighted annual suggestion', () => {
    const predicate = fc.constantFrom(
      'sangat_baik',
      'baik',
      'butuh_perbaikan',
      'kurang',
      'sangat_kurang' as const,
    );
    fc.assert(
      fc.property(
        fc.array(predicate, { maxLength: 12 }),
        fc.constantFrom('latest', 'most_frequent' as const),
        (ps, mode) => {
          expect(
            annualSuggestionWeighted(
              ps.map((p) => ({ predicate: p, months: 3 })),
              mode,
            ),
          ).toBe(annualSuggestion(ps, mode));
        },
      ),
    );
  });
});
