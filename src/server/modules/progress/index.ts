export { progressRoutes } from './progress.routes.js';
/** The entries that count for a plan version (for evaluations and documents). */
export { planEntries } from './use-cases/read-progress.js';
/** The grid through a period (the evaluation editor's and document's to-date and year achievements). */
export { progressGrid } from './use-cases/read-progress.js';
/** Plan access and version lineage shared by the monitoring modules (feedback, dialogues). */
export { periodOfPlan, viewPlan } from './use-cases/access.js';
export { assertCurrent, requireParty } from './progress.policy.js';
export { displayName, planAncestry, resultLineage } from './progress.repository.js';
