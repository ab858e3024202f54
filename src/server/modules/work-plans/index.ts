export { workPlanRoutes } from './work-plans.routes.js';
export { findCurrentPlan, findPlan } from './work-plans.repository.js';
export { planSnapshot } from './use-cases/shared.js';
