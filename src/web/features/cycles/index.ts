// The public entry of the cycles feature: what the rest of the web app may use.
export { useCurrentCycle } from './api/get-current-cycle';
export { useCycle } from './api/get-cycle';
export { useCycles } from './api/list-cycles';
export { PeriodPicker, type PeriodChange } from './components/PeriodPicker';
export { calibrationPeriodId, evaluationPeriod } from './periods';
export type { Cycle, Period } from './types';
