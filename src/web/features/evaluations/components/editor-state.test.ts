import { describe, expect, it } from 'vitest';
import { EXTRA_RESULT, MAIN_RESULT, evaluation } from '../test/fixtures';
import type { UpdateEvaluationInput } from '../types';
import { conflictingFields, fieldValue } from './editor-state';

const input = (patch: Partial<UpdateEvaluationInput> = {}): UpdateEvaluationInput => ({
  resultRatings: [],
  resultRating: null,
  behaviourRatings: [],
  behaviourRating: null,
  reason: null,
  strengths: null,
  improvements: null,
  ...patch,
});

describe('conflictingFields', () => {
  it('when both versions would save the same, then nothing conflicts', () => {
    const same = input({
      strengths: 'Teliti',
      resultRatings: [{ resultId: MAIN_RESULT, rating: 'meets', comment: 'ok' }],
    });
    expect(conflictingFields(evaluation(), same, { ...same })).toEqual([]);
  });

  it('when ratings, comments and texts differ, then they are named in the editor order', () => {
    const mine = input({
      resultRatings: [{ resultId: EXTRA_RESULT, rating: 'above', comment: null }],
      behaviourRatings: [{ value: 'kompeten', rating: 'meets', comment: 'Setia' }],
      improvements: 'A',
    });
    const theirs = input({
      resultRatings: [{ resultId: EXTRA_RESULT, rating: 'above', comment: 'Bagus' }],
      behaviourRatings: [{ value: 'kompeten', rating: 'meets', comment: 'Setia' }],
      behaviourRating: 'meets',
      improvements: 'B',
    });
    expect(conflictingFields(evaluation(), mine, theirs)).toEqual([
      `result:${EXTRA_RESULT}`,
      'behaviourRating',
      'improvements',
    ]);
  });

  it('when an item is unrated in one version, then its value is no rating and no text', () => {
    expect(fieldValue(input(), `result:${MAIN_RESULT}`)).toEqual({ rating: null, text: null });
    expect(fieldValue(input({ reason: 'Alasan' }), 'reason')).toEqual({ rating: null, text: 'Alasan' });
    expect(fieldValue(input({ resultRating: 'below' }), 'resultRating')).toEqual({
      rating: 'below',
      text: null,
    });
  });
});
