// The public entry of the evaluations feature: what the rest of the web app may use.
export { useEvaluations } from './api/list-evaluations';
export { DistributionWarning } from './components/DistributionWarning';
export { limitText, predicateList, ruleText } from './components/distribution-labels';
export { PREDICATE_COLORS, PREDICATE_MARKERS } from './components/predicate-colors';
export { PredicateChip } from './components/PredicateChip';
export { RatingChip } from './components/RatingChip';
export { developmentPlanKeys } from './api/list-development-plans';
