export { developmentRoutes } from './development.routes.js';
export { syncDevelopmentPlan, POOR_PREDICATES, type DevelopmentSource } from './use-cases/sync-plan.js';
/** The read rule of an employee's development plans (also the readers of their learning hours and improvement periods). */
export { mayReadDevelopment } from './development.policy.js';
