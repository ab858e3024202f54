/** Query keys of development plans (one plan; an employee's list lives under the evaluations' keys). */
export const developmentKeys = {
  all: ['development-plans'] as const,
  detail: (id: string) => ['development-plans', 'detail', id] as const,
  trainings: (q: string) => ['trainings', 'search', q] as const,
};
