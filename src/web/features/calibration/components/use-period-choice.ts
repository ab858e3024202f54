import { calibrationPeriodId, useCurrentCycle, useCycles } from '../../cycles';

/**
 * The period to show: the one in the URL, else the default of the current cycle. `isPending` while the cycles
 * are still loading (the page shows its skeleton then).
 */
export function usePeriodChoice(fromUrl: string | null) {
  const cycles = useCycles();
  const current = useCurrentCycle();
  const periodId = fromUrl ?? calibrationPeriodId(current.data ?? cycles.data?.items[0]);
  const cycle =
    cycles.data?.items.find((c) => c.periods.some((p) => p.id === periodId)) ??
    (current.data?.periods.some((p) => p.id === periodId) ? current.data : null);
  const period = cycle?.periods.find((p) => p.id === periodId) ?? null;
  return {
    periodId,
    period,
    cycle,
    cycles: cycles.data?.items ?? [],
    isPending: cycles.isPending || current.isPending,
    error: cycles.error ?? current.error,
  };
}
