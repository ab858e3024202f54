import { evaluationDocumentDefinition, type EvaluationDocumentInput } from './evaluation.js';
import { objectionDecisionDefinition, type ObjectionDecisionInput } from './objection-decision.js';
import { penetapanDocumentDefinition, type PenetapanDocumentInput } from './penetapan.js';
import { renderPdf } from './pdf.js';
import { skpDocumentDefinition, type SkpDocumentOptions } from './skp.js';
import type { WorkPlanView } from '../../../domain/work-plans/view.js';

/** The documents rendered in the PDF worker, and what each takes (plain data: it crosses a thread). */
export interface PdfTasks {
  skp: [plan: WorkPlanView, options: SkpDocumentOptions];
  evaluation: [input: EvaluationDocumentInput];
  penetapan: [input: PenetapanDocumentInput];
  objection: [input: ObjectionDecisionInput];
}
export type PdfKind = keyof PdfTasks;

/** Builds the document definition (it holds functions, which cannot cross a thread) and renders it, in this thread. */
export function renderTask<K extends PdfKind>(kind: K, args: PdfTasks[K]): Promise<Buffer> {
  switch (kind) {
    case 'skp': {
      const [plan, options] = args as PdfTasks['skp'];
      return renderPdf(skpDocumentDefinition(plan, options));
    }
    case 'evaluation':
      return renderPdf(evaluationDocumentDefinition(...(args as PdfTasks['evaluation'])));
    case 'penetapan':
      return renderPdf(penetapanDocumentDefinition(...(args as PdfTasks['penetapan'])));
    case 'objection':
      return renderPdf(objectionDecisionDefinition(...(args as PdfTasks['objection'])));
    default:
      throw new Error(`unknown document kind: ${String(kind)}`);
  }
}
