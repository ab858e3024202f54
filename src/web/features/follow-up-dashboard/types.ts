export type {
  FollowUpDashboardView,
  FollowUpFigures,
  FollowUpUnitView,
  JpShortListView,
  JpShortView,
  OverdueItemView,
  OverdueListView,
} from '../../../domain/follow-up-dashboard/view';

export const followUpKeys = {
  all: ['follow-up-dashboard'] as const,
  dashboard: (unitId: string | null, year: number) => ['follow-up-dashboard', 'view', unitId, year] as const,
  overdue: (unitId: string | null, offset: number) =>
    ['follow-up-dashboard', 'overdue', unitId, offset] as const,
  jpShort: (unitId: string | null, year: number, offset: number) =>
    ['follow-up-dashboard', 'jp-short', unitId, year, offset] as const,
};
