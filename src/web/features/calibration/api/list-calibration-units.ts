import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { calibrationKeys, toCalibrationUnit, type CalibrationUnit, type CalibrationUnitItem } from '../types';

export async function listCalibrationUnits(
  periodId: string,
  signal?: AbortSignal,
): Promise<CalibrationUnit[]> {
  const page = await api.get<{ items: CalibrationUnitItem[] }>('/calibration/units', { periodId }, signal);
  return page.items.map(toCalibrationUnit);
}

/** The units whose calibration board the caller may open, with their predicate, counts and violations. */
export function useCalibrationUnits(periodId: string | null) {
  return useQuery({
    queryKey: calibrationKeys.units(periodId ?? ''),
    queryFn: ({ signal }) => listCalibrationUnits(periodId ?? '', signal),
    enabled: Boolean(periodId),
  });
}
