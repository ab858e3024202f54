import type { WorkPlanListItem } from '../types';
import { useWorkPlans } from './list-work-plans';

/** The draft change of an approved plan, if one is in progress (it is not the version in force yet). */
export function useOpenAmendment(
  employeeId: string,
  cycleId: string | undefined,
  current: WorkPlanListItem | undefined,
) {
  const all = useWorkPlans(
    { employeeId, cycleId, current: false, limit: 20, offset: 0 },
    { enabled: Boolean(cycleId && current && current.status === 'approved') },
  );
  if (!current || current.status !== 'approved') return null;
  return (
    all.data?.items.find((p) => !p.isCurrent && p.status !== 'approved' && p.revision > current.revision) ??
    null
  );
}
