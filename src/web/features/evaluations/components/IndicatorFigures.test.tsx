import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../app/router';
import { mockApi, renderRoutes, sessionFor, sessionRoute } from '../../../test/utils';
import { JAN, entry, grid, gridIndicator } from '../../progress/test/fixtures';
import {
  ASSESSOR_ID,
  EVALUATION_ID,
  MAIN_RESULT,
  PERIOD_ID,
  PLAN_ID,
  evaluation as evaluationView,
} from '../test/fixtures';

const INDICATOR = '9e000000-0000-4000-8000-000000000201';
const NARRATIVE = '9e000000-0000-4000-8000-000000000202';

/**
 * Patients served, summed: 1,200 a year, 100 a month. January realised 90, February (the evaluation's period) 120:
 * February 120 ÷ 100 = 120%; to date 210 ÷ 200 = 105%; the year 210 ÷ 1,200 = 17,5%.
 */
const patients = gridIndicator({
  id: INDICATOR,
  text: 'Jumlah pasien yang dilayani',
  target: 1200,
  unit: 'pasien',
  direction: 'higher',
  aggregation: 'sum',
  cells: [
    {
      periodId: JAN,
      target: 100,
      latest: entry({ periodId: JAN, value: 90, achievement: 90 }),
      entryCount: 1,
    },
    {
      periodId: PERIOD_ID,
      target: 100,
      latest: entry({ periodId: PERIOD_ID, value: 120, achievement: 120 }),
      entryCount: 1,
    },
  ],
  toDate: { throughPeriodId: PERIOD_ID, periodCount: 2, realised: 210, target: 200, achievement: 105 },
  year: { realised: 210, target: 1200, achievement: 17.5 },
});
const narrative = gridIndicator({
  id: NARRATIVE,
  numeric: false,
  target: null,
  targetText: 'Laporan tersusun',
});

const base = grid();
const theGrid = grid({
  periods: [base.periods[0]!, { ...base.periods[1]!, id: PERIOD_ID }],
  results: [{ ...base.results[0]!, id: MAIN_RESULT, indicators: [patients, narrative] }],
});

const indicatorRow = (id: string, text: string) => ({
  id,
  text,
  target: id === INDICATOR ? 1200 : null,
  targetMax: null,
  targetText: id === INDICATOR ? null : 'Laporan tersusun',
  unit: id === INDICATOR ? 'pasien' : null,
});

const view = evaluationView({
  period: { ...evaluationView().period, label: 'Februari 2026', index: 2 },
  results: evaluationView().results.map((r) =>
    r.id === MAIN_RESULT
      ? {
          ...r,
          indicators: [
            indicatorRow(INDICATOR, 'Jumlah pasien yang dilayani'),
            indicatorRow(NARRATIVE, 'Laporan posyandu'),
          ],
        }
      : r,
  ),
});

describe('the evaluation editor: the three achievements per indicator', () => {
  it('shows the period, to-date and year achievements with their formulas, counted through the evaluation period', async () => {
    const calls = mockApi([
      sessionRoute(sessionFor(['employee'], ASSESSOR_ID)),
      { path: `/evaluations/${EVALUATION_ID}`, body: view },
      { path: `/work-plans/${PLAN_ID}/progress-grid`, body: theGrid },
      { path: `/work-plans/${PLAN_ID}/progress`, body: { items: [], total: 0 } },
      { path: `/work-plans/${PLAN_ID}/feedback`, body: { items: [] } },
      { path: '/work-plans', body: { items: [], total: 0 } },
      { path: '/employees', body: { items: [], total: 0 } },
      { path: '/notifications', body: { items: [], total: 0, unread: 0 } },
    ]);
    renderRoutes(routes, `/evaluations/${EVALUATION_ID}`);

    const figures = await screen.findByTestId('evaluation-indicator-figures', {}, { timeout: 5000 });
    expect(figures.getAttribute('data-indicator-id')).toBe(INDICATOR);
    const text = (id: string) => within(figures).getByTestId(id).textContent;
    expect(text('evaluation-figure-period')).toBe(
      'Periode ini (Februari 2026): 120% — realisasi 120 pasien, target 100 pasien ' +
        '(realisasi ÷ target × 100%: 120 ÷ 100 × 100% = 120%)',
    );
    expect(text('evaluation-figure-to-date')).toBe(
      'S.d. periode ini (2 periode): 105% — realisasi 210 pasien, target 200 pasien ' +
        '(jumlah realisasi ÷ jumlah target; realisasi ÷ target × 100%: 210 ÷ 200 × 100% = 105%)',
    );
    expect(text('evaluation-figure-year')).toBe(
      'Tahunan: 17,5% — realisasi 210 pasien, target 1.200 pasien ' +
        '(jumlah realisasi ÷ jumlah target terhadap target tahunan; realisasi ÷ target × 100%: 210 ÷ 1.200 × 100% = 17,5%)',
    );
    // a narrative indicator has no figures
    expect(screen.getAllByTestId('evaluation-indicator-figures')).toHaveLength(1);
    const gridCall = calls.find((c) => c.url.includes('/progress-grid'));
    expect(new URL(gridCall!.url, 'http://x').searchParams.get('throughPeriodId')).toBe(PERIOD_ID);
  });

  it('when nothing was reported in the period, then it says so and shows the target', async () => {
    const empty = {
      ...patients,
      cells: [patients.cells[0]!, { periodId: PERIOD_ID, target: 100, latest: null, entryCount: 0 }],
    };
    mockApi([
      sessionRoute(sessionFor(['employee'], ASSESSOR_ID)),
      { path: `/evaluations/${EVALUATION_ID}`, body: view },
      {
        path: `/work-plans/${PLAN_ID}/progress-grid`,
        body: { ...theGrid, results: [{ ...theGrid.results[0]!, indicators: [empty] }] },
      },
    ]);
    renderRoutes(routes, `/evaluations/${EVALUATION_ID}`);
    const line = await screen.findByTestId('evaluation-figure-period', {}, { timeout: 5000 });
    await waitFor(() =>
      expect(line.textContent).toBe(
        'Periode ini (Februari 2026): belum ada capaian (realisasi —, target 100 pasien)',
      ),
    );
  });
});
