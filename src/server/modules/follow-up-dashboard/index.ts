export { followUpDashboardRoutes } from './follow-up-dashboard.routes.js';
