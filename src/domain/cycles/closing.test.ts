import { describe, expect, it } from 'vitest';
import { missingPeriodicEvaluations, type ClosingPlan } from './closing.js';

const quarters = [
  { id: 'q1', startDate: '2026-01-01', endDate: '2026-03-31' },
  { id: 'q2', startDate: '2026-04-01', endDate: '2026-06-30' },
  { id: 'q3', startDate: '2026-07-01', endDate: '2026-09-30' },
  { id: 'q4', startDate: '2026-10-01', endDate: '2026-12-31' },
];
const plan = (id: string, over: Partial<ClosingPlan> = {}) => ({
  id,
  employeeId: 'e1',
  status: 'approved' as const,
  startDate: '2026-01-01',
  endDate: null,
  ...over,
});
const ids = (r: Array<{ plan: { id: string }; period: { id: string } }>) =>
  r.map(({ plan: p, period }) => `${p.id}:${period.id}`);

describe('missingPeriodicEvaluations', () => {
  it('when an approved plan has final evaluations for some quarters, then the others are missing', () => {
    const finals = new Set(['e1:q1', 'e1:q2']);
    expect(ids(missingPeriodicEvaluations([plan('a')], quarters, (e, p) => finals.has(`${e}:${p}`)))).toEqual(
      ['a:q3', 'a:q4'],
    );
  });

  it('when the plan is not approved, then its periods are not listed (the plan is)', () => {
    expect(missingPeriodicEvaluations([plan('a', { status: 'submitted' })], quarters, () => false)).toEqual(
      [],
    );
  });

  it('when a transfer in May ends one plan and opens another, then Q2 belongs to the new plan', () => {
    const old = plan('old', { endDate: '2026-05-14' });
    const next = plan('new', { startDate: '2026-05-15' });
    expect(ids(missingPeriodicEvaluations([old, next], quarters, () => false))).toEqual([
      'old:q1',
      'new:q2',
      'new:q3',
      'new:q4',
    ]);
  });

  it("when the new plan after a transfer is still a draft, then only the old plan's quarters are missing", () => {
    const old = plan('old', { endDate: '2026-05-14' });
    const next = plan('new', { startDate: '2026-05-15', status: 'draft' });
    expect(ids(missingPeriodicEvaluations([old, next], quarters, () => false))).toEqual(['old:q1']);
  });
});
