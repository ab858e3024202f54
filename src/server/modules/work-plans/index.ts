export { workPlanRoutes } from './work-plans.routes.js';
export {
  currentPlans,
  findLatestPlan,
  findPlanInForce,
  findPlan,
  lockPlan,
  type PlanRow,
} from './work-plans.repository.js';
export { planSnapshot, withPlan } from './use-cases/shared.js';
export { assessingAs, relationTo, type PlanRelation } from './work-plans.policy.js';
export {
  planContent,
  parentResults,
  supervisorsAbove,
  subordinatesBelow as subordinatesOf,
} from './work-plans.repository.js';
export { personSnapshot } from './use-cases/shared.js';
