export { monitoringRoutes } from './monitoring.routes.js';
