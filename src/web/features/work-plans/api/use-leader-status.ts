import { useAuth, useCan } from '../../../lib/auth';
import { useEmployees } from '../../employees';
import { useWorkPlans } from './list-work-plans';

/**
 * Whether the signed-in employee leads anyone (has direct reports) and how many plans wait for their approval.
 * Being an assessor is not a role: it follows from the org chart and from the plans themselves.
 */
export function useLeaderStatus() {
  const { user } = useAuth();
  const employeeId = user?.employeeId ?? null;
  const enabled = Boolean(employeeId);
  // the agency head assesses the employees without a supervisor (the Sekda), with or without an employee record
  const top = useCan('assess:top');
  const subordinates = useEmployees(
    { supervisorId: employeeId ?? undefined, limit: 1, offset: 0 },
    { enabled },
  );
  const waiting = useWorkPlans(
    { assessedBy: 'me', status: 'submitted', limit: 1, offset: 0 },
    { enabled: enabled || top },
  );
  // any plan I assess (an acting Plt/Plh may have no direct reports of their own)
  const assessed = useWorkPlans({ assessedBy: 'me', limit: 1, offset: 0 }, { enabled: enabled || top });
  const hasSubordinates = (subordinates.data?.total ?? 0) > 0;
  const waitingCount = waiting.data?.total ?? 0;
  return {
    hasSubordinates,
    waitingCount,
    waiting,
    isAssessor: hasSubordinates || waitingCount > 0 || (assessed.data?.total ?? 0) > 0 || top,
  };
}
