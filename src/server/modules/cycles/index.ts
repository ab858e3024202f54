export { cycleRoutes } from './cycles.routes.js';
export { currentCycle, findCycle, findPeriod } from './use-cases/load-cycle.js';
export type { CycleView, PeriodView } from '../../../domain/cycles/view.js';
export { createCycle } from './use-cases/create-cycle.js';
