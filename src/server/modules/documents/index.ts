/** Official documents (PDF). The public surface of the documents module. */
export { renderPdf, pdfInfo, type PdfMetadata } from './pdf.js';
export { renderSkpDocument, type SkpDocumentOptions } from './skp.js';
export { renderEvaluationDocument, type EvaluationDocumentInput } from './evaluation.js';
export { renderPenetapanDocument, type PenetapanDocumentInput } from './penetapan.js';
export { renderObjectionDecisionDocument, type ObjectionDecisionInput } from './objection-decision.js';
export { formatDateId, formatNumberId } from './format.js';
/** Test support (loads the pdfjs-dist devDependency lazily, only when called). */
export { extractPdfText, extractPdfPages } from './pdf-text.js';
