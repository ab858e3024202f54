import type { IndicatorView, ResultView, WorkPlanView } from '../types';

/** Test data in the API's shapes (src/domain/work-plans/view.ts). */
export const EMPLOYEE_ID = '2b0e3c1a-6f43-4d36-9a7e-1c1b6a0f0a01';
export const ASSESSOR_ID = '2b0e3c1a-6f43-4d36-9a7e-1c1b6a0f0a02';
export const PLAN_ID = '5c7d2e10-0d6e-4b0f-8a3c-2f9a1b7c0001';
export const CYCLE_ID = '5c7d2e10-0d6e-4b0f-8a3c-2f9a1b7c00c1';
export const RESULT_ID = '5c7d2e10-0d6e-4b0f-8a3c-2f9a1b7c0101';
export const TEMPLATE_ID = '5c7d2e10-0d6e-4b0f-8a3c-2f9a1b7c0f01';

const person = (id: string, name: string, positionTitle: string) => ({
  id,
  name,
  nip: '199407112017082002',
  asnType: 'PNS' as const,
  rank: 'III/a',
  rankLabel: 'Penata Muda (III/a)',
  positionTitle,
  positionType: 'fungsional',
  unitId: 'u-1',
  unitName: 'Puskesmas Kemuning',
});

export function indicator(overrides: Partial<IndicatorView> = {}): IndicatorView {
  return {
    id: '5c7d2e10-0d6e-4b0f-8a3c-2f9a1b7c0201',
    text: 'Persentase bayi yang mendapat imunisasi dasar lengkap',
    aspect: 'quantity',
    target: 95,
    targetMax: null,
    targetText: null,
    unit: '%',
    direction: 'higher',
    category: 'effectiveness',
    perspective: null,
    templateId: null,
    aggregation: 'latest',
    periodTargets: [],
    position: 0,
    warnings: [],
    ...overrides,
  };
}

export function result(overrides: Partial<ResultView> = {}): ResultView {
  return {
    id: RESULT_ID,
    kind: 'main',
    text: 'Meningkatnya cakupan imunisasi dasar lengkap di wilayah kerja',
    parentResultId: null,
    parentResult: null,
    linkStatus: 'pending',
    position: 0,
    indicators: [],
    ...overrides,
  };
}

export function plan(overrides: Partial<WorkPlanView> = {}): WorkPlanView {
  return {
    id: PLAN_ID,
    cycleId: CYCLE_ID,
    cycleYear: 2026,
    employeeId: EMPLOYEE_ID,
    assessorId: ASSESSOR_ID,
    assessorOverrideReason: null,
    status: 'draft',
    approach: 'quantitative',
    version: 3,
    revision: 1,
    amendsId: null,
    amendmentReason: null,
    isCurrent: true,
    unitId: 'u0000000-0000-4000-8000-000000000001',
    unitName: 'Puskesmas Kemuning',
    startDate: '2026-01-01',
    endDate: null,
    ended: false,
    employee: person(EMPLOYEE_ID, 'Siti Nurhaliza, A.Md.Kep.', 'Perawat Terampil'),
    assessor: person(ASSESSOR_ID, 'dr. Ratna Sari, M.Kes.', 'Kepala Puskesmas Kemuning'),
    positionGroup: 'administrasi_fungsional',
    usesPerspective: false,
    results: [result()],
    behaviours: [],
    annex: { resources: [], accountability: [], consequences: [] },
    submitProblems: [
      { code: 'result_without_indicator', resultId: RESULT_ID },
      { code: 'main_result_not_linked', resultId: RESULT_ID },
    ],
    submittedAt: null,
    approvedAt: null,
    createdAt: '2026-01-05T02:00:00Z',
    updatedAt: '2026-01-05T02:00:00Z',
    can: { edit: true, submit: true, review: false, amend: false, editBehaviours: false, comment: true },
    ...overrides,
  };
}

export const template = {
  id: TEMPLATE_ID,
  sector: 'health' as const,
  text: 'Persentase ibu hamil yang mendapat pemeriksaan kehamilan 6 kali',
  resultExample: 'Meningkatnya kualitas pelayanan kesehatan ibu',
  aspect: 'quality' as const,
  unit: '%',
  direction: 'higher' as const,
  category: 'effectiveness' as const,
  exampleTarget: '90%',
  status: 'adopted' as const,
  rationale: null,
  proposedBy: null,
  decidedBy: null,
  decisionReason: null,
  decidedAt: null,
  endorsementCount: 0,
  endorsedByMe: false,
  commentCount: 0,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
