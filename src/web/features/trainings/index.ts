// The public entry of the training catalogue feature: what the rest of the web app (e.g. development plans) may use.
export { useTrainings, listTrainings } from './api/list-trainings';
export { CompetenceBadges, useCompetenceLabel } from './components/CompetenceBadges';
export { trainingKeys, type Training, type TrainingListParams } from './types';
