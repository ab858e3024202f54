import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BEHAVIOUR_VALUES } from '../work-plans/berakhlak.js';
import {
  competenceKind,
  competencesByKind,
  hasOneDecimalAtMost,
  INDICATOR_CATEGORIES,
  isBehaviourCompetence,
  isCategoryCompetence,
  isValidCompetence,
  normaliseCompetence,
  normaliseCompetences,
  TRAINING_MODES,
} from './competences.js';
import { createTrainingSchema, trainingCodeSchema, updateTrainingSchema } from './schemas.js';

describe('the competence vocabulary', () => {
  it('when the modes and categories are listed, then they are those of api.md', () => {
    expect(TRAINING_MODES).toEqual(['classroom', 'elearning', 'coaching', 'mentoring', 'on_the_job']);
    expect(INDICATOR_CATEGORIES).toEqual(['efficiency', 'effectiveness', 'innovation']);
  });

  it.each([
    ['berorientasi_pelayanan', 'behaviour'],
    ['akuntabel', 'behaviour'],
    ['kolaboratif', 'behaviour'],
    ['efficiency', 'category'],
    ['effectiveness', 'category'],
    ['innovation', 'category'],
    ['kesehatan', 'tag'],
    ['pelayanan publik', 'tag'],
  ] as const)('when %s is classified, then it is a %s', (c, kind) => {
    expect(competenceKind(c)).toBe(kind);
  });

  it('when every BerAKHLAK value and category is classified, then none is a tag', () => {
    for (const v of BEHAVIOUR_VALUES) expect(isBehaviourCompetence(v)).toBe(true);
    for (const c of INDICATOR_CATEGORIES) expect(isCategoryCompetence(c)).toBe(true);
    expect(isBehaviourCompetence('efficiency')).toBe(false);
    expect(isCategoryCompetence('akuntabel')).toBe(false);
  });

  it.each([
    ['  Kesehatan  ', 'kesehatan'],
    ['Pelayanan   Publik', 'pelayanan publik'],
    ['AKUNTABEL', 'akuntabel'],
    ['Efisiensi', 'efficiency'],
    ['efektivitas', 'effectiveness'],
    ['Inovasi', 'innovation'],
    ['Berorientasi Pelayanan', 'berorientasi_pelayanan'],
    ['EFFICIENCY', 'efficiency'],
  ])('when "%s" is normalised, then it is "%s"', (raw, normal) => {
    expect(normaliseCompetence(raw)).toBe(normal);
  });

  it.each([
    ['kesehatan', true],
    ['k3', true],
    ['tata naskah_dinas-elektronik', true],
    ['a'.repeat(41), true],
    ['a'.repeat(42), false],
    ['x', false],
    ['-kesehatan', false],
    [' kesehatan', false],
    ['kesehatan!', false],
    ['kesehatan/gizi', false],
    ['Kesehatan', false],
    ['', false],
  ] as const)('when the tag "%s" is checked, then valid is %s', (tag, valid) => {
    expect(isValidCompetence(tag)).toBe(valid);
  });

  it('when a list is normalised, then blanks and duplicates go and the order stays', () => {
    expect(
      normaliseCompetences(['Kesehatan', 'akuntabel', ' kesehatan ', '', 'Efisiensi', 'efficiency']),
    ).toEqual(['kesehatan', 'akuntabel', 'efficiency']);
  });

  it('when competences are grouped, then each kind holds its own', () => {
    expect(competencesByKind(['akuntabel', 'innovation', 'kesehatan', 'loyal'])).toEqual({
      behaviour: ['akuntabel', 'loyal'],
      category: ['innovation'],
      tag: ['kesehatan'],
    });
  });

  it('when any text is normalised, then normalising again changes nothing and the kind is stable', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), (s) => {
        const once = normaliseCompetence(s);
        expect(normaliseCompetence(once)).toBe(once);
        expect(once).toBe(once.toLowerCase());
        expect(competenceKind(normaliseCompetence(once))).toBe(competenceKind(once));
      }),
    );
  });

  it('when a valid tag is generated, then it is accepted, and any upper-case letter makes it invalid', () => {
    const tagChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789 _-'.split(''));
    const head = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'.split(''));
    fc.assert(
      fc.property(head, fc.array(tagChar, { minLength: 1, maxLength: 40 }), (h, rest) => {
        const tag = h + rest.join('');
        expect(isValidCompetence(tag)).toBe(true);
        expect(isValidCompetence(tag.toUpperCase())).toBe(tag.toUpperCase() === tag);
      }),
    );
  });

  it.each([
    [16, true],
    [16.5, true],
    [0.1, true],
    [999.9, true],
    [16.25, false],
    [Number.NaN, false],
  ])('when the hours are %s, then one decimal at most is %s', (h, ok) => {
    expect(hasOneDecimalAtMost(h)).toBe(ok);
  });
});

const valid = {
  title: 'Pelayanan Prima bagi Petugas Loket Puskesmas',
  provider: 'BKPSDM Kabupaten Kemuning',
  mode: 'classroom',
  hours: 16,
  competences: ['Berorientasi Pelayanan', 'Efektivitas', 'Kesehatan'],
};

/** The paths of the failing fields of a create request. */
const failing = (over: Record<string, unknown>) => {
  const r = createTrainingSchema.safeParse({ ...valid, ...over });
  return r.success
    ? []
    : r.error.issues.map((i) => `${i.path.join('.')}:${i.message.includes('.') ? i.message : i.code}`);
};

describe('the create request', () => {
  it('when it is valid, then the competences are normalised and the code stays optional', () => {
    const r = createTrainingSchema.parse(valid);
    expect(r.competences).toEqual(['berorientasi_pelayanan', 'effectiveness', 'kesehatan']);
    expect(r.code).toBeUndefined();
  });

  it.each([
    [{ title: '' }, 'title'],
    [{ title: '   ' }, 'title'],
    [{ title: 'x'.repeat(201) }, 'title'],
    [{ provider: '' }, 'provider'],
    [{ provider: 'x'.repeat(201) }, 'provider'],
    [{ mode: 'webinar' }, 'mode'],
    [{ hours: 0 }, 'hours'],
    [{ hours: -2 }, 'hours'],
    [{ hours: 1000.1 }, 'hours'],
    [{ hours: 16.25 }, 'hours:training.hoursDecimal'],
    [{ cost: -1 }, 'cost'],
    [{ cost: 1500.5 }, 'cost'],
    [{ capacity: 0 }, 'capacity'],
    [{ capacity: 2.5 }, 'capacity'],
    [{ competences: ['kesehatan!'] }, 'competences.0:training.competenceInvalid'],
    [{ competences: ['x'] }, 'competences.0:training.competenceInvalid'],
    [{ competences: Array.from({ length: 21 }, (_, i) => `tag${i}`) }, 'competences'],
    [{ code: 'a b' }, 'code:training.codeFormat'],
    [{ startDate: '2027-03-10', endDate: '2027-03-01' }, 'endDate:training.dateOrder'],
    [{ startDate: '2027-02-30' }, 'startDate'],
    [{ extra: 1 }, ''],
  ])('when %o is sent, then %s fails', (over, expected) => {
    const paths = failing(over);
    expect(paths.length).toBeGreaterThan(0);
    if (expected.includes(':')) expect(paths).toContain(expected);
    else expect(paths.map((p) => p.split(':')[0])).toContain(expected);
  });

  it('when the bounds are met exactly, then it is valid', () => {
    expect(failing({ hours: 1000, cost: 0, capacity: 1, title: 'x'.repeat(200) })).toEqual([]);
    expect(failing({ hours: 0.5, startDate: '2027-03-01', endDate: '2027-03-01' })).toEqual([]);
  });

  it('when a code is given, then it is trimmed and upper-cased', () => {
    expect(trainingCodeSchema.parse(' kmn-pp-01 ')).toBe('KMN-PP-01');
  });
});

describe('the update request', () => {
  it('when only the version and active are sent, then it is valid', () => {
    expect(updateTrainingSchema.parse({ version: 2, active: false })).toEqual({ version: 2, active: false });
  });

  it('when the version is missing, then it fails', () => {
    expect(updateTrainingSchema.safeParse({ active: false }).success).toBe(false);
  });

  it('when the title is blanked, then it fails', () => {
    expect(updateTrainingSchema.safeParse({ version: 1, title: ' ' }).success).toBe(false);
  });
});
