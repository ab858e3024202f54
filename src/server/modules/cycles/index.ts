export { cycleRoutes } from './cycles.routes.js';
export { currentCycle, findCycle, findPeriod } from './use-cases/load-cycle.js';
export type { CycleView, PeriodView } from '../../../domain/cycles/view.js';
export { createCycle } from './use-cases/create-cycle.js';
/** The stored cycle row (plain object), for modules that only need its year or dates; undefined when unknown. */
export { findCycleRow } from './cycles.repository.js';
/** The one guard of a closed cycle: 409 INVALID_TRANSITION `cycle_closed` for any write that belongs to it. */
export { assertCycleOpen, cycleClosed } from './use-cases/guard.js';
