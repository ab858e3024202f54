// The public entry of the progress feature: what the rest of the web app may use.
export { useProgressEntries } from './api/list-progress';
export { ProgressSection } from './components/ProgressSection';
export { defaultPeriodId } from './format';
export type { ProgressEntryView } from './types';
