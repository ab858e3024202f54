import type { BehaviourValue } from '../../../domain/work-plans/berakhlak.js';
import type {
  IndicatorView,
  PersonSnapshot,
  ResultView,
  WorkPlanView,
} from '../../../domain/work-plans/view.js';

/**
 * Test support: realistic plans for the document tests and previews (a nurse at Puskesmas Kemuning, a JPT
 * head of office, a qualitative plan). Pure data; nothing here touches the database.
 */

export const nurse: PersonSnapshot = {
  id: '0b6c1d1e-2f3a-4b5c-8d6e-7f8091a2b3c4',
  name: 'Siti Rahmawati, S.Kep., Ners',
  nip: '198804122012032004',
  asnType: 'PNS',
  rank: 'III/c',
  rankLabel: 'Penata (III/c)',
  positionTitle: 'Perawat Ahli Muda',
  positionType: 'fungsional',
  unitId: 'a1b2c3d4-0000-4000-8000-000000000101',
  unitName: 'UPTD Puskesmas Kemuning',
};

export const puskesmasHead: PersonSnapshot = {
  id: '1c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5',
  name: 'dr. Bambang Sutrisno, M.Kes.',
  nip: '196711101992031001',
  asnType: 'PNS',
  rank: 'IV/a',
  rankLabel: 'Pembina (IV/a)',
  positionTitle: 'Kepala UPTD Puskesmas Kemuning',
  positionType: 'pengawas',
  unitId: 'a1b2c3d4-0000-4000-8000-000000000101',
  unitName: 'UPTD Puskesmas Kemuning',
};

export const healthHead: PersonSnapshot = {
  id: '2d3e4f5a-6b7c-4d8e-9fa0-b1c2d3e4f5a6',
  name: 'dr. Ratna Kusumawardhani, M.P.H.',
  nip: '197303152000122002',
  asnType: 'PNS',
  rank: 'IV/c',
  rankLabel: 'Pembina Utama Muda (IV/c)',
  positionTitle: 'Kepala Dinas Kesehatan',
  positionType: 'jpt',
  unitId: 'a1b2c3d4-0000-4000-8000-000000000010',
  unitName: 'Dinas Kesehatan',
};

export const regionalSecretary: PersonSnapshot = {
  id: '3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7',
  name: 'Drs. H. Agus Setiawan, M.Si.',
  nip: '196805201994031005',
  asnType: 'PNS',
  rank: 'IV/d',
  rankLabel: 'Pembina Utama Madya (IV/d)',
  positionTitle: 'Sekretaris Daerah',
  positionType: 'jpt',
  unitId: 'a1b2c3d4-0000-4000-8000-000000000001',
  unitName: 'Sekretariat Daerah',
};

let counter = 0;
const uid = (prefix: string) => `${prefix}-${String(++counter).padStart(4, '0')}`;

export function indicator(over: Partial<IndicatorView> & Pick<IndicatorView, 'text'>): IndicatorView {
  return {
    id: uid('ind'),
    aspect: 'quantity',
    target: null,
    targetMax: null,
    targetText: null,
    unit: null,
    direction: 'higher',
    category: null,
    perspective: null,
    templateId: null,
    aggregation: over.aggregation ?? (over.aspect && over.aspect !== 'quantity' ? 'average' : 'sum'),
    periodTargets: [],
    position: 0,
    warnings: [],
    ...over,
  };
}

export function result(
  over: Partial<ResultView> & Pick<ResultView, 'text' | 'kind' | 'indicators'>,
  parentText?: string,
): ResultView {
  const parentId = parentText ? uid('leader-rhk') : null;
  return {
    id: uid('rhk'),
    parentResultId: parentId,
    parentResult:
      parentId && parentText ? { id: parentId, text: parentText, workPlanId: 'plan-leader' } : null,
    linkStatus: parentId ? 'linked' : 'pending',
    position: 0,
    ...over,
    indicators: over.indicators.map((i, n) => ({ ...i, position: n })),
  };
}

const behaviours = (expectations: Partial<Record<BehaviourValue, string>>): WorkPlanView['behaviours'] =>
  (
    [
      'berorientasi_pelayanan',
      'akuntabel',
      'kompeten',
      'harmonis',
      'loyal',
      'adaptif',
      'kolaboratif',
    ] as const
  ).map((value) => ({ value, expectation: expectations[value] ?? '' }));

function basePlan(over: Partial<WorkPlanView> & Pick<WorkPlanView, 'employee' | 'results'>): WorkPlanView {
  return {
    id: '7f3e2a10-5c4b-4d9e-8a71-2b6c0d9e4f11',
    cycleId: 'c0000000-0000-4000-8000-000000002026',
    cycleYear: 2026,
    employeeId: over.employee.id,
    assessorId: over.assessor?.id ?? null,
    assessorOverrideReason: null,
    status: 'approved',
    approach: 'quantitative',
    version: 3,
    revision: 1,
    amendsId: null,
    amendmentReason: null,
    isCurrent: true,
    unitId: over.employee.unitId,
    unitName: over.employee.unitName,
    startDate: '2026-01-01',
    endDate: null,
    ended: false,
    assessor: null,
    positionGroup: 'administrasi_fungsional',
    usesPerspective: false,
    behaviours: behaviours({}),
    annex: { resources: [], accountability: [], consequences: [] },
    submitProblems: [],
    submittedAt: '2026-01-14T02:00:00.000Z',
    approvedAt: '2026-01-16T03:30:00.000Z',
    createdAt: '2026-01-05T01:00:00.000Z',
    updatedAt: '2026-01-16T03:30:00.000Z',
    can: { edit: false, submit: false, review: false, amend: true, editBehaviours: false, comment: true },
    ...over,
  };
}

/** A nurse's quantitative plan: 2 main results and 1 additional, a lower-is-better and a narrative indicator. */
export function nursePlan(over: Partial<WorkPlanView> = {}): WorkPlanView {
  return basePlan({
    employee: nurse,
    assessor: puskesmasHead,
    results: [
      result(
        {
          kind: 'main',
          position: 0,
          text: 'Meningkatnya cakupan asuhan keperawatan pasien rawat jalan yang sesuai standar pelayanan',
          indicators: [
            indicator({
              text: 'Jumlah pasien rawat jalan yang mendapat asuhan keperawatan sesuai SOP',
              aspect: 'quantity',
              target: 1250,
              unit: 'pasien',
              category: 'effectiveness',
            }),
            indicator({
              text: 'Persentase dokumentasi asuhan keperawatan yang lengkap dan benar',
              aspect: 'quality',
              target: 90,
              targetMax: 95,
              unit: '%',
            }),
            indicator({
              text: 'Rata-rata waktu tunggu pasien di ruang tindakan keperawatan',
              aspect: 'time',
              target: 15,
              unit: 'menit',
              direction: 'lower',
              category: 'efficiency',
            }),
          ],
        },
        'Meningkatnya mutu pelayanan kesehatan dasar di wilayah kerja UPTD Puskesmas Kemuning',
      ),
      result(
        {
          kind: 'main',
          position: 1,
          text: 'Terlaksananya perawatan kesehatan masyarakat (Perkesmas) bagi keluarga rawan di Desa Sukamaju dan Desa Cempaka',
          indicators: [
            indicator({
              text: 'Jumlah keluarga rawan yang dikunjungi dan dibina',
              aspect: 'quantity',
              target: 48,
              unit: 'keluarga',
            }),
            indicator({
              text: 'Laporan pembinaan keluarga rawan',
              aspect: 'time',
              targetText: 'Laporan bulanan diserahkan paling lambat tanggal 5 bulan berikutnya',
            }),
            indicator({
              text: 'Biaya bahan habis pakai per kunjungan rumah',
              aspect: 'cost',
              target: 125000.5,
              unit: 'rupiah',
              direction: 'lower',
            }),
          ],
        },
        'Meningkatnya derajat kesehatan keluarga rawan di Kecamatan Kemuning',
      ),
      result({
        kind: 'additional',
        position: 0,
        text: 'Terlaksananya pelatihan pertolongan pertama kegawatdaruratan bagi kader posyandu',
        indicators: [
          indicator({
            text: 'Jumlah kader posyandu yang dilatih pertolongan pertama',
            aspect: 'quantity',
            target: 20,
            unit: 'orang',
            category: 'innovation',
          }),
        ],
      }),
    ],
    behaviours: behaviours({
      berorientasi_pelayanan:
        'Menanggapi keluhan pasien paling lambat 1×24 jam dengan sikap “ramah, cekatan, dan solutif”',
      kompeten: 'Mengikuti paling sedikit 20 JPL pengembangan kompetensi keperawatan',
      kolaboratif: 'Aktif dalam lokakarya mini lintas program dan lintas sektor setiap bulan',
    }),
    annex: {
      resources: [
        'Ruang tindakan dan peralatan asuhan keperawatan sesuai standar',
        'Kendaraan operasional Perkesmas dua kali seminggu',
      ],
      accountability: ['Laporan bulanan asuhan keperawatan kepada Kepala UPTD Puskesmas Kemuning'],
      consequences: [
        'Realisasi di bawah target dibahas dalam dialog kinerja dan menjadi dasar rencana pengembangan',
      ],
    },
    ...over,
  });
}

/** A JPT head of office: perspective column, assessor is the Sekretaris Daerah. */
export function jptPlan(over: Partial<WorkPlanView> = {}): WorkPlanView {
  return basePlan({
    id: '8a4f3b21-6d5c-4e0f-9b82-3c7d1e0f5a22',
    employee: healthHead,
    assessor: regionalSecretary,
    positionGroup: 'jpt',
    usesPerspective: true,
    results: [
      result(
        {
          kind: 'main',
          text: 'Meningkatnya derajat kesehatan masyarakat Kabupaten Kemuning',
          indicators: [
            indicator({
              text: 'Angka kematian bayi per 1.000 kelahiran hidup',
              aspect: 'quality',
              target: 12.5,
              unit: 'per 1.000 KH',
              direction: 'lower',
              perspective: 'penerima_layanan',
            }),
            indicator({
              text: 'Persentase puskesmas terakreditasi paripurna',
              aspect: 'quality',
              target: 60,
              unit: '%',
              perspective: 'proses_bisnis',
            }),
            indicator({
              text: 'Realisasi anggaran program kesehatan masyarakat',
              aspect: 'cost',
              target: 95,
              unit: '%',
              perspective: 'anggaran',
            }),
          ],
        },
        'Meningkatnya kualitas sumber daya manusia Kabupaten Kemuning',
      ),
    ],
    annex: {
      resources: ['Anggaran program kesehatan masyarakat tahun 2026'],
      accountability: [],
      consequences: [],
    },
    ...over,
  });
}

/** A qualitative plan: narrative success measures only. */
export function qualitativePlan(over: Partial<WorkPlanView> = {}): WorkPlanView {
  return nursePlan({
    approach: 'qualitative',
    status: 'draft',
    results: [
      result(
        {
          kind: 'main',
          text: 'Tersusunnya standar prosedur operasional triase di UPTD Puskesmas Kemuning',
          indicators: [
            indicator({
              text: 'Standar prosedur operasional triase ditetapkan oleh Kepala Puskesmas',
              aspect: 'quality',
              targetText: 'SOP triase ditetapkan dan disosialisasikan kepada seluruh tenaga kesehatan',
            }),
            indicator({
              text: 'Penerapan triase di ruang gawat darurat',
              aspect: 'time',
              targetText: 'Diterapkan paling lambat Triwulan II',
            }),
          ],
        },
        'Meningkatnya mutu pelayanan kesehatan dasar di wilayah kerja UPTD Puskesmas Kemuning',
      ),
    ],
    ...over,
  });
}
