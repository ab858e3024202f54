export { workPlanRoutes } from './work-plans.routes.js';
export { findCurrentPlan, findPlan, lockPlan, type PlanRow } from './work-plans.repository.js';
export { planSnapshot } from './use-cases/shared.js';
export { relationTo, type PlanRelation } from './work-plans.policy.js';
