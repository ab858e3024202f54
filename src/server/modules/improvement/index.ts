export { improvementRoutes } from './improvement.routes.js';
/** Called by the evaluations module INSIDE the transaction that finalises an evaluation or changes its predicate. */
export { syncImprovement, type ImprovementSource } from './use-cases/sync-improvement.js';
/** The readers of an employee's follow-up (improvement periods, nominations). */
export { mayReadFollowUp } from './improvement.policy.js';
