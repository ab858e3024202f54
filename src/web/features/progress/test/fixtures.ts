import { PLAN_ID, CYCLE_ID, RESULT_ID } from '../../work-plans/test/fixtures';
import type { GridIndicator, ProgressEntryView, ProgressGridView } from '../types';

export const JAN = '7a000000-0000-4000-8000-000000000001';
export const FEB = '7a000000-0000-4000-8000-000000000002';
export const INDICATOR_ID = '7a000000-0000-4000-8000-0000000000a1';
export const ENTRY_ID = '7a000000-0000-4000-8000-0000000000e1';

export function entry(overrides: Partial<ProgressEntryView> = {}): ProgressEntryView {
  return {
    id: ENTRY_ID,
    workPlanId: PLAN_ID,
    indicatorId: INDICATOR_ID,
    periodId: JAN,
    value: 12,
    text: null,
    note: null,
    achievement: 83.33,
    formula: 'target ÷ realisasi × 100%',
    createdAt: '2026-02-03T02:00:00Z',
    createdBy: 'u-1',
    createdByName: 'Siti Nurhaliza, A.Md.Kep.',
    evidence: [],
    ...overrides,
  };
}

/** A lower-is-better indicator: waiting time in days, target 10; January realised 12 → 10 ÷ 12 = 83,33%. */
export function gridIndicator(overrides: Partial<GridIndicator> = {}): GridIndicator {
  return {
    id: INDICATOR_ID,
    text: 'Rata-rata waktu tunggu rujukan',
    aspect: 'time',
    target: 10,
    targetMax: null,
    targetText: null,
    unit: 'hari',
    direction: 'lower',
    aggregation: 'average',
    numeric: true,
    formula: 'target ÷ realisasi × 100%',
    cells: [
      { periodId: JAN, target: 10, latest: entry(), entryCount: 2 },
      { periodId: FEB, target: 10, latest: null, entryCount: 0 },
    ],
    trend: [
      { periodId: JAN, label: 'Januari 2026', value: 12, achievement: 83.33 },
      { periodId: FEB, label: 'Februari 2026', value: null, achievement: null },
    ],
    latestAchievement: 83.33,
    toDate: { throughPeriodId: JAN, periodCount: 1, realised: 12, target: 10, achievement: 83.33 },
    year: { realised: 12, target: 10, achievement: 83.33 },
    ...overrides,
  };
}

export function grid(overrides: Partial<ProgressGridView> = {}): ProgressGridView {
  return {
    workPlanId: PLAN_ID,
    cycleId: CYCLE_ID,
    status: 'approved',
    isCurrent: true,
    cap: 200,
    can: { record: true },
    periods: [
      {
        id: JAN,
        kind: 'periodic',
        index: 1,
        label: 'Januari 2026',
        startDate: '2026-01-01',
        endDate: '2026-01-31',
        progressDeadline: '2026-02-05',
        status: 'open',
      },
      {
        id: FEB,
        kind: 'periodic',
        index: 2,
        label: 'Februari 2026',
        startDate: '2026-02-01',
        endDate: '2026-02-28',
        progressDeadline: '2026-03-05',
        status: 'open',
      },
    ],
    results: [
      {
        id: RESULT_ID,
        kind: 'main',
        text: 'Meningkatnya mutu layanan rujukan',
        indicators: [gridIndicator()],
      },
    ],
    ...overrides,
  };
}
