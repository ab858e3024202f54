export { feedbackRoutes } from './feedback.routes.js';
export { listFeedback } from './use-cases/feedback.js';
