export { cycleRoutes } from './cycles.routes.js';
export { currentCycle, findCycle, findPeriod } from './use-cases/load-cycle.js';
export type { CycleView, PeriodView } from '../../../domain/cycles/view.js';
export { createCycle } from './use-cases/create-cycle.js';
/** The stored cycle row (plain object), for modules that only need its year or dates; undefined when unknown. */
export { findCycleRow } from './cycles.repository.js';
