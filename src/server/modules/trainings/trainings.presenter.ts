import type { TrainingView } from '../../../domain/trainings/view.js';
import type { TrainingRow } from './trainings.repository.js';

/** A catalogue row as the API shows it. */
export const presentTraining = (t: TrainingRow): TrainingView => ({
  id: t.id,
  code: t.code,
  title: t.title,
  provider: t.provider,
  mode: t.mode,
  hours: Number(t.hours),
  cost: t.cost === null ? null : Number(t.cost),
  schedule: t.schedule,
  startDate: t.startDate,
  endDate: t.endDate,
  capacity: t.capacity,
  competences: t.competences,
  description: t.description,
  active: t.active,
  version: t.version,
  createdAt: t.createdAt.toISOString(),
  updatedAt: t.updatedAt.toISOString(),
});

/** What the audit log keeps of a programme (before and after a change): every field but the timestamps. */
export const auditSnapshot = (t: TrainingRow) => {
  const { createdAt: _c, updatedAt: _u, ...rest } = presentTraining(t);
  return rest;
};
