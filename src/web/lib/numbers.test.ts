import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLocaleNumber, parseLocaleNumber } from './numbers';

const value = (text: string, language: string, allowNegative = true) => {
  const r = parseLocaleNumber(text, language, { allowNegative });
  return r.ok ? r.value : r.problem;
};

describe('parseLocaleNumber', () => {
  it('when Indonesian, then the dot groups thousands and the comma is the decimal separator', () => {
    expect(value('1.250.000', 'id')).toBe(1250000);
    expect(value('8,5', 'id')).toBe(8.5);
    expect(value('1.250.000,75', 'id')).toBe(1250000.75);
    expect(value('1 250 000', 'id')).toBe(1250000);
    expect(value('1\u00a0250\u00a0000,5', 'id')).toBe(1250000.5);
    expect(value('-20', 'id')).toBe(-20);
    expect(value('  42  ', 'id')).toBe(42);
    expect(value('1250000', 'id')).toBe(1250000);
    expect(value('0,75', 'id')).toBe(0.75);
  });

  it('when English, then the comma groups thousands and the dot is the decimal point', () => {
    expect(value('1,250,000.75', 'en')).toBe(1250000.75);
    expect(value('8.5', 'en')).toBe(8.5);
    expect(value('1,250', 'en')).toBe(1250);
    expect(value('-5', 'en')).toBe(-5);
  });

  it('when blank, then no number (not zero)', () => {
    expect(parseLocaleNumber('', 'id')).toEqual({ ok: true, value: null });
    expect(parseLocaleNumber('   ', 'en')).toEqual({ ok: true, value: null });
  });

  it('when letters are typed, then they are refused, never dropped', () => {
    expect(value('12a', 'id')).toBe('letters');
    expect(value('abc', 'en')).toBe('letters');
    expect(value('85%', 'id')).toBe('letters');
    expect(value('Rp 1.000', 'id')).toBe('letters');
  });

  it("when the other language's decimal separator is used, then it is refused as such, not guessed", () => {
    expect(value('8.5', 'id')).toBe('decimalSeparator');
    expect(value('8,5', 'en')).toBe('decimalSeparator');
  });

  it('when the separators make no number, then the format is refused', () => {
    for (const bad of ['1..2', '1.25.000', ',5', '8,', '1,2,3', '1.250,000,5', '-', '.', '1.2345']) {
      expect(value(bad, 'id'), bad).not.toBeTypeOf('number');
    }
    expect(value('1,25,000', 'en')).toBe('format');
  });

  it('when negatives make no sense, then a minus is refused but zero is fine', () => {
    expect(value('-5', 'id', false)).toBe('negative');
    expect(value('-0', 'id', false)).toBe(0);
    expect(value('0', 'id', false)).toBe(0);
  });

  it('when beyond the API bound, then too large', () => {
    expect(value('10.000.000.000.000', 'id')).toBe('tooLarge');
  });

  it('when a number is formatted in a language, then parsing it back gives the same number', () => {
    const amount = fc
      .tuple(fc.integer({ min: -999_999_999, max: 999_999_999 }), fc.integer({ min: 0, max: 4 }))
      .map(([n, places]) => n / 10 ** places);
    fc.assert(
      fc.property(amount, fc.constantFrom('id', 'en'), (n, language) => {
        const parsed = parseLocaleNumber(formatLocaleNumber(n, language), language);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.value).toBeCloseTo(n, 6);
      }),
    );
  });
});
