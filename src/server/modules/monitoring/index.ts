export { monitoringRoutes } from './monitoring.routes.js';
/** The units an employee heads or leads as acting official (Plt/Plh) on a day; shared with evaluations. */
export { headedUnits } from './monitoring.repository.js';
/** The completion numbers (scoped to the caller), shown again on the home screen. */
export { completion } from './use-cases/completion.js';
