/**
 * The period a period picker opens on (issue 12: pickers opened on the month not yet ended). Decision: the latest
 * ENDED periodic period, unless the caller may act on the current one now (record progress for it, or finalise its
 * evaluations because finalisation has opened): then the current one. Before the first period ends, the current (or
 * first) one; after the cycle, its last periodic period.
 */
export interface PickablePeriod {
  id: string;
  kind: 'periodic' | 'annual';
  startDate: string;
  endDate: string;
}

export function defaultPeriodOf<P extends PickablePeriod>(
  periods: readonly P[],
  today: string,
  actsOnCurrent: (period: P) => boolean = () => false,
): P | null {
  const periodic = periods.filter((p) => p.kind === 'periodic');
  const current = periodic.find((p) => p.startDate <= today && today <= p.endDate);
  if (current && actsOnCurrent(current)) return current;
  const ended = periodic.filter((p) => p.endDate < today);
  return ended.at(-1) ?? current ?? periodic[0] ?? periods[0] ?? null;
}
