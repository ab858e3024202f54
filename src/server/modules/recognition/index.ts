export { recognitionRoutes } from './recognition.routes.js';
