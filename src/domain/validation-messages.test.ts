import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { plainIssueMessage } from './validation-messages.js';

type Issue = z.core.$ZodIssue;

/** The first issue of parsing `input` with `schema`. */
function issueOf(schema: z.ZodType, input: unknown): Issue {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) throw new Error('expected a failure');
  return result.error.issues[0]!;
}

const both = (issue: Issue, value: unknown = issue.input) => ({
  id: plainIssueMessage(issue, 'id', value),
  en: plainIssueMessage(issue, 'en', value),
});

// zod's own texts (any language) that must never reach a person
const TECHNICAL =
  /expected|diharapkan|invalid input|input tidak valid|terlalu (besar|kecil)|too (big|small)|received|nan/i;

describe('plain validation messages', () => {
  const cases: Array<[string, Issue]> = [
    ['invalid_type', issueOf(z.object({ a: z.string() }), { a: 5 })],
    ['too_big', issueOf(z.string().max(2000), 'x'.repeat(2001))],
    ['too_small', issueOf(z.number().min(0), -5)],
    ['invalid_format', issueOf(z.email(), 'nope')],
    ['not_multiple_of', issueOf(z.number().multipleOf(5), 7)],
    ['unrecognized_keys', issueOf(z.strictObject({ a: z.string() }), { a: 'x', b: 1 })],
    ['invalid_union', issueOf(z.union([z.string(), z.number()]), true)],
    // zod raises these two inside maps and records with refined keys; written out as zod would
    [
      'invalid_key',
      { code: 'invalid_key', origin: 'record', issues: [], path: ['b'], message: 'Invalid key', input: 'b' },
    ],
    [
      'invalid_element',
      { code: 'invalid_element', origin: 'map', key: 'a', issues: [], path: ['a'], message: 'x', input: 'x' },
    ],
    ['invalid_value', issueOf(z.enum(['a', 'b']), 'c')],
    [
      'custom',
      issueOf(
        z.string().refine(() => false),
        'x',
      ),
    ],
  ];

  it('when every zod issue code occurs, then each has a plain message in Indonesian and in English', () => {
    const codes = new Set(cases.map(([, issue]) => issue.code));
    // the codes of zod 4 (z.core.$ZodIssue['code']); a new one must be added here and to the messages
    expect([...codes].sort()).toEqual(
      [
        'custom',
        'invalid_element',
        'invalid_format',
        'invalid_key',
        'invalid_type',
        'invalid_union',
        'invalid_value',
        'not_multiple_of',
        'too_big',
        'too_small',
        'unrecognized_keys',
      ].sort(),
    );
    for (const [code, issue] of cases) {
      const { id, en } = both(issue);
      expect(id, code).not.toMatch(TECHNICAL);
      expect(en, code).not.toMatch(TECHNICAL);
      expect(id, code).not.toBe(en);
      expect(id.length, code).toBeGreaterThan(3);
    }
  });

  it('when the texts are the everyday ones, then they read as people write them', () => {
    expect(both(issueOf(z.string().max(2000), 'x'.repeat(2001)))).toEqual({
      id: 'Maksimal 2000 karakter.',
      en: 'At most 2000 characters.',
    });
    expect(both(issueOf(z.object({ a: z.string().min(1) }), {}), undefined)).toEqual({
      id: 'Wajib diisi.',
      en: 'Required.',
    });
    expect(both(issueOf(z.string().trim().min(1), '   '))).toMatchObject({ id: 'Wajib diisi.' });
    expect(both(issueOf(z.number(), 'abc'))).toEqual({ id: 'Harus berupa angka.', en: 'Must be a number.' });
    expect(both(issueOf(z.number().min(0), -20))).toEqual({
      id: 'Tidak boleh negatif.',
      en: 'Must not be negative.',
    });
    expect(both(issueOf(z.int(), 1.5)).id).toBe('Harus berupa bilangan bulat.');
    expect(both(issueOf(z.number().max(1_250_000), 2e6))).toEqual({
      id: 'Maksimal 1.250.000.',
      en: 'At most 1,250,000.',
    });
    expect(both(issueOf(z.enum(['a', 'b']), 'c')).id).toBe('Pilih salah satu pilihan yang tersedia.');
  });
});
