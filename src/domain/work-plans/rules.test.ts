import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { achievement, DEFAULT_ACHIEVEMENT_CAP } from './achievement.js';
import { diffPlanContent, type PlanContent } from './diff.js';
import {
  cascadeProblem,
  indicatorWarnings,
  linkStatus,
  positionGroup,
  submitProblems,
  type PlanContentForRules,
} from './rules.js';
import {
  canTransition,
  nextStatus,
  PLAN_ACTIONS,
  PLAN_STATUSES,
  type PlanAction,
  type PlanStatus,
} from './status.js';

describe('the SKP status table', () => {
  const allowed: Record<PlanAction, Partial<Record<PlanStatus, PlanStatus>>> = {
    submit: { draft: 'submitted', returned: 'submitted' },
    return: { submitted: 'returned' },
    approve: { submitted: 'approved' },
    amend: { approved: 'approved' },
    edit: { draft: 'draft', returned: 'returned' },
  };
  for (const action of PLAN_ACTIONS) {
    for (const status of PLAN_STATUSES) {
      const expected = allowed[action][status] ?? null;
      it(`when a ${status} plan gets "${action}", then it ${expected ? `goes to ${expected}` : 'is refused'}`, () => {
        expect(canTransition(status, action)).toBe(expected !== null);
        expect(nextStatus(status, action)).toBe(expected);
      });
    }
  }
});

const result = (
  over: Partial<PlanContentForRules['results'][number]> = {},
): PlanContentForRules['results'][number] => ({
  id: 'r1',
  kind: 'main',
  parentResultId: 'p1',
  indicators: [{ id: 'i1', target: 10, targetText: null }],
  ...over,
});

describe('submit preconditions', () => {
  it('when the plan has a linked main result with a measured indicator, then nothing stops the submit', () => {
    expect(submitProblems({ approach: 'quantitative', hasAssessor: true, results: [result()] })).toEqual([]);
  });
  it('when there is no main result, then it says so', () => {
    expect(
      submitProblems({
        approach: 'quantitative',
        hasAssessor: true,
        results: [result({ kind: 'additional' })],
      }),
    ).toContainEqual({
      code: 'no_main_result',
    });
    expect(submitProblems({ approach: 'quantitative', hasAssessor: true, results: [] })).toEqual([
      { code: 'no_main_result' },
    ]);
  });
  it('when a result has no indicator, then it names the result', () => {
    expect(
      submitProblems({ approach: 'quantitative', hasAssessor: true, results: [result({ indicators: [] })] }),
    ).toContainEqual({
      code: 'result_without_indicator',
      resultId: 'r1',
    });
  });
  it('when a main result is not linked and there is an assessor, then it is refused; a top official needs no link', () => {
    const plan = { approach: 'quantitative' as const, results: [result({ parentResultId: null })] };
    expect(submitProblems({ ...plan, hasAssessor: true })).toContainEqual({
      code: 'main_result_not_linked',
      resultId: 'r1',
    });
    expect(submitProblems({ ...plan, hasAssessor: false })).toEqual([]);
  });
  it('when an additional result is not linked, then it does not stop the submit', () => {
    const plan = {
      approach: 'quantitative' as const,
      hasAssessor: true,
      results: [result(), result({ id: 'r2', kind: 'additional', parentResultId: null })],
    };
    expect(submitProblems(plan)).toEqual([]);
  });
  it('when a quantitative indicator has only a narrative target, then it is not measurable; in the qualitative approach it is', () => {
    const r = result({
      indicators: [{ id: 'i1', target: null, targetText: 'Laporan lengkap dan tepat waktu' }],
    });
    expect(submitProblems({ approach: 'quantitative', hasAssessor: true, results: [r] })).toContainEqual({
      code: 'indicator_without_target',
      resultId: 'r1',
      indicatorId: 'i1',
    });
    expect(submitProblems({ approach: 'qualitative', hasAssessor: true, results: [r] })).toEqual([]);
    const empty = result({ indicators: [{ id: 'i1', target: null, targetText: '  ' }] });
    expect(submitProblems({ approach: 'qualitative', hasAssessor: true, results: [empty] })).toHaveLength(1);
  });
});

describe('cascade rules', () => {
  const plan = { assessorId: 'boss', cycleId: 'c2026' };
  it('when the parent is a result of the assessor’s current plan in the same cycle, then it is accepted', () => {
    expect(
      cascadeProblem({ planEmployeeId: 'boss', planCycleId: 'c2026', planIsCurrent: true }, plan),
    ).toBeNull();
  });
  it('when the parent belongs to someone else, another cycle, or a superseded version, then it is refused with the reason', () => {
    expect(cascadeProblem({ planEmployeeId: 'peer', planCycleId: 'c2026', planIsCurrent: true }, plan)).toBe(
      'not_assessor_plan',
    );
    expect(cascadeProblem({ planEmployeeId: 'boss', planCycleId: 'c2025', planIsCurrent: true }, plan)).toBe(
      'other_cycle',
    );
    expect(cascadeProblem({ planEmployeeId: 'boss', planCycleId: 'c2026', planIsCurrent: false }, plan)).toBe(
      'not_current',
    );
    expect(
      cascadeProblem(
        { planEmployeeId: 'boss', planCycleId: 'c2026', planIsCurrent: true },
        { assessorId: null, cycleId: 'c2026' },
      ),
    ).toBe('no_assessor');
  });
  it('when a result has no parent yet, then its link is pending (or not required at the top)', () => {
    expect(linkStatus(null, true)).toBe('pending');
    expect(linkStatus('p', true)).toBe('linked');
    expect(linkStatus(null, false)).toBe('not_required');
  });
  it('when writing, then a quantitative indicator without a number and a number without a unit are flagged', () => {
    expect(indicatorWarnings('quantitative', { target: null, targetText: 'baik', unit: null })).toEqual([
      'no_numeric_target',
    ]);
    expect(indicatorWarnings('qualitative', { target: null, targetText: 'baik', unit: null })).toEqual([]);
    expect(indicatorWarnings('quantitative', { target: 5, targetText: null, unit: '' })).toEqual(['no_unit']);
  });
  it('when the position is JPT, then the document group is JPT; otherwise administrasi and fungsional', () => {
    expect(positionGroup('jpt')).toBe('jpt');
    for (const p of ['administrator', 'pengawas', 'pelaksana', 'fungsional'])
      expect(positionGroup(p)).toBe('administrasi_fungsional');
  });
});

describe('achievement', () => {
  it('when higher is better, then it is realised ÷ target', () => {
    expect(achievement({ target: 200, realised: 150, direction: 'higher' })).toBe(75);
    expect(achievement({ target: 100, realised: 100, direction: 'higher' })).toBe(100);
  });
  it('when lower is better, then it is target ÷ realised', () => {
    // complaint response time: target 24 hours, realised 12 hours → twice as good
    expect(achievement({ target: 24, realised: 12, direction: 'lower' })).toBe(200);
    expect(achievement({ target: 24, realised: 48, direction: 'lower' })).toBe(50);
  });
  it('when the result exceeds the cap, then it is capped (default 200%, configurable)', () => {
    expect(achievement({ target: 10, realised: 50, direction: 'higher' })).toBe(DEFAULT_ACHIEVEMENT_CAP);
    expect(achievement({ target: 10, realised: 50, direction: 'higher', cap: 150 })).toBe(150);
  });
  it('when lower is better and the realised value is 0, then it is the best possible: the cap', () => {
    expect(achievement({ target: 5, realised: 0, direction: 'lower' })).toBe(200);
  });
  it('when the target is 0 or missing, or nothing was realised, then there is no numeric achievement', () => {
    expect(achievement({ target: 0, realised: 5, direction: 'higher' })).toBeNull();
    expect(achievement({ target: null, realised: 5, direction: 'higher' })).toBeNull();
    expect(achievement({ target: 5, realised: null, direction: 'lower' })).toBeNull();
  });
  it('property: it is never above the cap, never negative, and monotone in the right direction', () => {
    const pos = fc.double({ min: 0.001, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(
        pos,
        pos,
        pos,
        fc.constantFrom('higher' as const, 'lower' as const),
        (target, a, b, direction) => {
          const x = achievement({ target, realised: Math.min(a, b), direction })!;
          const y = achievement({ target, realised: Math.max(a, b), direction })!;
          expect(x).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(DEFAULT_ACHIEVEMENT_CAP);
          if (direction === 'higher') expect(y).toBeGreaterThanOrEqual(x);
          else expect(x).toBeGreaterThanOrEqual(y);
        },
      ),
    );
  });
});

describe('plan diff', () => {
  const base: PlanContent = {
    approach: 'quantitative',
    results: [
      {
        id: 'r1',
        kind: 'main',
        text: 'Terlayaninya pasien',
        parentResultId: 'p',
        indicators: [
          {
            id: 'i1',
            text: 'Jumlah pasien',
            aspect: 'quantity',
            target: 100,
            targetText: null,
            unit: 'pasien',
            direction: 'higher',
            category: null,
          },
        ],
      },
    ],
    behaviours: [{ value: 'akuntabel', expectation: '' }],
    annex: { resources: [], accountability: [], consequences: [] },
  };
  it('when nothing changed, then there are no changes', () => {
    expect(diffPlanContent(base, structuredClone(base))).toEqual([]);
  });
  it('when a target, a result, an expectation and the annex change, then each change is listed', () => {
    const next = structuredClone(base);
    next.results[0]!.indicators[0]!.target = 120;
    next.results.push({ id: 'r2', kind: 'additional', text: 'Baru', parentResultId: null, indicators: [] });
    next.behaviours[0]!.expectation = 'Tepat waktu';
    next.annex.resources = ['Ambulans'];
    const changes = diffPlanContent(base, next);
    expect(changes).toContainEqual(
      expect.objectContaining({
        kind: 'changed',
        entity: 'indicator',
        field: 'target',
        before: 100,
        after: 120,
      }),
    );
    expect(changes).toContainEqual(expect.objectContaining({ kind: 'added', entity: 'result', id: 'r2' }));
    expect(changes).toContainEqual(
      expect.objectContaining({ kind: 'changed', entity: 'behaviour', id: 'akuntabel' }),
    );
    expect(changes).toContainEqual(
      expect.objectContaining({ kind: 'changed', entity: 'annex', id: 'resources' }),
    );
    expect(diffPlanContent(next, base)).toContainEqual(
      expect.objectContaining({ kind: 'removed', entity: 'result', id: 'r2' }),
    );
  });
});
