import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNip, normaliseNip, parseNip, type AsnType, type NipPart } from './nip.js';

/** The failing parts, or [] when the NIP is valid. */
const partsOf = (nip: string, asnType: AsnType = 'PNS'): NipPart[] => {
  const r = parseNip(nip, asnType);
  return r.ok ? [] : r.issues.map((i) => i.part);
};

const VALID_PNS = '196711101992031001'; // 1967-11-10, TMT 1992-03, male, 001
const VALID_PPPK = '199001012021211001'; // 1990-01-01, TMT 2021, code 21, male, 001

describe('parseNip (PNS)', () => {
  it('when a NIP is valid, then every part is parsed', () => {
    const r = parseNip(VALID_PNS, 'PNS');
    expect(r).toEqual({
      ok: true,
      value: {
        nip: VALID_PNS,
        asnType: 'PNS',
        birthDate: '1967-11-10',
        tmt: '1992-03',
        sex: 'male',
        serial: 1,
      },
    });
  });

  it('when the sex digit is 2, then the employee is female and the serial is read', () => {
    const r = parseNip('196711101992032123', 'PNS');
    expect(r.ok && r.value.sex).toBe('female');
    expect(r.ok && r.value.serial).toBe(123);
  });

  it.each([
    ['letters', '1967111019920310AB'],
    ['a dash', '19671110-199203-1-001'],
    ['an empty string', ''],
    ['only spaces', '   '],
    ['a negative sign', '-96711101992031001'],
  ])('when the input contains %s, then the part is format', (_, nip) => {
    expect(partsOf(nip)).toEqual(['format']);
  });

  it.each([
    ['17 digits', '19671110199203100'],
    ['19 digits', '1967111019920310011'],
    ['1 digit', '1'],
  ])('when the NIP has %s, then the part is length', (_, nip) => {
    expect(partsOf(nip)).toEqual(['length']);
  });

  it.each([
    ['month 13', '196713101992031001'],
    ['month 00', '196700101992031001'],
    ['day 32', '196711321992031001'],
    ['day 00', '196711001992031001'],
    ['30 February', '196702301992031001'],
    ['31 April', '196704311992031001'],
    ['29 February in a non-leap year (1967)', '196702291992031001'],
    ['29 February in 1900 (not a leap year)', '190002291920011001'],
    ['a year before 1900', '189901011920011001'],
  ])('when the birth date has %s, then the part is birthDate', (_, nip) => {
    expect(partsOf(nip)).toEqual(['birthDate']);
  });

  it('when the birth date is 29 February of a leap year, then it is accepted', () => {
    expect(partsOf('196802291992031001')).toEqual([]);
    expect(partsOf('200002292019011001')).toEqual([]);
  });

  it.each([
    ['month 00', '196711101992001001'],
    ['month 13', '196711101992131001'],
    ['a year before 1900', '196711101899031001'],
  ])('when the TMT has %s, then the part is tmt', (_, nip) => {
    expect(partsOf(nip)).toEqual(['tmt']);
  });

  it('when the TMT months are 01 and 12, then they are accepted', () => {
    expect(partsOf('196711101992011001')).toEqual([]);
    expect(partsOf('196711101992121001')).toEqual([]);
  });

  describe('TMT on or after the 18th birthday (the 1st of the TMT month counts)', () => {
    it('when the birthday is on the 1st and the TMT is the month of the 18th birthday, then it is accepted', () => {
      expect(partsOf('199001012008011001')).toEqual([]);
      expect(partsOf('199006012008061001')).toEqual([]);
    });

    it('when the birthday is later in the month and the TMT is the month of the 18th birthday, then it fails', () => {
      expect(partsOf('199001152008011001')).toEqual(['tmtBeforeAdulthood']);
      expect(partsOf('199006022008061001')).toEqual(['tmtBeforeAdulthood']);
    });

    it('when the birthday is later in the month and the TMT is the month after, then it is accepted', () => {
      expect(partsOf('199001152008021001')).toEqual([]);
      expect(partsOf('199012312009011001')).toEqual([]);
    });

    it('when the TMT is the month before the 18th birthday, then it fails', () => {
      expect(partsOf('199001012007121001')).toEqual(['tmtBeforeAdulthood']);
      expect(partsOf('199006012008051001')).toEqual(['tmtBeforeAdulthood']);
    });

    it('when the TMT is years before adulthood, then it fails', () => {
      expect(partsOf('199001011995011001')).toEqual(['tmtBeforeAdulthood']);
    });

    it('when the birthday is 29 February, then the 18th birthday falls after 28 February', () => {
      expect(partsOf('198802292006021001')).toEqual(['tmtBeforeAdulthood']);
      expect(partsOf('198802292006031001')).toEqual([]);
    });

    it('when the birth date is invalid, then only birthDate is reported (no adulthood check on a bad date)', () => {
      expect(partsOf('199013012000011001')).toEqual(['birthDate']);
    });
  });

  it.each([
    ['0', '196711101992030001'],
    ['3', '196711101992033001'],
    ['9', '196711101992039001'],
  ])('when the sex digit is %s, then the part is sex', (_, nip) => {
    expect(partsOf(nip)).toEqual(['sex']);
  });

  it('when the serial is 000, then the part is serial', () => {
    expect(partsOf('196711101992031000')).toEqual(['serial']);
  });

  it('when the serial is 999 or 001, then it is accepted', () => {
    expect(partsOf('196711101992031999')).toEqual([]);
    expect(partsOf('196711101992031001')).toEqual([]);
  });

  it('when several parts fail, then each failing part is reported', () => {
    expect(partsOf('196713101992130000')).toEqual(['birthDate', 'tmt', 'sex', 'serial']);
  });

  it('when an issue is reported, then its message key is nip.<part>', () => {
    const r = parseNip('196711101992033001', 'PNS');
    expect(r).toEqual({ ok: false, issues: [{ part: 'sex', key: 'nip.sex' }] });
  });

  it.each([
    ['spaces (as printed)', '19671110 199203 1 001'],
    ['dots', '19671110.199203.1.001'],
    ['surrounding whitespace and tabs', ' \t19671110 199203 1 001\n'],
  ])('when the NIP is typed with %s, then it is accepted and normalised', (_, input) => {
    const r = parseNip(input, 'PNS');
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.nip).toBe(VALID_PNS);
  });

  it('when a PPPK NIP is checked as PNS, then its TMT month (the PPPK code) is not a month', () => {
    expect(partsOf(VALID_PPPK, 'PNS')).toEqual(['tmt']);
  });
});

describe('parseNip (PPPK)', () => {
  it('when a PPPK NIP is valid, then every part is parsed', () => {
    expect(parseNip(VALID_PPPK, 'PPPK')).toEqual({
      ok: true,
      value: {
        nip: VALID_PPPK,
        asnType: 'PPPK',
        birthDate: '1990-01-01',
        tmt: '2021',
        sex: 'male',
        serial: 1,
      },
    });
  });

  it.each(['21', '25', '29'])('when the PPPK code is %s, then it is accepted', (code) => {
    expect(partsOf(`199001012021${code}1001`, 'PPPK')).toEqual([]);
  });

  it.each(['20', '32', '12', '00', '99'])('when the PPPK code is %s, then the part is pppkCode', (code) => {
    expect(partsOf(`199001012021${code}1001`, 'PPPK')).toEqual(['pppkCode']);
  });

  it('when a PNS NIP is checked as PPPK, then its TMT month is not a PPPK code', () => {
    expect(partsOf(VALID_PNS, 'PPPK')).toEqual(['pppkCode']);
  });

  it('when the TMT year is the year of the 18th birthday, then it is accepted even if the birthday is later that year', () => {
    expect(partsOf('199012312008211001', 'PPPK')).toEqual([]);
    expect(partsOf('199001012008211001', 'PPPK')).toEqual([]);
  });

  it('when the TMT year is before birth year + 18, then the part is tmtBeforeAdulthood', () => {
    expect(partsOf('199001012007211001', 'PPPK')).toEqual(['tmtBeforeAdulthood']);
    expect(partsOf('199001011990211001', 'PPPK')).toEqual(['tmtBeforeAdulthood']);
  });

  it('when the TMT year is before 1900, then the part is tmt', () => {
    expect(partsOf('199001011899211001', 'PPPK')).toEqual(['tmt']);
  });

  it('when the birth date is not real, then the part is birthDate', () => {
    expect(partsOf('199002302021211001', 'PPPK')).toEqual(['birthDate']);
    expect(partsOf('199113012021211001', 'PPPK')).toEqual(['birthDate']);
  });

  it.each(['0', '3', '7'])('when the sex digit is %s, then the part is sex', (d) => {
    expect(partsOf(`19900101202121${d}001`, 'PPPK')).toEqual(['sex']);
  });

  it('when the sex digit is 2, then the employee is female', () => {
    const r = parseNip('199001012021212001', 'PPPK');
    expect(r.ok && r.value.sex).toBe('female');
  });

  it('when the serial is 000, then the part is serial', () => {
    expect(partsOf('199001012021211000', 'PPPK')).toEqual(['serial']);
  });

  it('when the format or length is wrong, then those are reported first', () => {
    expect(partsOf('19900101202121100x', 'PPPK')).toEqual(['format']);
    expect(partsOf('19900101202121100', 'PPPK')).toEqual(['length']);
  });

  it('when typed with spaces as printed, then it is accepted', () => {
    const r = parseNip('19900101 2021 21 1 001', 'PPPK');
    expect(r.ok && r.value.nip).toBe(VALID_PPPK);
  });
});

describe('normaliseNip and formatNip', () => {
  it('when spaces and dots are in the input, then normaliseNip removes them', () => {
    expect(normaliseNip('19671110 199203 1 001')).toBe(VALID_PNS);
    expect(normaliseNip('1967.1110.1992')).toBe('196711101992');
  });

  it('when a PNS NIP is formatted, then it prints as birth date, TMT, sex, serial', () => {
    expect(formatNip(VALID_PNS)).toBe('19671110 199203 1 001');
    expect(formatNip(VALID_PNS, 'PNS')).toBe('19671110 199203 1 001');
  });

  it('when a PPPK NIP is formatted, then it prints the TMT year and code separately', () => {
    expect(formatNip(VALID_PPPK, 'PPPK')).toBe('19900101 2021 21 1 001');
  });

  it('when the input is already formatted, then formatting is stable', () => {
    expect(formatNip('19671110 199203 1 001')).toBe('19671110 199203 1 001');
    expect(formatNip(formatNip(VALID_PPPK, 'PPPK'), 'PPPK')).toBe('19900101 2021 21 1 001');
  });

  it('when the NIP does not have 18 digits, then it is returned normalised but not grouped', () => {
    expect(formatNip('1967 1110')).toBe('19671110');
    expect(formatNip('')).toBe('');
  });
});

// ───── properties ─────

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** A valid PNS NIP from its parts: any real birth date 1920–2005, any TMT month on or after adulthood. */
const validPns = fc
  .record({
    birthDay: fc.integer({ min: 0, max: 31_000 }), // days after 1920-01-01
    monthsAfterAdulthood: fc.integer({ min: 0, max: 40 * 12 }),
    sex: fc.constantFrom('1', '2'),
    serial: fc.integer({ min: 1, max: 999 }),
  })
  .map(({ birthDay, monthsAfterAdulthood, sex, serial }) => {
    const birth = new Date(Date.UTC(1920, 0, 1) + birthDay * 86_400_000);
    const by = birth.getUTCFullYear();
    const bm = birth.getUTCMonth() + 1;
    const bd = birth.getUTCDate();
    // The first month whose 1st is on or after the 18th birthday.
    const firstMonthIndex = (by + 18) * 12 + (bm - 1) + (bd === 1 ? 0 : 1) + monthsAfterAdulthood;
    const ty = Math.floor(firstMonthIndex / 12);
    const tm = (firstMonthIndex % 12) + 1;
    const nip = `${by}${pad(bm, 2)}${pad(bd, 2)}${ty}${pad(tm, 2)}${sex}${pad(serial, 3)}`;
    return {
      nip,
      birthDate: `${by}-${pad(bm, 2)}-${pad(bd, 2)}`,
      tmt: `${ty}-${pad(tm, 2)}`,
      sex: sex === '1' ? ('male' as const) : ('female' as const),
      serial,
    };
  });

describe('parseNip properties', () => {
  it('when any valid PNS NIP is generated from its parts, then it parses back to the same parts', () => {
    fc.assert(
      fc.property(validPns, (g) => {
        expect(parseNip(g.nip, 'PNS')).toEqual({
          ok: true,
          value: {
            nip: g.nip,
            asnType: 'PNS',
            birthDate: g.birthDate,
            tmt: g.tmt,
            sex: g.sex,
            serial: g.serial,
          },
        });
      }),
    );
  });

  it('when a valid PNS NIP is printed with formatNip, then it still parses to the same NIP', () => {
    fc.assert(
      fc.property(validPns, (g) => {
        const r = parseNip(formatNip(g.nip), 'PNS');
        expect(r.ok && r.value.nip).toBe(g.nip);
      }),
    );
  });

  it('when the sex digit of a valid NIP becomes anything but 1 or 2, then it fails with part sex only', () => {
    fc.assert(
      fc.property(validPns, fc.constantFrom('0', '3', '4', '5', '6', '7', '8', '9'), (g, d) => {
        const nip = `${g.nip.slice(0, 14)}${d}${g.nip.slice(15)}`;
        expect(partsOf(nip)).toEqual(['sex']);
      }),
    );
  });

  it('when the serial of a valid NIP becomes 000, then it always fails with part serial', () => {
    fc.assert(
      fc.property(validPns, (g) => {
        expect(partsOf(`${g.nip.slice(0, 15)}000`)).toEqual(['serial']);
      }),
    );
  });

  it('when a digit string is not 18 long, then it always fails with part length', () => {
    fc.assert(
      fc.property(
        fc
          .string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 40 })
          .filter((s) => s.length !== 18),
        fc.constantFrom<AsnType>('PNS', 'PPPK'),
        (digits, asnType) => {
          expect(partsOf(digits, asnType)).toEqual(['length']);
        },
      ),
    );
  });

  it('when a PPPK NIP has a code other than 2 followed by 1–9, then it always fails with pppkCode', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99 }).filter((c) => !(c >= 21 && c <= 29)),
        (code) => {
          expect(partsOf(`199001012021${pad(code, 2)}1001`, 'PPPK')).toEqual(['pppkCode']);
        },
      ),
    );
  });
});
