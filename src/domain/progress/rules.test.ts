import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessEntry, entryProblems, latestByCell, parseDecimal, trendOf } from './rules.js';
import { linkEvidenceSchema, recordProgressSchema } from './schemas.js';

const numeric = (target: number, direction: 'higher' | 'lower' = 'higher') => ({
  target,
  targetText: null,
  direction,
});
const narrative = { target: null, targetText: 'Dokumen lengkap', direction: 'higher' as const };

describe('entryProblems', () => {
  it('when the indicator is numeric, then a value is required and a describing text is allowed', () => {
    expect(entryProblems(numeric(100), { value: null, text: 'sudah' })).toEqual([
      { path: 'value', code: 'progress.valueRequired' },
    ]);
    expect(entryProblems(numeric(100), { value: 80, text: 'rincian' })).toEqual([]);
    expect(entryProblems(numeric(0), { value: 3, text: null })).toEqual([]);
  });

  it('when the indicator is narrative, then a text is required and a value is refused', () => {
    expect(entryProblems(narrative, { value: null, text: '  ' })).toEqual([
      { path: 'text', code: 'progress.textRequired' },
    ]);
    expect(entryProblems(narrative, { value: 5, text: 'Selesai' })).toEqual([
      { path: 'value', code: 'progress.valueNotAllowed' },
    ]);
    expect(entryProblems(narrative, { value: null, text: 'Selesai tepat waktu' })).toEqual([]);
  });
});

describe('assessEntry', () => {
  it('when higher is better, then achievement is realised ÷ target and the formula says so', () => {
    expect(assessEntry(numeric(50), 45, 200)).toEqual({
      achievement: 90,
      formula: 'realisasi ÷ target × 100%',
      capped: false,
    });
  });

  it('when lower is better, then achievement is target ÷ realised, and a realised 0 gets the cap', () => {
    expect(assessEntry(numeric(10, 'lower'), 20, 200)).toMatchObject({ achievement: 50, capped: false });
    expect(assessEntry(numeric(10, 'lower'), 0, 200)).toMatchObject({ achievement: 200, capped: true });
    expect(assessEntry(numeric(10, 'lower'), 5, 200).formula).toBe('target ÷ realisasi × 100%');
  });

  it('when the result exceeds the cap, then it is cut to the cap in force and marked capped', () => {
    expect(assessEntry(numeric(10), 50, 200)).toMatchObject({ achievement: 200, capped: true });
    expect(assessEntry(numeric(10), 50, 150)).toMatchObject({ achievement: 150, capped: true });
    expect(assessEntry(numeric(10), 20, 200)).toMatchObject({ achievement: 200, capped: false });
  });

  it('when the target is 0 or the indicator is narrative, then there is no numeric achievement', () => {
    expect(assessEntry(numeric(0), 12, 200)).toEqual({ achievement: null, formula: null, capped: false });
    expect(assessEntry(narrative, null, 200)).toEqual({ achievement: null, formula: null, capped: false });
    expect(assessEntry(numeric(10), -3, 200).achievement).toBeNull();
  });

  it('when any positive target and non-negative value are given, then achievement lies in [0, cap]', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 1e9, noNaN: true }),
        fc.double({ min: 0, max: 1e9, noNaN: true }),
        fc.constantFrom('higher' as const, 'lower' as const),
        fc.integer({ min: 100, max: 1000 }),
        (target, value, direction, cap) => {
          const a = assessEntry(numeric(target, direction), value, cap);
          expect(a.achievement).not.toBeNull();
          expect(a.achievement!).toBeGreaterThanOrEqual(0);
          expect(a.achievement!).toBeLessThanOrEqual(cap);
          if (a.capped) expect(a.achievement).toBe(cap);
        },
      ),
    );
  });
});

describe('parseDecimal', () => {
  it('when numbers are written the Indonesian or the international way, then they parse', () => {
    expect(parseDecimal('12')).toBe(12);
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal('12.5')).toBe(12.5);
    expect(parseDecimal('1.250.000')).toBe(1_250_000);
    expect(parseDecimal('1,250,000')).toBe(1_250_000);
    expect(parseDecimal('1.250,5')).toBe(1250.5);
    expect(parseDecimal('1,250.5')).toBe(1250.5);
    expect(parseDecimal(' 85 % ')).toBe(85);
    expect(parseDecimal('-3,25')).toBe(-3.25);
    expect(parseDecimal('0')).toBe(0);
  });

  it('when the text is not a number, then the answer is null', () => {
    for (const s of ['', 'abc', '12a', '1.2.3,4,5', '--1', ',', '1e5', 'Infinity', 'NaN'])
      expect(parseDecimal(s), s).toBeNull();
  });

  it('when a number is printed with a decimal point, then it parses back to itself', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (n) => {
        const printed = n.toFixed(4);
        expect(parseDecimal(printed)).toBeCloseTo(Number(printed), 6);
      }),
    );
  });
});

describe('latestByCell and trendOf', () => {
  const periods = [
    { id: 'q2', kind: 'periodic' as const, index: 2, label: 'Triwulan II' },
    { id: 'y', kind: 'annual' as const, index: 0, label: 'Tahunan' },
    { id: 'q1', kind: 'periodic' as const, index: 1, label: 'Triwulan I' },
  ];

  it('when a cell has several entries, then the latest (highest seq) counts and all are counted', () => {
    const cells = latestByCell([
      { indicatorId: 'i', periodId: 'q1', seq: 3, value: 30, achievement: 30 },
      { indicatorId: 'i', periodId: 'q1', seq: 7, value: 70, achievement: 70 },
      { indicatorId: 'i', periodId: 'q1', seq: 5, value: 50, achievement: 50 },
      { indicatorId: 'i', periodId: 'q2', seq: 1, value: 10, achievement: 10 },
    ]);
    expect(cells.get('i:q1')).toMatchObject({ count: 3, latest: { seq: 7, value: 70 } });
    expect(trendOf('i', periods, cells)).toEqual([
      { periodId: 'q1', label: 'Triwulan I', value: 70, achievement: 70 },
      { periodId: 'q2', label: 'Triwulan II', value: 10, achievement: 10 },
    ]);
    expect(trendOf('other', periods, cells).map((p) => p.achievement)).toEqual([null, null]);
  });

  it('when entries arrive in any order, then the latest is the one with the highest seq', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 1e6 }), { minLength: 1, maxLength: 30 }),
        (seqs) => {
          const cells = latestByCell(seqs.map((seq) => ({ indicatorId: 'i', periodId: 'p', seq })));
          expect(cells.get('i:p')!.latest.seq).toBe(Math.max(...seqs));
          expect(cells.get('i:p')!.count).toBe(seqs.length);
        },
      ),
    );
  });
});

describe('request schemas', () => {
  it('when a value is not finite, then the entry is refused', () => {
    const base = { indicatorId: crypto.randomUUID(), periodId: crypto.randomUUID() };
    expect(recordProgressSchema.safeParse({ ...base, value: 12.5 }).success).toBe(true);
    expect(recordProgressSchema.safeParse({ ...base, value: Number.POSITIVE_INFINITY }).success).toBe(false);
    expect(recordProgressSchema.safeParse({ ...base, value: Number.NaN }).success).toBe(false);
    expect(recordProgressSchema.safeParse({ ...base, value: '12' }).success).toBe(false);
  });

  it('when a link is not http or https, then it is refused', () => {
    expect(linkEvidenceSchema.safeParse({ url: 'https://drive.google.com/file/d/abc' }).success).toBe(true);
    expect(linkEvidenceSchema.safeParse({ url: 'http://10.1.2.3/sipd' }).success).toBe(true);
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'ftp://x.org/a'])
      expect(linkEvidenceSchema.safeParse({ url }).success, url).toBe(false);
  });
});
