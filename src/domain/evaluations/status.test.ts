import { describe, expect, it } from 'vitest';
import {
  canEvaluationTransition,
  canObjectionTransition,
  EVALUATION_ACTIONS,
  EVALUATION_TRANSITIONS,
  OBJECTION_ACTIONS,
} from './status.js';

describe('the evaluation status table', () => {
  it.each([
    ['update', 'draft', true],
    ['update', 'final', false],
    ['finalize', 'draft', true],
    ['finalize', 'final', false],
    ['reopen', 'final', true],
    ['reopen', 'draft', false],
    ['acknowledge', 'final', true],
    ['acknowledge', 'draft', false],
    ['object', 'final', true],
    ['object', 'draft', false],
  ] as const)('when %s is asked of a %s evaluation, then it is allowed: %s', (action, status, allowed) => {
    expect(canEvaluationTransition(status, action)).toBe(allowed);
  });

  it('when finalised, then it becomes final, and reopening makes it a draft again', () => {
    expect(EVALUATION_TRANSITIONS.finalize.to).toBe('final');
    expect(EVALUATION_TRANSITIONS.reopen.to).toBe('draft');
    for (const a of EVALUATION_ACTIONS.filter((x) => x !== 'finalize' && x !== 'reopen'))
      expect(EVALUATION_TRANSITIONS[a].to).toBeNull();
  });
});

describe('the objection status table', () => {
  it('when an objection is decided, then nothing more can happen to it', () => {
    for (const a of OBJECTION_ACTIONS) expect(canObjectionTransition('decided', a)).toBe(false);
  });

  it('when an objection is open, then explanations can be asked for, written, and it can be decided', () => {
    for (const status of ['filed', 'explanations_requested'] as const)
      for (const a of OBJECTION_ACTIONS) expect(canObjectionTransition(status, a)).toBe(true);
  });
});
