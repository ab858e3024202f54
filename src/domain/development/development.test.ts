import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FocusArea } from '../evaluations/view.js';
import { BEHAVIOUR_VALUES } from '../work-plans/berakhlak.js';
import { deriveFocusAreas, normaliseFocusArea, ownFocusAreas, type FocusSource } from './focus-areas.js';
import {
  compareRecommendations,
  competenceKindOf,
  recommend,
  RECOMMENDATION_LIMIT,
  type CatalogueItem,
} from './recommendations.js';
import { dueDateProblem } from './schemas.js';
import { progressOf, statusOf } from './status.js';

const R1 = '00000000-0000-4000-8000-000000000001';
const R2 = '00000000-0000-4000-8000-000000000002';
const R3 = '00000000-0000-4000-8000-000000000003';

const source = (over: Partial<FocusSource> = {}): FocusSource => ({
  resultRatings: [],
  behaviourRatings: [],
  results: [
    { id: R1, text: 'Pelayanan loket', categories: ['effectiveness', null, 'efficiency'] },
    { id: R2, text: 'Imunisasi dasar', categories: ['innovation'] },
    { id: R3, text: 'Laporan bulanan', categories: [] },
  ],
  improvements: [],
  ...over,
});

describe('focus areas from an evaluation', () => {
  const cases: Array<{ name: string; src: FocusSource; expected: Array<Partial<FocusArea>> }> = [
    {
      name: 'nothing below and no feedback → no area',
      src: source({
        resultRatings: [{ resultId: R1, rating: 'meets' }],
        behaviourRatings: [{ value: 'akuntabel', rating: 'above' }],
      }),
      expected: [],
    },
    {
      name: 'a result below → an area with its indicator categories in the fixed order',
      src: source({ resultRatings: [{ resultId: R1, rating: 'below' }] }),
      expected: [
        { kind: 'result', resultId: R1, categories: ['efficiency', 'effectiveness'], rating: 'below' },
      ],
    },
    {
      name: 'results below in plan order, then values below in BerAKHLAK order',
      src: source({
        resultRatings: [
          { resultId: R2, rating: 'below' },
          { resultId: R1, rating: 'below' },
          { resultId: R3, rating: 'meets' },
        ],
        behaviourRatings: [
          { value: 'kolaboratif', rating: 'below' },
          { value: 'berorientasi_pelayanan', rating: 'below' },
          { value: 'akuntabel', rating: 'meets' },
        ],
      }),
      expected: [
        { kind: 'result', resultId: R1 },
        { kind: 'result', resultId: R2, categories: ['innovation'] },
        {
          kind: 'behaviour',
          value: 'berorientasi_pelayanan',
          text: 'Berorientasi Pelayanan',
          categories: [],
        },
        { kind: 'behaviour', value: 'kolaboratif' },
      ],
    },
    {
      name: 'improvement feedback on an area is quoted in it, not a new area',
      src: source({
        resultRatings: [{ resultId: R1, rating: 'below' }],
        behaviourRatings: [{ value: 'harmonis', rating: 'below' }],
        improvements: [
          { resultId: R1, behaviour: null, text: 'Antrean  pagi\nterlalu panjang' },
          { resultId: null, behaviour: 'harmonis', text: 'Sapa pasien' },
        ],
      }),
      expected: [
        { kind: 'result', resultId: R1, notes: ['Antrean pagi terlalu panjang'] },
        { kind: 'behaviour', value: 'harmonis', notes: ['Sapa pasien'] },
      ],
    },
    {
      name: 'feedback on another subject is an area of its own; general feedback too; two on one subject merge',
      src: source({
        improvements: [
          { resultId: R2, behaviour: null, text: 'Cakupan rendah' },
          { resultId: null, behaviour: 'adaptif', text: 'Belajar aplikasi baru' },
          { resultId: null, behaviour: null, text: 'Datang tepat waktu' },
          { resultId: R2, behaviour: null, text: 'Data tidak lengkap' },
        ],
      }),
      expected: [
        {
          kind: 'feedback',
          resultId: R2,
          text: 'Imunisasi dasar',
          categories: ['innovation'],
          notes: ['Cakupan rendah', 'Data tidak lengkap'],
          rating: null,
        },
        { kind: 'feedback', value: 'adaptif', text: 'Adaptif', notes: ['Belajar aplikasi baru'] },
        { kind: 'feedback', resultId: null, value: null, text: 'Datang tepat waktu', notes: [] },
      ],
    },
  ];
  for (const c of cases)
    it(`when ${c.name}`, () => {
      const areas = deriveFocusAreas(c.src);
      expect(areas).toHaveLength(c.expected.length);
      c.expected.forEach((e, i) => expect(areas[i]).toMatchObject(e));
    });

  it('when any ratings are given, then every value and result rated below is an area exactly once', () => {
    const rating = fc.constantFrom('above' as const, 'meets' as const, 'below' as const);
    fc.assert(
      fc.property(
        fc.array(fc.record({ resultId: fc.constantFrom(R1, R2, R3), rating })),
        fc.array(fc.record({ value: fc.constantFrom(...BEHAVIOUR_VALUES), rating })),
        (resultRatings, behaviourRatings) => {
          const areas = deriveFocusAreas(source({ resultRatings, behaviourRatings }));
          const below = new Set([
            ...resultRatings.filter((r) => r.rating === 'below').map((r) => r.resultId),
            ...behaviourRatings.filter((b) => b.rating === 'below').map((b) => b.value),
          ]);
          expect(areas.map((a) => a.resultId ?? a.value).sort()).toEqual([...below].sort());
        },
      ),
    );
  });

  it('when a voluntary plan names areas, then they are own areas with known categories only', () => {
    expect(
      ownFocusAreas([
        { text: 'Excel', categories: ['efficiency'] },
        { text: 'x', value: 'kompeten' },
      ]),
    ).toEqual([
      {
        kind: 'own',
        resultId: null,
        value: null,
        text: 'Excel',
        rating: null,
        categories: ['efficiency'],
        notes: [],
      },
      { kind: 'own', resultId: null, value: 'kompeten', text: 'x', rating: null, categories: [], notes: [] },
    ]);
  });

  it('when a plan stored before issue 14 is read, then its areas gain empty categories and notes', () => {
    expect(normaliseFocusArea({ kind: 'behaviour', value: 'loyal', text: 'Loyal', rating: 'below' })).toEqual(
      {
        kind: 'behaviour',
        resultId: null,
        value: 'loyal',
        text: 'Loyal',
        rating: 'below',
        categories: [],
        notes: [],
      },
    );
  });
});

const item = (id: string, competences: string[], over: Partial<CatalogueItem> = {}): CatalogueItem => ({
  id,
  title: `Program ${id}`,
  provider: 'BKPSDM',
  mode: 'classroom',
  hours: 10,
  competences,
  active: true,
  ...over,
});

describe('recommendation ranking', () => {
  const areas = deriveFocusAreas(
    source({
      resultRatings: [{ resultId: R1, rating: 'below' }],
      behaviourRatings: [{ value: 'berorientasi_pelayanan', rating: 'below' }],
    }),
  );
  // needs: efficiency (2), effectiveness (2), berorientasi_pelayanan (3)

  it('when competences are of three kinds, then they are told apart', () => {
    expect(['akuntabel', 'innovation', 'kesehatan'].map(competenceKindOf)).toEqual([
      'behaviour',
      'category',
      'tag',
    ]);
  });

  const cases: Array<{ name: string; catalogue: CatalogueItem[]; tags?: string[]; expected: string[] }> = [
    {
      name: 'a value outweighs a category, two matches outweigh one',
      catalogue: [
        item('a', ['effectiveness']),
        item('b', ['berorientasi_pelayanan']),
        item('c', ['berorientasi_pelayanan', 'efficiency']),
      ],
      expected: ['c', 'b', 'a'],
    },
    {
      name: 'nothing matched, inactive or unrelated are left out',
      catalogue: [
        item('a', ['innovation']),
        item('b', ['efficiency'], { active: false }),
        item('c', ['loyal']),
      ],
      expected: [],
    },
    {
      name: 'equal score: more matched competences first (a category and a tag = 3 before a value = 3)',
      catalogue: [
        item('b', ['berorientasi_pelayanan', 'x'], { hours: 1 }),
        item('a', ['efficiency', 'kesehatan']),
      ],
      tags: ['kesehatan'],
      expected: ['a', 'b'],
    },
    {
      name: 'equal score and matches: fewer hours, then title, then id',
      catalogue: [
        item('d', ['efficiency'], { hours: 20, title: 'A' }),
        item('c', ['efficiency'], { hours: 8, title: 'Zeta' }),
        item('b', ['effectiveness'], { hours: 8, title: 'Beta' }),
        item('a2', ['effectiveness'], { hours: 8, title: 'Beta' }),
      ],
      expected: ['a2', 'b', 'c', 'd'],
    },
    {
      name: 'a tag of the employee counts 1',
      catalogue: [item('a', ['kesehatan']), item('b', ['pendidikan'])],
      tags: ['Kesehatan'],
      expected: ['a'],
    },
  ];
  for (const c of cases)
    it(`when ${c.name}`, () => {
      expect(recommend(c.catalogue, areas, { tags: c.tags }).map((r) => r.trainingId)).toEqual(c.expected);
    });

  it('when a programme matches, then each matched competence gives a reason in Indonesian with its code', () => {
    const [r] = recommend([item('c', ['efficiency', 'berorientasi_pelayanan'])], areas);
    expect(r!.score).toBe(5);
    expect(r!.reasonCodes.map((x) => x.code)).toEqual(['category_result', 'value_below']);
    expect(r!.reasons[0]).toContain('efisiensi');
    expect(r!.reasons[0]).toContain('Pelayanan loket');
    expect(r!.reasons[1]).toBe('Membangun nilai Berorientasi Pelayanan, yang dinilai di bawah ekspektasi.');
  });

  it('when programmes are already in the plan, then they are not recommended again', () => {
    expect(recommend([item('a', ['efficiency'])], areas, { exclude: ['a'] })).toEqual([]);
  });

  it('when the plan has no areas, then nothing is recommended', () => {
    expect(recommend([item('a', ['efficiency'])], [])).toEqual([]);
  });

  it('when the catalogue is shuffled, then the ranking is the same, capped at five and ordered by the tie rule', () => {
    const competence = fc.constantFrom('efficiency', 'effectiveness', 'berorientasi_pelayanan', 'loyal', 'x');
    const catalogue = fc.uniqueArray(
      fc.record({
        id: fc.uuid(),
        title: fc.constantFrom('A', 'B', 'C'),
        provider: fc.constant('P'),
        mode: fc.constant('classroom'),
        hours: fc.constantFrom(4, 8, 16),
        competences: fc.array(competence, { maxLength: 4 }),
        active: fc.boolean(),
      }),
      { selector: (c) => c.id, maxLength: 15 },
    );
    fc.assert(
      fc.property(catalogue, (items) => {
        const one = recommend(items, areas);
        expect(recommend([...items].reverse(), areas)).toEqual(one);
        expect(
          recommend(
            [...items].sort((a, b) => (a.id < b.id ? -1 : 1)),
            areas,
          ),
        ).toEqual(one);
        expect(one.length).toBeLessThanOrEqual(RECOMMENDATION_LIMIT);
        for (let i = 1; i < one.length; i++)
          expect(compareRecommendations(one[i - 1]!, one[i]!)).toBeLessThan(0);
      }),
    );
  });
});

describe('plan status and progress', () => {
  const planned = { status: 'planned' as const };
  const completed = { status: 'completed' as const };
  const cancelled = { status: 'cancelled' as const };
  const cases: Array<[string, Parameters<typeof statusOf>[0], 'open' | 'done']> = [
    ['no items', { hasAssessor: true, agreedByEmployee: true, agreedByAssessor: true, items: [] }, 'open'],
    [
      'all completed, both agreed',
      { hasAssessor: true, agreedByEmployee: true, agreedByAssessor: true, items: [completed, cancelled] },
      'done',
    ],
    [
      'all completed, only the employee agreed',
      { hasAssessor: true, agreedByEmployee: true, agreedByAssessor: false, items: [completed] },
      'open',
    ],
    [
      'all completed, no assessor, the employee agreed',
      { hasAssessor: false, agreedByEmployee: true, agreedByAssessor: false, items: [completed] },
      'done',
    ],
    [
      'one planned',
      { hasAssessor: true, agreedByEmployee: true, agreedByAssessor: true, items: [completed, planned] },
      'open',
    ],
    [
      'only cancelled',
      { hasAssessor: true, agreedByEmployee: true, agreedByAssessor: true, items: [cancelled] },
      'open',
    ],
  ];
  for (const [name, state, expected] of cases)
    it(`when ${name}, then the plan is ${expected}`, () => expect(statusOf(state)).toBe(expected));

  it('when items are counted, then cancelled ones are apart and overdue means planned before today', () => {
    expect(
      progressOf(
        [
          { status: 'planned', dueDate: '2026-11-28', hours: 2 },
          { status: 'planned', dueDate: '2026-11-29', hours: 3.5 },
          { status: 'completed', dueDate: '2026-01-01', hours: 16 },
          { status: 'cancelled', dueDate: '2026-01-01', hours: 40 },
        ],
        '2026-11-29',
      ),
    ).toEqual({
      total: 3,
      completed: 1,
      planned: 2,
      overdue: 1,
      cancelled: 1,
      hours: 21.5,
      completedHours: 16,
    });
  });

  const dueCases: Array<[string, string | null]> = [
    ['2026-11-28', 'development.duePast'],
    ['2026-11-29', null],
    ['2028-11-29', null],
    ['2028-11-30', 'development.dueTooFar'],
  ];
  for (const [due, problem] of dueCases)
    it(`when an item is due ${due} (today 2026-11-29), then ${problem ?? 'it fits'}`, () =>
      expect(dueDateProblem(due, '2026-11-29')).toBe(problem));
});
