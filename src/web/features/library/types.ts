import type { z } from 'zod';
import type { proposeTemplateSchema, Sector, TemplateStatus } from '../../../domain/library/schemas';
import type { ASPECTS, CATEGORIES } from '../../../domain/work-plans/schemas';

export {
  declineTemplateSchema,
  proposeTemplateSchema,
  SECTORS,
  templateCommentSchema,
  type Sector,
  type TemplateStatus,
} from '../../../domain/library/schemas';
export type {
  TemplateCommentView as TemplateComment,
  TemplateDetailView as IndicatorTemplateDetail,
  TemplateView as IndicatorTemplate,
} from '../../../domain/library/view';

export type ProposalInput = z.input<typeof proposeTemplateSchema>;

export interface TemplateListParams {
  q?: string;
  sector?: Sector;
  category?: (typeof CATEGORIES)[number];
  aspect?: (typeof ASPECTS)[number];
  status?: TemplateStatus;
  limit: number;
  offset: number;
}

export const libraryKeys = {
  all: ['indicator-templates'] as const,
  lists: () => ['indicator-templates', 'list'] as const,
  list: (params: TemplateListParams) => ['indicator-templates', 'list', params] as const,
  detail: (id: string) => ['indicator-templates', 'detail', id] as const,
};
