import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CalibrationPerson, CalibrationView } from '../../../../domain/evaluations/view';
import { mockApi, renderRoutes, sessionFor, sessionRoute } from '../../../test/utils';
import { CalibrationPage } from './CalibrationPage';

const UNIT = '0b8f7a52-3c1d-4e7a-9a55-1f2e3d4c5b6a';
const PERIOD = '7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const CYCLE = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

const period = {
  id: PERIOD,
  cycleId: CYCLE,
  kind: 'periodic' as const,
  index: 11,
  label: 'November 2026',
  startDate: '2026-11-01',
  endDate: '2026-11-30',
};
const cycle = {
  id: CYCLE,
  year: 2026,
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  frequency: 'monthly',
  planningDeadline: null,
  version: 1,
  periods: [
    {
      ...period,
      progressDeadline: null,
      evaluationDeadline: null,
      status: 'open',
      lockedAt: null,
      version: 1,
    },
  ],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

function person(
  employeeId: string,
  name: string,
  status: CalibrationPerson['status'],
  resultRating: CalibrationPerson['resultRating'],
  behaviourRating: CalibrationPerson['behaviourRating'],
  predicate: CalibrationPerson['predicate'],
): CalibrationPerson {
  return {
    evaluationId: status === 'not_started' ? null : `ev-${employeeId}`,
    employeeId,
    name,
    nip: '199001012015031001',
    positionTitle: 'Perawat',
    status,
    resultRating,
    behaviourRating,
    predicate,
    justification: null,
  };
}

const ani = person('e-ani', 'Ani Lestari', 'final', 'above', 'above', 'sangat_baik');
const budi = person('e-budi', 'Budi Santoso', 'draft', 'above', 'above', 'sangat_baik');
const citra = person('e-citra', 'Citra Dewi', 'final', 'above', 'above', 'sangat_baik');
const dedi = person('e-dedi', 'Dedi Kurniawan', 'final', 'meets', 'meets', 'baik');
const eka = person('e-eka', 'Eka Putri', 'not_started', null, null, null);

const cells: CalibrationView['cells'] = (['above', 'meets', 'below'] as const).flatMap((r) =>
  (['below', 'meets', 'above'] as const).map((b) => ({
    resultRating: r,
    behaviourRating: b,
    predicate:
      r === 'below'
        ? b === 'below'
          ? ('sangat_kurang' as const)
          : ('butuh_perbaikan' as const)
        : b === 'below'
          ? ('kurang' as const)
          : r === 'above' && b === 'above'
            ? ('sangat_baik' as const)
            : ('baik' as const),
    people:
      r === 'above' && b === 'above' ? [ani, budi, citra] : r === 'meets' && b === 'meets' ? [dedi] : [],
  })),
);

// three finals: Sangat Baik 2, Baik 1; organisation predicate Butuh Perbaikan: SB ≤ 10% (1), BP ≥ 60% (2)
const view: CalibrationView = {
  unit: {
    id: UNIT,
    name: 'Puskesmas Kemuning',
    code: 'PKM-01',
    headId: 'e-head',
    headName: 'dr. Ratna Sari',
  },
  period,
  orgPredicate: {
    id: 'op-1',
    unitId: UNIT,
    periodId: PERIOD,
    predicate: 'butuh_perbaikan',
    basis: null,
    setBy: 'u-9',
    setByName: 'Kepala Dinas',
    setAt: '2026-11-20T02:00:00Z',
  },
  distribution: {
    unitId: UNIT,
    periodId: PERIOD,
    orgPredicate: 'butuh_perbaikan',
    total: 3,
    counts: { sangat_baik: 2, baik: 1, butuh_perbaikan: 0, kurang: 0, sangat_kurang: 0 },
    violations: [
      { rule: 'max', predicates: ['sangat_baik'], limit: 1, actual: 2 },
      { rule: 'min', predicates: ['butuh_perbaikan'], limit: 2, actual: 0 },
    ],
    pattern: [
      {
        rule: 'max',
        predicates: ['sangat_baik'],
        percent: 10,
        persons: null,
        limit: 1,
        actual: 2,
        ok: false,
      },
      {
        rule: 'min',
        predicates: ['butuh_perbaikan'],
        percent: 60,
        persons: null,
        limit: 2,
        actual: 0,
        ok: false,
      },
    ],
  },
  // with Budi's draft: Sangat Baik 3 of 4
  projected: {
    total: 4,
    counts: { sangat_baik: 3, baik: 1, butuh_perbaikan: 0, kurang: 0, sangat_kurang: 0 },
    violations: [
      { rule: 'max', predicates: ['sangat_baik'], limit: 1, actual: 3 },
      { rule: 'min', predicates: ['butuh_perbaikan'], limit: 3, actual: 0 },
    ],
  },
  cells,
  unplaced: [eka],
  leader: person('e-head', 'dr. Ratna Sari', 'final', 'meets', 'meets', 'baik'),
  justifications: [
    {
      evaluationId: 'ev-e-ani',
      employeeName: 'Ani Lestari',
      justification: 'Capaian layanan imunisasi jauh di atas target.',
      finalizedAt: '2026-11-25T03:00:00Z',
    },
  ],
  can: { openEvaluations: true },
};

function api() {
  return mockApi([
    sessionRoute(sessionFor(['employee'], 'e-head')),
    { path: '/cycles', body: { items: [cycle], total: 1 } },
    { path: '/cycles/current', body: cycle },
    {
      path: '/calibration/units',
      body: {
        items: [
          {
            unit: { id: UNIT, name: 'Puskesmas Kemuning', code: 'PKM-01' },
            orgPredicate: 'butuh_perbaikan',
            total: 4,
            finals: 3,
            violations: view.distribution.violations,
          },
        ],
      },
    },
    { path: `/units/${UNIT}/calibration`, body: view },
  ]);
}

const page = [{ path: '/calibration', element: <CalibrationPage /> }];

describe('CalibrationPage', () => {
  it('when a unit is opened, then each person sits in the cell of their two ratings and the leader stands apart', async () => {
    const calls = api();
    renderRoutes(page, `/calibration?unitId=${UNIT}&periodId=${PERIOD}`);
    const board = await screen.findByTestId('calibration-board', {}, { timeout: 5000 });
    expect(board).toBeTruthy();
    expect(calls.some((c) => c.url.includes(`/units/${UNIT}/calibration?periodId=${PERIOD}`))).toBe(true);

    const top = screen.getByTestId('calibration-cell-above-above');
    expect(top.getAttribute('data-predicate')).toBe('sangat_baik');
    expect(within(top).getByText('Sangat Baik', { exact: false })).toBeTruthy();
    expect(within(top).getByTestId('calibration-person-e-ani')).toBeTruthy();
    expect(within(top).getByTestId('calibration-person-e-budi').getAttribute('data-status')).toBe('draft');
    expect(within(top).getByTestId('calibration-person-e-budi').textContent).toContain('Draf');
    expect(within(top).getByTestId('calibration-person-e-citra')).toBeTruthy();
    const middle = screen.getByTestId('calibration-cell-meets-meets');
    expect(within(middle).getByTestId('calibration-person-e-dedi')).toBeTruthy();
    expect(screen.getByTestId('calibration-cell-below-below').getAttribute('data-predicate')).toBe(
      'sangat_kurang',
    );
    expect(screen.getByTestId('calibration-cell-below-below').getAttribute('data-count')).toBe('0');

    // each name opens the evaluation
    const link = within(top).getByText('Ani Lestari').closest('a');
    expect(link?.getAttribute('href')).toBe('/evaluations/ev-e-ani');

    expect(
      within(screen.getByTestId('calibration-unplaced')).getByTestId('calibration-person-e-eka'),
    ).toBeTruthy();
    expect(within(screen.getByTestId('calibration-leader')).getByText('dr. Ratna Sari')).toBeTruthy();
    expect(screen.getByText('Capaian layanan imunisasi jauh di atas target.')).toBeTruthy();

    expect(screen.getByTestId('penetapan-pdf').getAttribute('href')).toBe(
      `/api/v1/units/${UNIT}/penetapan.pdf?periodId=${PERIOD}`,
    );
    expect(screen.getByTestId(`calibration-unit-violations-${UNIT}`).textContent).toBe('2 pelanggaran pola');
  });

  it('when the pattern is broken, then the warning names each rule, its limit and the count', async () => {
    api();
    renderRoutes(page, `/calibration?unitId=${UNIT}&periodId=${PERIOD}`);
    const warning = await screen.findByTestId('distribution-warning', {}, { timeout: 5000 });
    expect(warning.textContent).toContain('melanggar 2 aturan');
    expect(within(warning).getByTestId('distribution-violation-0').textContent).toBe(
      'Sangat Baik paling banyak 10% (≤ 1 orang) — batas 1 orang, saat ini 2 orang.',
    );
    expect(within(warning).getByTestId('distribution-violation-1').textContent).toBe(
      'Butuh Perbaikan paling sedikit 60% (≥ 2 orang) — batas 2 orang, saat ini 0 orang.',
    );
    const row = screen.getByTestId('pattern-row-0');
    expect(row.getAttribute('data-ok')).toBe('false');
    expect(row.textContent).toContain('≤ 1');
    expect(row.textContent).toContain('Melanggar');
    expect(screen.getByTestId('chart-row-sangat_baik').getAttribute('data-count')).toBe('2');

    // the draft on the board: what finalising it now would do
    const projected = screen.getByTestId('distribution-projected-warning');
    expect(within(projected).getByTestId('distribution-projected-violation-0').textContent).toBe(
      'Sangat Baik paling banyak 10% (≤ 1 orang) — batas 1 orang, proyeksi 3 orang.',
    );
    expect(screen.getByTestId('calibration-projected').textContent).toContain('melanggar 2 aturan');
  });

  it('when the unit has no organisation predicate, then no warning is shown and the page says why', async () => {
    mockApi([
      sessionRoute(sessionFor(['hr_admin'])),
      { path: '/cycles', body: { items: [cycle], total: 1 } },
      { path: '/cycles/current', body: cycle },
      {
        path: '/calibration/units',
        body: {
          items: [
            {
              unit: { id: UNIT, name: 'Puskesmas Kemuning' },
              orgPredicate: null,
              total: 4,
              finals: 3,
              violations: 0,
            },
          ],
        },
      },
      {
        path: `/units/${UNIT}/calibration`,
        body: {
          ...view,
          orgPredicate: null,
          distribution: { ...view.distribution, orgPredicate: null, violations: [], pattern: [] },
          projected: null,
          can: { openEvaluations: false },
        },
      },
    ]);
    // no unit in the URL: the first unit of the list opens
    renderRoutes(page, `/calibration?periodId=${PERIOD}`);
    expect(await screen.findByTestId('calibration-no-pattern', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByTestId('distribution-warning')).toBeNull();
    expect(screen.queryByTestId('distribution-projected-warning')).toBeNull();
    // without the right to open evaluations, names are plain text
    expect(screen.getByTestId('calibration-person-e-ani').querySelector('a')).toBeNull();
  });
});
