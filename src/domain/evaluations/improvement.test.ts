import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_IMPROVEMENT_SETTINGS,
  improvementActions,
  improvementPeriodDates,
  isWithin,
  periodEnd,
  statusOn,
  type ImprovementEvaluation,
  type StoredImprovementPeriod,
} from './improvement.js';
import type { Predicate } from './matrix.js';

/** An instant at a time of day in Jakarta (UTC+7): the injected clock of these tests. */
const wib = (day: string, time = '10:00') => new Date(`${day}T${time}:00+07:00`);

const annual = (predicate: Predicate, finalizedAt: Date, id = 'annual-1'): ImprovementEvaluation => ({
  id,
  kind: 'annual',
  status: 'final',
  predicate,
  finalizedAt,
});
const periodic = (predicate: Predicate, finalizedAt: Date, id = 'periodic-1'): ImprovementEvaluation => ({
  id,
  kind: 'periodic',
  status: 'final',
  predicate,
  finalizedAt,
});

/** The period an annual Kurang finalised on 29 November 2026 (WIB) opened: 30 November 2026 – 29 May 2027. */
const OPEN: StoredImprovementPeriod = {
  id: 'period-1',
  evaluationId: 'annual-1',
  startDate: '2026-11-30',
  endDate: '2027-05-29',
  status: 'open',
};

describe('the length of an improvement period', () => {
  it.each([
    ['2026-11-30', 6, '2027-05-29'],
    ['2027-03-01', 6, '2027-08-31'],
    ['2027-01-01', 6, '2027-06-30'],
    // the same day six months later does not exist: the period runs to the end of that month
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-12-15', 1, '2027-01-14'],
    ['2026-07-15', 12, '2027-07-14'],
  ])('when it starts on %s for %i months, then its last day is %s', (start, months, end) => {
    expect(periodEnd(start, months)).toBe(end);
  });

  it('for any start and length, the period ends after it starts and within the months counted', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), fc.integer({ min: 1, max: 24 }), (offset, months) => {
        const start = new Date(Date.UTC(2024, 0, 1 + offset)).toISOString().slice(0, 10);
        const end = periodEnd(start, months);
        expect(end >= start).toBe(true);
        const [sy, sm] = start.split('-').map(Number) as [number, number];
        const [ey, em] = end.split('-').map(Number) as [number, number];
        const spanMonths = (ey - sy) * 12 + (em - sm);
        expect(spanMonths === months || spanMonths === months - 1).toBe(true);
      }),
    );
  });
});

describe('opening an improvement period', () => {
  it('when an annual Kurang is final at 10:00 WIB, then the period starts the next day and lasts six months', () => {
    expect(improvementActions(annual('kurang', wib('2026-11-29')), [], DEFAULT_IMPROVEMENT_SETTINGS)).toEqual(
      [{ kind: 'open', startDate: '2026-11-30', endDate: '2027-05-29' }],
    );
  });

  it('when it is finalised at 00:30 WIB (still the day before in UTC), then the Jakarta day counts', () => {
    // 30 November 00:30 WIB = 29 November 17:30 UTC
    const [action] = improvementActions(
      annual('sangat_kurang', wib('2026-11-30', '00:30')),
      [],
      DEFAULT_IMPROVEMENT_SETTINGS,
    );
    expect(action).toEqual({ kind: 'open', startDate: '2026-12-01', endDate: '2027-05-31' });
  });

  it.each<[string, ImprovementEvaluation]>([
    ['an annual Baik', annual('baik', wib('2026-11-29'))],
    ['an annual Butuh Perbaikan', annual('butuh_perbaikan', wib('2026-11-29'))],
    ['an annual Sangat Baik', annual('sangat_baik', wib('2026-11-29'))],
    ['a periodic Kurang', periodic('kurang', wib('2026-11-29'))],
    ['a periodic Sangat Kurang', periodic('sangat_kurang', wib('2026-11-29'))],
    ['a draft annual', { ...annual('kurang', wib('2026-11-29')), status: 'draft', finalizedAt: null }],
  ])('when %s is given and no period is open, then nothing opens', (_, evaluation) => {
    expect(improvementActions(evaluation, [], DEFAULT_IMPROVEMENT_SETTINGS)).toEqual([]);
  });

  it('when the rule is turned off, then a poor annual result opens nothing and escalates nothing', () => {
    const off = { enabled: false, months: 6 };
    expect(improvementActions(annual('kurang', wib('2026-11-29')), [], off)).toEqual([]);
    expect(improvementActions(periodic('kurang', wib('2027-01-15')), [OPEN], off)).toEqual([]);
  });

  it('when the setting says three months, then the period is three months long', () => {
    expect(improvementActions(annual('kurang', wib('2026-11-29')), [], { enabled: true, months: 3 })).toEqual(
      [{ kind: 'open', startDate: '2026-11-30', endDate: '2027-02-28' }],
    );
  });

  it('when the same evaluation is finalised again (reopened by HR), then no second period opens', () => {
    expect(
      improvementActions(annual('kurang', wib('2026-12-10')), [OPEN], DEFAULT_IMPROVEMENT_SETTINGS),
    ).toEqual([]);
  });
});

describe('escalating within an open period', () => {
  const further = (day: string, time = '10:00', predicate: Predicate = 'kurang') =>
    improvementActions(periodic(predicate, wib(day, time)), [OPEN], DEFAULT_IMPROVEMENT_SETTINGS);

  it('when a further periodic Kurang is final inside the period, then the period escalates', () => {
    expect(further('2027-02-15')).toEqual([{ kind: 'escalate', periodId: 'period-1' }]);
  });

  it('when a further Sangat Kurang is final on the first day, then it escalates (the first day counts)', () => {
    expect(further('2026-11-30', '00:05', 'sangat_kurang')).toEqual([
      { kind: 'escalate', periodId: 'period-1' },
    ]);
  });

  it('when it is final on the day the period was opened (before its first day), then nothing happens', () => {
    expect(further('2026-11-29', '23:59')).toEqual([]);
  });

  it('when it is final late on the last day in Jakarta, then it escalates', () => {
    expect(further('2027-05-29', '23:59')).toEqual([{ kind: 'escalate', periodId: 'period-1' }]);
  });

  it('when it is final on the day after the last day, then the period has passed and nothing escalates', () => {
    expect(further('2027-05-30', '00:01')).toEqual([]);
  });

  it('when the further result is Butuh Perbaikan or better, then nothing escalates', () => {
    for (const p of ['butuh_perbaikan', 'baik', 'sangat_baik'] as const)
      expect(further('2027-02-15', '10:00', p)).toEqual([]);
  });

  it('when a period was already escalated, then a third poor result escalates it again (another case)', () => {
    expect(
      improvementActions(
        periodic('kurang', wib('2027-04-15'), 'periodic-2'),
        [{ ...OPEN, status: 'escalated' }],
        DEFAULT_IMPROVEMENT_SETTINGS,
      ),
    ).toEqual([{ kind: 'escalate', periodId: 'period-1' }]);
  });

  it('when the period was closed by an objection, then a later poor result does not escalate it', () => {
    expect(
      improvementActions(
        periodic('kurang', wib('2027-02-15')),
        [{ ...OPEN, status: 'closed' }],
        DEFAULT_IMPROVEMENT_SETTINGS,
      ),
    ).toEqual([]);
  });

  it('when a further annual Kurang comes inside the period, then it escalates and opens its own period', () => {
    expect(
      improvementActions(
        annual('kurang', wib('2027-01-20'), 'annual-2'),
        [OPEN],
        DEFAULT_IMPROVEMENT_SETTINGS,
      ),
    ).toEqual([
      { kind: 'escalate', periodId: 'period-1' },
      { kind: 'open', startDate: '2027-01-21', endDate: '2027-07-20' },
    ]);
  });
});

describe('passing and closing', () => {
  it.each([
    ['2026-11-29', 'open'],
    ['2027-05-29', 'open'],
    ['2027-05-30', 'passed'],
  ] as const)('when an open period (to 29 May 2027) is read on %s, then it is %s', (today, status) => {
    expect(statusOn(OPEN, today)).toBe(status);
  });

  it('when a period escalated or closed, then reading it later does not turn it into passed', () => {
    expect(statusOn({ ...OPEN, status: 'escalated' }, '2028-01-01')).toBe('escalated');
    expect(statusOn({ ...OPEN, status: 'closed' }, '2028-01-01')).toBe('closed');
  });

  it('when an objection changes the opening evaluation to Baik, then its period closes', () => {
    expect(
      improvementActions(annual('baik', wib('2026-11-29')), [OPEN], DEFAULT_IMPROVEMENT_SETTINGS),
    ).toEqual([{ kind: 'close', periodId: 'period-1' }]);
  });

  it('when an objection changes Sangat Kurang to Kurang, then the period stays as it is', () => {
    expect(
      improvementActions(annual('kurang', wib('2026-11-29')), [OPEN], DEFAULT_IMPROVEMENT_SETTINGS),
    ).toEqual([]);
  });

  it('when a closed period’s evaluation is finalised poor again, then the same period reopens from the new date', () => {
    expect(
      improvementActions(
        annual('kurang', wib('2026-12-10')),
        [{ ...OPEN, status: 'closed' }],
        DEFAULT_IMPROVEMENT_SETTINGS,
      ),
    ).toEqual([{ kind: 'reopen', periodId: 'period-1', startDate: '2026-12-11', endDate: '2027-06-10' }]);
  });

  it('includes both ends of a period', () => {
    expect(isWithin(OPEN, '2026-11-30')).toBe(true);
    expect(isWithin(OPEN, '2027-05-29')).toBe(true);
    expect(isWithin(OPEN, '2026-11-29')).toBe(false);
    expect(isWithin(OPEN, '2027-05-30')).toBe(false);
  });

  it('opens from the day after the Jakarta date of finalisation', () => {
    expect(improvementPeriodDates(new Date('2026-11-29T16:59:00Z'), 6)).toEqual({
      startDate: '2026-11-30',
      endDate: '2027-05-29',
    });
    expect(improvementPeriodDates(new Date('2026-11-29T17:00:00Z'), 6)).toEqual({
      startDate: '2026-12-01',
      endDate: '2027-05-31',
    });
  });
});
