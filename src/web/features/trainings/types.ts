import type { z } from 'zod';
import type { TrainingMode } from '../../../domain/trainings/competences';
import type { createTrainingSchema, updateTrainingSchema } from '../../../domain/trainings/schemas';

export {
  createTrainingSchema,
  updateTrainingSchema,
  TRAINING_ACTIVE_FILTERS,
} from '../../../domain/trainings/schemas';
export {
  INDICATOR_CATEGORIES,
  TRAINING_MODES,
  competenceKind,
  normaliseCompetence,
  type TrainingMode,
} from '../../../domain/trainings/competences';
export type {
  TrainingImportReport,
  TrainingList,
  TrainingView as Training,
} from '../../../domain/trainings/view';

export type CreateTrainingInput = z.input<typeof createTrainingSchema>;
export type UpdateTrainingInput = z.input<typeof updateTrainingSchema>;

export interface TrainingListParams {
  q?: string;
  competence?: string;
  mode?: TrainingMode;
  active?: 'true' | 'false' | 'all';
  limit: number;
  offset: number;
}

export const trainingKeys = {
  all: ['trainings'] as const,
  lists: () => ['trainings', 'list'] as const,
  list: (params: TrainingListParams) => ['trainings', 'list', params] as const,
  detail: (id: string) => ['trainings', 'detail', id] as const,
};
