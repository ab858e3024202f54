import type { EvaluationView } from '../types';

/** Test data in the API's shapes (src/domain/evaluations/view.ts). */
export const EVALUATION_ID = '9e000000-0000-4000-8000-000000000001';
export const EMPLOYEE_ID = '9e000000-0000-4000-8000-0000000000e1';
export const ASSESSOR_ID = '9e000000-0000-4000-8000-0000000000a1';
export const PLAN_ID = '9e000000-0000-4000-8000-0000000000b1';
export const PERIOD_ID = '9e000000-0000-4000-8000-0000000000c1';
export const MAIN_RESULT = '9e000000-0000-4000-8000-000000000101';
export const EXTRA_RESULT = '9e000000-0000-4000-8000-000000000102';

const person = (id: string, name: string) => ({
  id,
  name,
  nip: '199407112017082002',
  asnType: 'PNS' as const,
  rank: 'III/a',
  rankLabel: 'Penata Muda (III/a)',
  positionTitle: 'Perawat Ahli Pertama',
  positionType: 'fungsional',
  unitId: 'u-1',
  unitName: 'Puskesmas Kemuning',
});

export function evaluation(overrides: Partial<EvaluationView> = {}): EvaluationView {
  return {
    id: EVALUATION_ID,
    workPlanId: PLAN_ID,
    periodId: PERIOD_ID,
    employeeId: EMPLOYEE_ID,
    assessorId: ASSESSOR_ID,
    unitId: 'u-1',
    unitName: 'Puskesmas Kemuning',
    status: 'draft',
    resultRatings: [],
    resultRating: null,
    suggestedResultRating: null,
    suggestion: null,
    reason: null,
    offeredResultRating: null,
    leaderRule: null,
    behaviourRatings: [],
    behaviourRating: null,
    strengths: null,
    improvements: null,
    predicate: null,
    predicatePreview: null,
    justification: null,
    violations: [],
    pendingViolations: [],
    orgPredicate: null,
    period: {
      id: PERIOD_ID,
      cycleId: 'c-1',
      kind: 'periodic',
      index: 1,
      label: 'Triwulan I 2026',
      startDate: '2026-01-01',
      endDate: '2026-03-31',
    },
    employee: person(EMPLOYEE_ID, 'Siti Nurhaliza, A.Md.Kep.'),
    assessor: person(ASSESSOR_ID, 'dr. Hendra Gunawan'),
    assessorSuperior: null,
    results: [
      {
        id: MAIN_RESULT,
        kind: 'main',
        text: 'Meningkatnya cakupan imunisasi dasar lengkap',
        parentText: null,
        indicators: [],
      },
      {
        id: EXTRA_RESULT,
        kind: 'additional',
        text: 'Tersusunnya laporan kegiatan posyandu',
        parentText: null,
        indicators: [],
      },
    ],
    annual: null,
    finalizableFrom: '2026-03-26',
    locked: false,
    finalizedAt: null,
    finalizedBy: null,
    acknowledgedAt: null,
    reopenedAt: null,
    reopenReason: null,
    objectionDeadline: null,
    objection: null,
    can: { edit: true, finalize: true, reopen: false, acknowledge: false, object: false },
    version: 3,
    createdAt: '2026-04-01T02:00:00Z',
    updatedAt: '2026-04-01T02:00:00Z',
    ...overrides,
  };
}
