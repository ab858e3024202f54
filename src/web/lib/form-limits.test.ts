import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dialogueActionSchema, dialogueSchema, feedbackSchema } from '../../domain/feedback/schemas';
import { closeCycleSchema, reopenCycleSchema } from '../../domain/cycles/schemas';
import { createTransferSchema } from '../../domain/people/transfers';
import { linkEvidenceSchema, recordProgressSchema } from '../../domain/progress/schemas';
import {
  explanationRequestSchema,
  explanationSchema,
  objectionSchema,
  putOrgPredicateSchema,
} from '../../domain/evaluations/schemas';
import {
  declineTemplateSchema,
  proposeTemplateSchema,
  templateCommentSchema,
} from '../../domain/library/schemas';
import { createActingSchema } from '../../domain/people/schemas';
import { unlockPeriodSchema } from '../../domain/cycles/schemas';
import {
  amendSchema,
  approveSchema,
  commentSchema,
  createIndicatorSchema,
  createResultSchema,
  matrixAssignSchema,
  returnSchema,
} from '../../domain/work-plans/schemas';
import { maxLengthOf } from './form';

describe('maxLengthOf', () => {
  it('when the field is a plain, optional, nullish, defaulted or piped string, then its max is found', () => {
    const schema = z.object({
      plain: z.string().max(5),
      nullish: z.string().trim().max(6).nullish(),
      defaulted: z.string().max(7).optional().default('x'),
      piped: z
        .string()
        .max(8)
        .transform((v) => v.toUpperCase()),
      none: z.string().min(1),
      notText: z.number().max(9),
      nested: z.object({ inner: z.string().max(10) }),
    });
    expect(maxLengthOf(schema, 'plain')).toBe(5);
    expect(maxLengthOf(schema, 'nullish')).toBe(6);
    expect(maxLengthOf(schema, 'defaulted')).toBe(7);
    expect(maxLengthOf(schema, 'piped')).toBe(8);
    expect(maxLengthOf(schema, 'none')).toBeUndefined();
    expect(maxLengthOf(schema, 'notText')).toBeUndefined();
    expect(maxLengthOf(schema, 'missing')).toBeUndefined();
    expect(maxLengthOf(schema, 'nested.inner')).toBe(10);
  });

  it('when reading the shared request schemas (refined objects included), then the server limits come out', () => {
    expect(maxLengthOf(createTransferSchema, 'note')).toBe(1000);
    expect(maxLengthOf(dialogueSchema, 'topics')).toBe(4000);
    expect(maxLengthOf(dialogueSchema, 'notes')).toBe(8000);
    expect(maxLengthOf(feedbackSchema, 'text')).toBe(4000);
    expect(maxLengthOf(recordProgressSchema, 'note')).toBe(4000);
    expect(maxLengthOf(closeCycleSchema, 'note')).toBe(2000);
    expect(maxLengthOf(reopenCycleSchema, 'reason')).toBe(2000);
    expect(maxLengthOf(matrixAssignSchema, 'text')).toBe(2000);
    expect(maxLengthOf(linkEvidenceSchema, 'url')).toBe(2000);
    expect(maxLengthOf(createIndicatorSchema, 'targetText')).toBe(1000);
  });

  it('when a form shows a counter, then its (schema, field) pair has a limit: a renamed field would fail here', () => {
    const pairs: [z.ZodType, string][] = [
      [closeCycleSchema, 'note'],
      [createActingSchema, 'note'],
      [createIndicatorSchema, 'targetText'],
      [createIndicatorSchema, 'text'],
      [createResultSchema, 'text'],
      [createTransferSchema, 'note'],
      [declineTemplateSchema, 'reason'],
      [dialogueSchema, 'notes'],
      [dialogueSchema, 'topics'],
      [dialogueActionSchema, 'description'],
      [feedbackSchema, 'text'],
      [matrixAssignSchema, 'text'],
      [proposeTemplateSchema, 'rationale'],
      [proposeTemplateSchema, 'resultExample'],
      [proposeTemplateSchema, 'text'],
      [putOrgPredicateSchema, 'basis'],
      [recordProgressSchema, 'note'],
      [recordProgressSchema, 'text'],
      [reopenCycleSchema, 'reason'],
      [unlockPeriodSchema, 'reason'],
      // TextForm's default (its schema and field)
      [amendSchema, 'reason'],
      [commentSchema, 'body'],
      [returnSchema, 'comment'],
      [approveSchema, 'comment'],
      [explanationSchema, 'text'],
      [explanationRequestSchema, 'note'],
      [objectionSchema, 'reason'],
      [templateCommentSchema, 'body'],
    ];
    for (const [schema, field] of pairs) expect(maxLengthOf(schema, field), field).toBeGreaterThan(0);
  });
});
