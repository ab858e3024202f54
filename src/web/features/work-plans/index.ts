// The public entry of the work-plans feature: what the rest of the web app may use.
export { useWorkPlans } from './api/list-work-plans';
export { useLeaderStatus } from './api/use-leader-status';
export { useOpenAmendment } from './api/use-open-amendment';
export { formatTarget, shorten } from './format';
export { workPlanKeys, type WorkPlanView } from './types';
