import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { calibrationKeys, type CalibrationView } from '../types';

export function getCalibration(
  unitId: string,
  periodId: string,
  signal?: AbortSignal,
): Promise<CalibrationView> {
  return api.get<CalibrationView>(`/units/${encodeURIComponent(unitId)}/calibration`, { periodId }, signal);
}

/** One unit's board: the 3×3 grid, the unplaced people, the leader, the pattern and the justifications. */
export function useCalibration(unitId: string | null, periodId: string | null) {
  return useQuery({
    queryKey: calibrationKeys.board(unitId ?? '', periodId ?? ''),
    queryFn: ({ signal }) => getCalibration(unitId ?? '', periodId ?? '', signal),
    enabled: Boolean(unitId && periodId),
  });
}
