// The public entry of the progress feature: what the rest of the web app may use.
export { useProgressEntries } from './api/list-progress';
export { useProgressGrid } from './api/get-progress-grid';
export { ProgressSection } from './components/ProgressSection';
export { achievementColor, defaultPeriodId, formatPercent, formulaFor } from './format';
export type { ComparisonView, GridCell, GridIndicator, ProgressEntryView, ProgressGridView } from './types';
