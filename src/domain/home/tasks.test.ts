import { describe, expect, it } from 'vitest';
import { defaultPeriodOf } from '../cycles/default-period.js';
import { orderTasks, severityOf } from './tasks.js';
import type { HomeTask } from './view.js';

const task = (over: Partial<HomeTask>): HomeTask => ({
  kind: 'plans.approve',
  count: 1,
  dueDate: null,
  periodId: null,
  periodLabel: null,
  status: null,
  href: '/',
  severity: 'info',
  ...over,
});

describe('severityOf', () => {
  it('when the deadline has passed, then overdue', () => {
    expect(severityOf('2026-11-28', '2026-11-29')).toBe('overdue');
  });
  it('when the deadline is today or within 7 days, then due', () => {
    expect(severityOf('2026-11-29', '2026-11-29')).toBe('due');
    expect(severityOf('2026-12-06', '2026-11-29')).toBe('due');
  });
  it('when the deadline is further away or missing, then the fallback', () => {
    expect(severityOf('2026-12-07', '2026-11-29')).toBe('info');
    expect(severityOf(null, '2026-11-29', 'due')).toBe('due');
  });
});

describe('orderTasks', () => {
  it('when the current period has no realisation, then it comes first, then overdue before due before info', () => {
    const tasks = [
      task({ kind: 'feedback.unread' }),
      task({ kind: 'progress.record', periodId: 'oct', severity: 'overdue', dueDate: '2026-11-05' }),
      task({ kind: 'evaluations.due', severity: 'due', dueDate: '2026-12-05' }),
      task({ kind: 'progress.record', periodId: 'nov', severity: 'due', dueDate: '2026-12-01' }),
      task({ kind: 'objections.decide', severity: 'overdue', dueDate: '2026-11-20' }),
    ];
    expect(orderTasks(tasks, 'nov').map((t) => `${t.kind}:${t.periodId ?? ''}`)).toEqual([
      'progress.record:nov',
      'progress.record:oct',
      'objections.decide:',
      'evaluations.due:',
      'feedback.unread:',
    ]);
  });
  it('when severity and deadline tie, then the kind order decides and no deadline goes last', () => {
    const tasks = [
      task({ kind: 'feedback.unread', severity: 'due' }),
      task({ kind: 'plans.approve', severity: 'due' }),
      task({ kind: 'evaluation.acknowledge', severity: 'due', dueDate: '2026-12-01' }),
    ];
    expect(orderTasks(tasks, null).map((t) => t.kind)).toEqual([
      'evaluation.acknowledge',
      'plans.approve',
      'feedback.unread',
    ]);
  });
});

describe('defaultPeriodOf', () => {
  const months = Array.from({ length: 12 }, (_, i) => {
    const m = String(i + 1).padStart(2, '0');
    const end = new Date(Date.UTC(2026, i + 1, 0)).toISOString().slice(0, 10);
    return { id: m, kind: 'periodic' as const, startDate: `2026-${m}-01`, endDate: end };
  });
  const periods = [
    ...months,
    { id: 'year', kind: 'annual' as const, startDate: '2026-01-01', endDate: '2026-12-31' },
  ];
  it('when nothing may be done on the current month, then the latest ended one', () => {
    expect(defaultPeriodOf(periods, '2026-11-29')?.id).toBe('10');
  });
  it('when the caller may act on the current month (recording allowed), then the current one', () => {
    expect(defaultPeriodOf(periods, '2026-11-29', () => true)?.id).toBe('11');
  });
  it('when no period has ended yet, then the current one; after the cycle, the last periodic one', () => {
    expect(defaultPeriodOf(periods, '2026-01-10')?.id).toBe('01');
    expect(defaultPeriodOf(periods, '2027-02-01')?.id).toBe('12');
  });
});
