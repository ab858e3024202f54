export { libraryRoutes } from './library.routes.js';
export type { TemplateDetailView, TemplateView } from '../../../domain/library/view.js';
/** A template as stored (plain object), e.g. to check an indicator's `templateId`; undefined when unknown. */
export { findTemplateRow } from './library.repository.js';
