import { predicateFor, RATINGS, type Predicate, type Rating } from '../../../domain/evaluations/matrix.js';
import type {
  CalibrationPerson,
  CalibrationView,
  DistributionView,
  EvaluationResultRow,
  EvaluationView,
  ObjectionView,
  OrgPredicateView,
  PeriodRef,
} from '../../../domain/evaluations/view.js';
import { BEHAVIOUR_VALUES, type BehaviourValue } from '../../../domain/work-plans/berakhlak.js';
import type { EvaluationDocumentInput } from './evaluation.js';
import type { PenetapanDocumentInput } from './penetapan.js';
import { healthHead, nurse, nursePlan, puskesmasHead } from './skp.fixtures.js';

/**
 * Test support: the nurse of Puskesmas Kemuning evaluated for Triwulan III 2026 and for the year, and the
 * calibration board of her unit (eight final evaluations, one draft, two unplaced, the head excluded). Pure
 * data; nothing here touches the database.
 */

export const printedAt = new Date('2026-10-12T03:00:00.000Z');

const CYCLE_ID = 'c0000000-0000-4000-8000-000000002026';
const UNIT_ID = nurse.unitId;

export const quarterThree: PeriodRef = {
  id: 'e0000000-0000-4000-8000-000000020263',
  cycleId: CYCLE_ID,
  kind: 'periodic',
  index: 3,
  label: 'Triwulan III 2026',
  startDate: '2026-07-01',
  endDate: '2026-09-30',
};

export const annualPeriod: PeriodRef = {
  id: 'e0000000-0000-4000-8000-000000020260',
  cycleId: CYCLE_ID,
  kind: 'annual',
  index: 0,
  label: 'Tahunan 2026',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
};

/** Puskesmas Kemuning for Triwulan III: org predicate Baik; six Baik break the 70% maximum (5 of 8). */
export function puskesmasDistribution(over: Partial<DistributionView> = {}): DistributionView {
  return {
    unitId: UNIT_ID,
    periodId: quarterThree.id,
    orgPredicate: 'baik',
    total: 8,
    counts: { sangat_baik: 1, baik: 6, butuh_perbaikan: 1, kurang: 0, sangat_kurang: 0 },
    violations: [{ rule: 'max', predicates: ['baik'], limit: 5, actual: 6 }],
    pattern: [
      { rule: 'max', predicates: ['baik'], percent: 70, persons: null, limit: 5, actual: 6, ok: false },
      {
        rule: 'min',
        predicates: ['butuh_perbaikan', 'kurang'],
        percent: null,
        persons: 1,
        limit: 1,
        actual: 1,
        ok: true,
      },
    ],
    ...over,
  };
}

export const NURSE_JUSTIFICATION =
  'Enam pegawai berpredikat Baik telah memenuhi seluruh target layanan triwulan III; disepakati dalam rapat kalibrasi 2 Oktober 2026.';
export const ADMIN_JUSTIFICATION =
  'Pengadministrasi perkantoran menuntaskan seluruh layanan administrasi BPJS tepat waktu; predikat Baik dipertahankan.';

/** The nurse's results as the evaluation shows them (from her approved plan). */
function evaluationResults(): EvaluationResultRow[] {
  return nursePlan().results.map((r) => ({
    id: r.id,
    kind: r.kind,
    text: r.text,
    parentText: r.parentResult?.text ?? null,
    indicators: r.indicators.map((i) => ({
      id: i.id,
      text: i.text,
      target: i.target,
      targetMax: i.targetMax,
      targetText: i.targetText,
      unit: i.unit,
    })),
  }));
}

/** Realisations in indicator order: the 7 indicators of the nurse's plan. */
const REALISED: Array<Omit<EvaluationDocumentInput['realisations'][number], 'indicatorId'>> = [
  { value: 1310, text: null, achievement: 104.8 },
  { value: 93.5, text: null, achievement: 103.89 },
  { value: 12, text: null, achievement: 125 },
  { value: 36, text: 'Dua keluarga pindah domisili pada Agustus', achievement: 75 },
  {
    value: null,
    text: 'Laporan Juli, Agustus dan September diserahkan tanggal 3, 4 dan 2',
    achievement: null,
  },
  { value: 118500, text: null, achievement: 105.49 },
  { value: 24, text: null, achievement: 120 },
];

const BEHAVIOUR_COMMENTS: Partial<Record<BehaviourValue, string>> = {
  berorientasi_pelayanan: 'Keluhan pasien selalu ditanggapi pada hari yang sama',
  kolaboratif: 'Menggerakkan kader posyandu dan bidan desa dalam kunjungan Perkesmas',
};

function behaviourRatings(rating: (v: BehaviourValue) => Rating): EvaluationView['behaviourRatings'] {
  return BEHAVIOUR_VALUES.map((value) => ({
    value,
    rating: rating(value),
    comment: BEHAVIOUR_COMMENTS[value] ?? null,
  }));
}

const ABOVE_VALUES: ReadonlySet<BehaviourValue> = new Set([
  'berorientasi_pelayanan',
  'kompeten',
  'kolaboratif',
]);

export function decidedObjection(evaluationId: string, over: Partial<ObjectionView> = {}): ObjectionView {
  return {
    id: 'f0000000-0000-4000-8000-00000000ab01',
    evaluationId,
    employeeId: nurse.id,
    employeeName: nurse.name,
    periodLabel: quarterThree.label,
    deciderId: healthHead.id,
    deciderName: healthHead.name,
    reason: 'Realisasi kunjungan Perkesmas terhambat perpindahan keluarga binaan, bukan kinerja saya.',
    status: 'decided',
    explanationRequest: 'Mohon penjelasan tertulis kedua pihak tentang realisasi kunjungan Perkesmas.',
    explanationsRequestedAt: '2026-10-14T02:00:00.000Z',
    employeeExplanation: 'Dua keluarga binaan pindah domisili pada Agustus.',
    employeeExplainedAt: '2026-10-15T02:00:00.000Z',
    assessorExplanation: 'Perpindahan keluarga dibenarkan oleh data desa.',
    assessorExplainedAt: '2026-10-15T06:00:00.000Z',
    outcome: 'changed',
    note: 'Perpindahan domisili di luar kendali pegawai; rating hasil kerja dinaikkan.',
    before: { resultRating: 'meets', behaviourRating: 'above', predicate: 'baik' },
    after: { resultRating: 'above', behaviourRating: 'above', predicate: 'sangat_baik' },
    filedAt: '2026-10-13T01:30:00.000Z',
    decidedAt: '2026-10-19T04:00:00.000Z',
    decidedByName: healthHead.name,
    decisionDueOn: '2026-10-27',
    explanationsDueOn: '2026-10-21',
    readyToDecide: false,
    awaiting: [],
    can: {
      requestExplanations: false,
      explainAsEmployee: false,
      explainAsAssessor: false,
      decide: false,
    },
    version: 4,
    ...over,
  };
}

/** The nurse's final periodic evaluation: results above, behaviour above → Sangat Baik. */
export function nurseEvaluation(over: Partial<EvaluationView> = {}): EvaluationView {
  const results = evaluationResults();
  const [main1, main2, extra] = results as [EvaluationResultRow, EvaluationResultRow, EvaluationResultRow];
  return {
    id: '9b1d7c2e-4f3a-4e5b-8c6d-0e1f2a3b4c5d',
    workPlanId: '7f3e2a10-5c4b-4d9e-8a71-2b6c0d9e4f11',
    periodId: quarterThree.id,
    employeeId: nurse.id,
    assessorId: puskesmasHead.id,
    unitId: UNIT_ID,
    unitName: nurse.unitName,
    status: 'final',
    resultRatings: [
      { resultId: main1.id, rating: 'above', comment: 'Cakupan melampaui target dengan dokumentasi rapi' },
      { resultId: main2.id, rating: 'meets', comment: null },
      { resultId: extra.id, rating: 'above', comment: 'Melatih 24 kader, melebihi rencana' },
    ],
    resultRating: 'above',
    suggestedResultRating: 'above',
    suggestion: {
      rating: 'above',
      reason: 'most_above',
      rated: 3,
      above: 2,
      meets: 1,
      below: 0,
      mainBelow: 0,
    },
    reason: null,
    offeredResultRating: null,
    leaderRule: null,
    behaviourRatings: behaviourRatings((v) => (ABOVE_VALUES.has(v) ? 'above' : 'meets')),
    behaviourRating: 'above',
    strengths: 'Teliti dalam dokumentasi asuhan keperawatan dan sigap menanggapi keluhan pasien.',
    improvements: 'Perencanaan kunjungan rumah agar target keluarga binaan tercapai setiap bulan.',
    predicate: 'sangat_baik',
    predicatePreview: 'sangat_baik',
    justification: NURSE_JUSTIFICATION,
    violations: [{ rule: 'max', predicates: ['baik'], limit: 5, actual: 6 }],
    pendingViolations: [],
    orgPredicate: 'baik',
    period: quarterThree,
    employee: nurse,
    assessor: puskesmasHead,
    assessorSuperior: healthHead,
    results,
    annual: null,
    finalizedAt: '2026-10-05T07:15:00.000Z',
    finalizedBy: { userId: 'u0000000-0000-4000-8000-000000000101', name: puskesmasHead.name },
    acknowledgedAt: '2026-10-06T01:00:00.000Z',
    reopenedAt: null,
    reopenReason: null,
    objectionDeadline: '2026-10-19',
    finalizableFrom: '2026-09-25',
    locked: false,
    objection: null,
    can: { edit: false, finalize: false, reopen: false, acknowledge: false, object: true },
    version: 5,
    createdAt: '2026-09-25T02:00:00.000Z',
    updatedAt: '2026-10-06T01:00:00.000Z',
    ...over,
  };
}

/** The same evaluation while a draft: no predicate yet (only the preview), not finalised. */
export function draftEvaluation(over: Partial<EvaluationView> = {}): EvaluationView {
  return nurseEvaluation({
    status: 'draft',
    predicate: null,
    predicatePreview: 'sangat_baik',
    justification: null,
    violations: [],
    pendingViolations: [{ rule: 'max', predicates: ['baik'], limit: 5, actual: 6 }],
    finalizedAt: null,
    finalizedBy: null,
    acknowledgedAt: null,
    objectionDeadline: null,
    can: { edit: true, finalize: true, reopen: false, acknowledge: false, object: false },
    version: 2,
    ...over,
  });
}

/** The annual evaluation: four periodic predicates, a result rating below the suggestion with a reason → Baik. */
export function annualEvaluation(over: Partial<EvaluationView> = {}): EvaluationView {
  const periodic: Array<[string, Predicate]> = [
    ['Triwulan I 2026', 'baik'],
    ['Triwulan II 2026', 'baik'],
    ['Triwulan III 2026', 'sangat_baik'],
    ['Triwulan IV 2026', 'baik'],
  ];
  return nurseEvaluation({
    id: '3c5e7a9b-1d2f-4a6b-8c0d-2e4f6a8b0c1d',
    periodId: annualPeriod.id,
    period: annualPeriod,
    resultRating: 'meets',
    reason:
      'Target kunjungan Perkesmas tahunan tidak tercapai walaupun sebagian besar RHK di atas ekspektasi.',
    behaviourRating: 'above',
    predicate: 'baik',
    predicatePreview: 'baik',
    justification: null,
    violations: [],
    orgPredicate: 'baik',
    annual: {
      mode: 'latest',
      periodic: periodic.map(([label, predicate], n) => ({
        evaluationId: `a0000000-0000-4000-8000-00000000000${n + 1}`,
        periodId: `e0000000-0000-4000-8000-00000002026${n + 1}`,
        label,
        predicate,
        workPlanId: '7f3e2a10-5c4b-4d9e-8a71-2b6c0d9e4f11',
        months: 3,
      })),
      plans: [
        {
          workPlanId: '7f3e2a10-5c4b-4d9e-8a71-2b6c0d9e4f11',
          startDate: '2026-01-01',
          endDate: null,
          unitName: 'Puskesmas Kemuning',
          assessorName: 'dr. Hendra Wijaya',
          months: 12,
        },
      ],
      suggestedPredicate: 'baik',
    },
    finalizedAt: '2027-01-20T03:00:00.000Z',
    acknowledgedAt: null,
    objectionDeadline: '2027-02-03',
    ...over,
  });
}

/** The whole document input for an evaluation (realisations keyed to its own indicators). */
export function evaluationInput(
  evaluation: EvaluationView = nurseEvaluation(),
  over: Partial<EvaluationDocumentInput> = {},
): EvaluationDocumentInput {
  const indicators = evaluation.results.flatMap((r) => r.indicators);
  const [main1, main2, extra] = evaluation.results;
  return {
    evaluation,
    realisations: indicators.map((i, n) => ({ indicatorId: i.id, ...REALISED[n % REALISED.length]! })),
    feedback: [
      {
        resultId: main1?.id ?? null,
        behaviour: null,
        kind: 'strength',
        text: 'Dokumentasi asuhan keperawatan lengkap pada audit rekam medis Agustus',
        authorName: puskesmasHead.name,
      },
      {
        resultId: main2?.id ?? null,
        behaviour: null,
        kind: 'improvement',
        text: 'Jadwalkan kunjungan pengganti untuk keluarga binaan yang pindah',
        authorName: puskesmasHead.name,
      },
      {
        resultId: extra?.id ?? null,
        behaviour: null,
        kind: null,
        text: 'Materi pelatihan kader dapat dibagikan ke puskesmas lain',
        authorName: puskesmasHead.name,
      },
      {
        resultId: null,
        behaviour: 'kompeten',
        kind: 'strength',
        text: 'Menyelesaikan pelatihan triase 24 JPL',
        authorName: puskesmasHead.name,
      },
      {
        resultId: null,
        behaviour: null,
        kind: 'improvement',
        text: 'Ikut aktif dalam lokakarya mini bulanan',
        authorName: puskesmasHead.name,
      },
    ],
    distribution: puskesmasDistribution(),
    cycleYear: 2026,
    printedAt,
    ...over,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Calibration board of Puskesmas Kemuning, Triwulan III 2026

type Placed = Omit<CalibrationPerson, 'predicate'>;

function person(
  n: number,
  name: string,
  nip: string,
  positionTitle: string,
  status: CalibrationPerson['status'],
  ratings: [Rating, Rating] | null,
  justification: string | null = null,
): CalibrationPerson {
  const base: Placed = {
    evaluationId:
      status === 'not_started' ? null : `b0000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`,
    employeeId: `d0000000-0000-4000-8000-0000000000${String(n).padStart(2, '0')}`,
    name,
    nip,
    positionTitle,
    status,
    resultRating: ratings?.[0] ?? null,
    behaviourRating: ratings?.[1] ?? null,
    justification,
  };
  return { ...base, predicate: ratings && status === 'final' ? predicateFor(ratings[0], ratings[1]) : null };
}

/** Final evaluations (8): Sangat Baik 1, Baik 6, Butuh Perbaikan 1. */
export const FINAL_PEOPLE: CalibrationPerson[] = [
  person(1, nurse.name, nurse.nip, nurse.positionTitle, 'final', ['above', 'above'], NURSE_JUSTIFICATION),
  person(2, 'Dewi Lestari, A.Md.Keb.', '199001152014022003', 'Bidan Terampil', 'final', ['meets', 'meets']),
  person(3, 'Ahmad Fauzi, S.Farm., Apt.', '199107232019031002', 'Apoteker Ahli Pertama', 'final', [
    'meets',
    'above',
  ]),
  person(
    4,
    'Rina Marlina, A.Md.Kes.',
    '199305092017012001',
    'Pranata Laboratorium Kesehatan Terampil',
    'final',
    ['meets', 'meets'],
  ),
  person(5, 'Budi Santoso, S.KM.', '198902142015031004', 'Epidemiolog Kesehatan Ahli Pertama', 'final', [
    'above',
    'meets',
  ]),
  // PPPK: the NIP carries the code 21 after the TMT year
  person(6, 'Yuni Astuti, A.Md.Gz.', '199203152022212003', 'Nutrisionis Terampil', 'final', [
    'meets',
    'meets',
  ]),
  person(
    7,
    'Hendra Wijaya',
    '198511302009011006',
    'Pengadministrasi Perkantoran',
    'final',
    ['meets', 'meets'],
    ADMIN_JUSTIFICATION,
  ),
  person(8, 'Nur Hidayah, S.Kep.', '199408182020122005', 'Perawat Ahli Pertama', 'final', ['below', 'meets']),
];

/** A draft with both ratings (on the board), a draft without them and one not started (unplaced). */
export const DRAFT_ON_BOARD = person(
  9,
  'Eko Prasetyo, A.Md.Kep.',
  '199612032021031001',
  'Perawat Terampil',
  'draft',
  ['meets', 'meets'],
);
export const UNPLACED: CalibrationPerson[] = [
  person(10, 'Fitri Handayani, S.Gz.', '199511252020122004', 'Nutrisionis Ahli Pertama', 'draft', null),
  person(11, 'Agus Salim', '198707072010011003', 'Pengemudi Ambulans', 'not_started', null),
];

export const puskesmasOrgPredicate: OrgPredicateView = {
  id: 'f1000000-0000-4000-8000-000000000001',
  unitId: UNIT_ID,
  periodId: quarterThree.id,
  predicate: 'baik',
  basis: 'Capaian indikator SPM kesehatan triwulan III rata-rata 96% dari target',
  setBy: healthHead.id,
  setByName: healthHead.name,
  setAt: '2026-10-01T02:30:00.000Z',
};

export function puskesmasCalibration(over: Partial<CalibrationView> = {}): CalibrationView {
  const board = [...FINAL_PEOPLE, DRAFT_ON_BOARD];
  // rows above → below, columns below → above
  const cells = [...RATINGS].flatMap((resultRating) =>
    [...RATINGS].reverse().map((behaviourRating) => ({
      resultRating,
      behaviourRating,
      predicate: predicateFor(resultRating, behaviourRating),
      people: board.filter((p) => p.resultRating === resultRating && p.behaviourRating === behaviourRating),
    })),
  );
  return {
    projected: null,
    unit: {
      id: UNIT_ID,
      name: nurse.unitName,
      code: 'DINKES.PKM-KMN',
      headId: puskesmasHead.id,
      headName: puskesmasHead.name,
    },
    period: quarterThree,
    orgPredicate: puskesmasOrgPredicate,
    distribution: puskesmasDistribution(),
    cells,
    unplaced: UNPLACED,
    leader: {
      evaluationId: 'b0000000-0000-4000-8000-000000000099',
      employeeId: puskesmasHead.id,
      name: puskesmasHead.name,
      nip: puskesmasHead.nip,
      positionTitle: puskesmasHead.positionTitle,
      status: 'final',
      resultRating: 'meets',
      behaviourRating: 'above',
      predicate: 'baik',
      justification: null,
    },
    justifications: [
      {
        evaluationId: FINAL_PEOPLE[0]!.evaluationId!,
        employeeName: nurse.name,
        justification: NURSE_JUSTIFICATION,
        finalizedAt: '2026-10-05T07:15:00.000Z',
      },
      {
        evaluationId: FINAL_PEOPLE[6]!.evaluationId!,
        employeeName: 'Hendra Wijaya',
        justification: ADMIN_JUSTIFICATION,
        finalizedAt: '2026-10-07T04:00:00.000Z',
      },
    ],
    can: { openEvaluations: true },
    ...over,
  };
}

export function penetapanInput(over: Partial<PenetapanDocumentInput> = {}): PenetapanDocumentInput {
  return {
    calibration: puskesmasCalibration(),
    signer: { name: puskesmasHead.name, nip: puskesmasHead.nip, positionTitle: puskesmasHead.positionTitle },
    printedAt,
    ...over,
  };
}
