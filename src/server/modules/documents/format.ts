/** Indonesian formats for the documents (shared with the web through the domain). */
export { formatDateId, formatNumberId } from '../../../domain/dates.js';
