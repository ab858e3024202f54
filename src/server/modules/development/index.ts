export { developmentRoutes } from './development.routes.js';
export { syncDevelopmentPlan, POOR_PREDICATES, type DevelopmentSource } from './development.js';
