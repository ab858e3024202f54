export { evaluationRoutes } from './evaluations.routes.js';
/** Completion monitoring counts final evaluations. */
export {
  assessmentSettings,
  DEFAULT_AGENCY_HEAD,
  DEFAULT_ASSESSMENT_SETTINGS,
} from './use-cases/settings.js';
/** The home screen shows each headed unit's distribution against its pattern. */
export { unitDistribution } from './use-cases/distribution.js';
