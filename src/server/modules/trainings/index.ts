export { trainingRoutes } from './trainings.routes.js';
export type { TrainingView } from '../../../domain/trainings/view.js';
/** A catalogue row as stored (plain object), e.g. to link a development plan item; undefined when unknown. */
export { activeTrainings, findTraining } from './trainings.repository.js';
export type { TrainingRow } from './trainings.repository.js';
export { presentTraining } from './trainings.presenter.js';
