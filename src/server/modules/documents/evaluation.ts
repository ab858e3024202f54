import type {
  Column,
  Content,
  ContentStack,
  ContentText,
  CustomTableLayout,
  TableCell,
  TableCellProperties,
  TDocumentDefinitions,
} from 'pdfmake/interfaces.js';
import type { DistributionViolation } from '../../../domain/evaluations/distribution.js';
import {
  PREDICATE_LABELS,
  PREDICATES,
  RATING_LABELS,
  type Predicate,
  type Rating,
} from '../../../domain/evaluations/matrix.js';
import type { OrgPredicate } from '../../../domain/evaluations/suggestion.js';
import type {
  DistributionView,
  EvaluationResultRow,
  EvaluationView,
  ObjectionView,
  RatingsSnapshot,
} from '../../../domain/evaluations/view.js';
import { formatNip, parseNip } from '../../../domain/people/nip.js';
import { BEHAVIOUR_VALUES, BERAKHLAK } from '../../../domain/work-plans/berakhlak.js';
import type { PersonSnapshot } from '../../../domain/work-plans/view.js';
import { formatDateId, formatNumberId } from './format.js';
import { pdfInfo, renderPdf } from './pdf.js';
import { formatTarget, INSTANCE_NAME, SIGNING_PLACE } from './skp.js';

/**
 * Dokumen Evaluasi Kinerja Pegawai (domain §8), periodic and annual: the three identity blocks, the unit's
 * Capaian Kinerja Organisasi and distribution, the results with realisation, rating and feedback, the seven
 * BerAKHLAK values, both overall ratings and the predicate, the notes, the objection, and the signatures.
 * Landscape A4 like the Dokumen SKP, so the seven columns of the results table read comfortably.
 *
 * The first part of this file also holds the layout pieces the Penetapan Predikat Kinerja shares.
 */

// ---------------------------------------------------------------------------------------------------------------
// Shared with penetapan.ts

/** Capaian Kinerja Organisasi (domain §6). */
export const ORG_PREDICATE_LABELS: Record<OrgPredicate, string> = {
  istimewa: 'Istimewa',
  baik: 'Baik',
  butuh_perbaikan: 'Butuh Perbaikan',
  kurang: 'Kurang',
  sangat_kurang: 'Sangat Kurang',
};

export const DASH = '—';
export const HEADER_FILL = '#d9d9d9';
export const SECTION_FILL = '#efefef';
export const ALERT_COLOR = '#9b1c1c';
export const MUTED_COLOR = '#555555';
const LINE_COLOR = '#3f3f3f';
const CELL_PADDING = 3;
const LINE_WIDTH = 0.5;
/** points a table heading needs below it (the header row and a first row) to stay on its page */
export const MIN_ROOM_UNDER_HEADING = 90;

export const gridLayout: CustomTableLayout = {
  hLineWidth: () => LINE_WIDTH,
  vLineWidth: () => LINE_WIDTH,
  hLineColor: () => LINE_COLOR,
  vLineColor: () => LINE_COLOR,
  paddingLeft: () => CELL_PADDING,
  paddingRight: () => CELL_PADDING,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/**
 * Column widths in points for a table as wide as the text area: '*' columns share what the fixed ones leave
 * (fixed widths make pdfmake wrap a very long word inside its column instead of squeezing the others).
 */
export function fitWidths(textWidth: number, spec: ReadonlyArray<number | '*'>): number[] {
  const inner = textWidth - spec.length * 2 * CELL_PADDING - (spec.length + 1) * LINE_WIDTH;
  const fixed = spec.reduce<number>((sum, w) => sum + (w === '*' ? 0 : w), 0);
  const stars = spec.filter((w) => w === '*').length;
  const share = stars > 0 ? Math.floor(((inner - fixed) / stars) * 100) / 100 : 0;
  return spec.map((w) => (w === '*' ? share : w));
}

/** A text cell of a table. */
export type Cell = ContentText & TableCellProperties;

export const header = (text: string, extra: Partial<Record<'colSpan' | 'rowSpan', number>> = {}): Cell => ({
  text,
  bold: true,
  alignment: 'center',
  verticalAlignment: 'middle',
  fillColor: HEADER_FILL,
  ...extra,
});

export const centered = (text: string): Cell => ({ text, alignment: 'center' });

/** A cell spanning `columns` columns, followed by the empty cells pdfmake expects. */
export const spanRow = (cell: Cell, columns: number): TableCell[] => [
  { ...cell, colSpan: columns },
  ...Array.from({ length: columns - 1 }, (): TableCell => ({})),
];

export function orDash(s: string | null | undefined): string {
  return s?.trim() ? s.trim() : DASH;
}

/**
 * A NIP in the official grouping when the ASN type is not known (calibration rows, signers): a PNS NIP carries a
 * TMT month (0x or 1x) where a PPPK NIP carries the code `2x`, so at most one of the two reads is valid.
 */
export function formatNipAuto(nip: string | null | undefined): string {
  if (!nip?.trim()) return DASH;
  if (parseNip(nip, 'PNS').ok) return formatNip(nip, 'PNS');
  if (parseNip(nip, 'PPPK').ok) return formatNip(nip, 'PPPK');
  return formatNip(nip, 'PNS');
}

/** `2026-03-31` → `31 Maret 2026` (a calendar date, whatever the machine's time zone). */
export function formatDayId(day: string): string {
  return formatDateId(new Date(`${day}T12:00:00+07:00`));
}

/** An ISO instant → its Indonesian calendar date in Asia/Jakarta; null → the dash. */
export function formatInstantId(instant: string | null | undefined): string {
  return instant ? formatDateId(new Date(instant)) : DASH;
}

export const ratingLabel = (r: Rating | null | undefined): string => (r ? RATING_LABELS[r] : DASH);
export const predicateLabel = (p: Predicate | null | undefined): string => (p ? PREDICATE_LABELS[p] : DASH);
export const orgPredicateLabel = (p: OrgPredicate | null | undefined): string =>
  p ? ORG_PREDICATE_LABELS[p] : DASH;

/** `Sangat Baik + Baik` */
export const predicatesText = (ps: readonly Predicate[]): string =>
  ps.map((p) => PREDICATE_LABELS[p]).join(' + ');

/** `33,3%`: a share of a total, one decimal, Indonesian format. */
export function shareText(count: number, total: number): string {
  if (total <= 0) return DASH;
  return `${formatNumberId(Math.round((count / total) * 1000) / 10)}%`;
}

/** `Baik: paling banyak 5 orang, realisasi 6 orang` */
export function violationText(v: DistributionViolation): string {
  const bound =
    v.rule === 'min'
      ? `paling sedikit ${v.limit} orang`
      : v.rule === 'none'
        ? 'tidak boleh ada'
        : `paling banyak ${v.limit} orang`;
  return `${predicatesText(v.predicates)}: ${bound}, realisasi ${v.actual} orang`;
}

/** A heading before a table; `headlineLevel` keeps it from being left alone at the bottom of a page. */
export const sectionHeading = (text: string): Content => ({ text, style: 'section', headlineLevel: 1 });

/** The signature block of one person: place and date, role, room to sign, name, NIP. */
export function signatureColumn(
  role: string,
  name: string | null | undefined,
  nip: string,
  date: string,
): Column {
  return {
    width: '*',
    alignment: 'center',
    stack: [
      { text: `${SIGNING_PLACE}, ${date}` },
      { text: role, bold: true },
      { text: '', margin: [0, 44, 0, 0] },
      { text: orDash(name), bold: true, decoration: 'underline' },
      { text: `NIP. ${nip}` },
    ],
  };
}

/** The styles both assessment documents use. */
export const DOCUMENT_STYLES: TDocumentDefinitions['styles'] = {
  title: { fontSize: 12, bold: true, alignment: 'center' },
  subtitle: { fontSize: 10, bold: true, alignment: 'center' },
  status: { fontSize: 9, bold: true, alignment: 'center', color: ALERT_COLOR, margin: [0, 3, 0, 0] },
  section: { fontSize: 9, bold: true, margin: [0, 10, 0, 3] },
  small: { fontSize: 7, color: MUTED_COLOR },
};

/** A table heading with too little room under it starts the next page instead of staying alone. */
export const keepHeadingsWithTables: NonNullable<TDocumentDefinitions['pageBreakBefore']> = (node) =>
  node.headlineLevel === 1 &&
  (1 - node.startPosition.verticalRatio) * node.startPosition.pageInnerHeight < MIN_ROOM_UNDER_HEADING;

// ---------------------------------------------------------------------------------------------------------------
// Dokumen Evaluasi Kinerja Pegawai

export interface EvaluationDocumentInput {
  evaluation: EvaluationView;
  /** latest realisation per indicator for the period */
  realisations: Array<{
    indicatorId: string;
    value: number | null;
    text: string | null;
    achievement: number | null;
  }>;
  /** root feedback items of the period */
  feedback: Array<{
    resultId: string | null;
    behaviour: string | null;
    kind: 'strength' | 'improvement' | null;
    text: string;
    authorName: string;
  }>;
  distribution: DistributionView | null;
  cycleYear: number;
  printedAt: Date;
}

type Realisation = EvaluationDocumentInput['realisations'][number];
type FeedbackItem = EvaluationDocumentInput['feedback'][number];

const MARGIN_X = 32;
/** landscape A4 width in points */
const PAGE_WIDTH = 841.89;
const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
const widths = (spec: ReadonlyArray<number | '*'>) => fitWidths(TEXT_WIDTH, spec);

const FEEDBACK_KIND_LABEL: Record<'strength' | 'improvement', string> = {
  strength: 'Kekuatan',
  improvement: 'Perlu ditingkatkan',
};

const ANNUAL_MODE_LABEL: Record<'latest' | 'most_frequent', string> = {
  latest: 'predikat periodik terakhir',
  most_frequent: 'predikat periodik terbanyak',
};

const OBJECTION_STATUS_LABEL: Record<ObjectionView['status'], string> = {
  filed: 'Diajukan — menunggu keputusan atasan Pejabat Penilai Kinerja',
  explanations_requested: 'Permintaan penjelasan kepada kedua pihak — menunggu keputusan',
  decided: 'Diputuskan',
};

const OBJECTION_OUTCOME_LABEL: Record<'upheld' | 'changed', string> = {
  upheld: 'Hasil evaluasi dipertahankan',
  changed: 'Hasil evaluasi diubah',
};

/** The subtitle: `PERIODE TRIWULAN III 2026` or `TAHUNAN 2026`. */
export function evaluationTitleLine(evaluation: Pick<EvaluationView, 'period'>, cycleYear: number): string {
  return evaluation.period.kind === 'annual'
    ? `TAHUNAN ${cycleYear}`
    : `PERIODE ${evaluation.period.label.toUpperCase()}`;
}

/** `PERIODE PENILAIAN: 1 JULI SD 30 SEPTEMBER 2026` */
export function assessmentPeriodLine(period: EvaluationView['period']): string {
  return `PERIODE PENILAIAN: ${formatDayId(period.startDate)} SD ${formatDayId(period.endDate)}`.toUpperCase();
}

/** `1.310 pasien`, the narrative, and `Capaian 104,8%`, each on its line. */
export function formatRealisation(r: Realisation | undefined, unit: string | null): string {
  if (!r) return DASH;
  const lines: string[] = [];
  if (r.value !== null) lines.push(`${formatNumberId(r.value)}${unit?.trim() ? ` ${unit.trim()}` : ''}`);
  if (r.text?.trim()) lines.push(r.text.trim());
  if (r.achievement !== null) lines.push(`Capaian ${formatNumberId(r.achievement)}%`);
  return lines.length > 0 ? lines.join('\n') : DASH;
}

function personNip(p: PersonSnapshot | null): string {
  return p?.nip ? formatNip(p.nip, p.asnType) : DASH;
}

function titleBlock(input: EvaluationDocumentInput): Content[] {
  const e = input.evaluation;
  const lines: Content[] = [
    { text: 'DOKUMEN EVALUASI KINERJA PEGAWAI', style: 'title' },
    { text: evaluationTitleLine(e, input.cycleYear), style: 'subtitle' },
  ];
  if (e.status === 'draft') {
    const reopened = e.reopenedAt
      ? ` · Dibuka kembali pada ${formatInstantId(e.reopenedAt)}${e.reopenReason?.trim() ? `: ${e.reopenReason.trim()}` : ''}`
      : '';
    lines.push({ text: `DRAF — belum ditetapkan${reopened}`, style: 'status' });
  }
  lines.push({
    margin: [0, 8, 0, 4],
    columns: [
      { text: INSTANCE_NAME, bold: true, width: '*' },
      { text: assessmentPeriodLine(e.period), bold: true, width: 'auto' },
    ],
  });
  return lines;
}

function identityTable(e: EvaluationView): Content {
  const people = [e.employee, e.assessor, e.assessorSuperior];
  const rows: Array<[string, (p: PersonSnapshot | null) => string]> = [
    ['NAMA', (p) => orDash(p?.name)],
    ['NIP', personNip],
    ['PANGKAT/GOL. RUANG', (p) => orDash(p?.rankLabel)],
    ['JABATAN', (p) => orDash(p?.positionTitle)],
    ['UNIT KERJA', (p) => orDash(p?.unitName)],
  ];
  const body: TableCell[][] = [
    [
      header('NO'),
      header(''),
      header('PEGAWAI YANG DINILAI'),
      header('PEJABAT PENILAI KINERJA'),
      header('ATASAN PEJABAT PENILAI KINERJA'),
    ],
    ...rows.map(([label, value], n): TableCell[] => [
      centered(String(n + 1)),
      { text: label },
      ...people.map((p): TableCell => ({ text: value(p) })),
    ]),
  ];
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: widths([14, 92, '*', '*', '*']), body },
    layout: gridLayout,
  };
}

function organisationSection(input: EvaluationDocumentInput): Content[] {
  const e = input.evaluation;
  const d = input.distribution;
  const orgPredicate = e.orgPredicate ?? d?.orgPredicate ?? null;
  const summary: TableCell[][] = [
    [{ text: 'UNIT KERJA', bold: true }, { text: orDash(e.unitName) }],
    [
      { text: 'CAPAIAN KINERJA ORGANISASI', bold: true },
      { text: orgPredicateLabel(orgPredicate), bold: orgPredicate !== null },
    ],
  ];
  const content: Content[] = [
    sectionHeading('CAPAIAN KINERJA ORGANISASI'),
    {
      table: { dontBreakRows: true, widths: widths([160, '*']), body: summary },
      layout: gridLayout,
    },
  ];
  const columns = PREDICATES.length + 1;
  const body: TableCell[][] = [
    [
      {
        ...header('POLA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DI UNIT KERJA', { colSpan: columns }),
        alignment: 'left',
      },
      ...Array.from({ length: columns - 1 }, (): TableCell => ({})),
    ],
    [...PREDICATES.map((p) => header(PREDICATE_LABELS[p])), header('JUMLAH')],
  ];
  if (!d) {
    body.push(spanRow({ text: 'Distribusi belum tersedia', alignment: 'center', italics: true }, columns));
  } else {
    body.push([...PREDICATES.map((p) => centered(String(d.counts[p]))), centered(String(d.total))]);
    let verdict: string;
    if (d.orgPredicate === null)
      verdict = 'Tanpa pola distribusi: Capaian Kinerja Organisasi belum ditetapkan';
    else if (d.violations.length === 0) verdict = 'Sesuai pola distribusi';
    else verdict = `Tidak sesuai pola distribusi — ${d.violations.map(violationText).join('; ')}`;
    body.push(spanRow({ text: verdict, italics: true }, columns));
  }
  content.push({
    margin: [0, 4, 0, 0],
    table: {
      headerRows: 2,
      dontBreakRows: true,
      widths: widths(Array.from({ length: columns }, (): '*' => '*')),
      body,
    },
    layout: gridLayout,
  });
  return content;
}

function feedbackStack(comment: string | null, items: FeedbackItem[]): ContentStack {
  const stack: Content[] = [];
  if (comment?.trim()) stack.push({ text: [{ text: 'Catatan penilai: ', bold: true }, comment.trim()] });
  for (const f of items) {
    stack.push({
      margin: [0, stack.length > 0 ? 2 : 0, 0, 0],
      text: [
        ...(f.kind ? [{ text: `${FEEDBACK_KIND_LABEL[f.kind]}: `, bold: true }] : []),
        f.text.trim(),
        { text: ` (${f.authorName})`, color: MUTED_COLOR },
      ],
    });
  }
  return { stack: stack.length > 0 ? stack : [centered(DASH)] };
}

function resultsTable(input: EvaluationDocumentInput): Content {
  const e = input.evaluation;
  const realisations = new Map(input.realisations.map((r) => [r.indicatorId, r]));
  const ratings = new Map(e.resultRatings.map((r) => [r.resultId, r]));
  const columns = 7;
  const body: TableCell[][] = [
    [
      header('NO'),
      header('RENCANA HASIL KERJA'),
      header('INDIKATOR KINERJA INDIVIDU'),
      header('TARGET'),
      header('REALISASI'),
      header('RATING'),
      header('UMPAN BALIK / CATATAN'),
    ],
  ];
  const sections: Array<[string, EvaluationResultRow['kind']]> = [
    ['A. UTAMA', 'main'],
    ['B. TAMBAHAN', 'additional'],
  ];
  for (const [label, kind] of sections) {
    body.push(spanRow({ text: label, bold: true, fillColor: SECTION_FILL }, columns));
    const results = e.results.filter((r) => r.kind === kind);
    if (results.length === 0) body.push(spanRow(centered(DASH), columns));
    results.forEach((r, n) => {
      const rowSpan = Math.max(r.indicators.length, 1);
      const rating = ratings.get(r.id);
      const resultCell: TableCell = {
        rowSpan,
        stack: [
          { text: orDash(r.text) },
          ...(r.parentText?.trim()
            ? [
                {
                  text: `Mendukung: ${r.parentText.trim()}`,
                  style: 'small',
                  italics: true,
                  margin: [0, 2, 0, 0],
                },
              ]
            : []),
        ] as Content[],
      };
      const first: TableCell[] = [{ text: String(n + 1), alignment: 'center', rowSpan }, resultCell];
      const last: TableCell[] = [
        { text: ratingLabel(rating?.rating), alignment: 'center', bold: rating !== undefined, rowSpan },
        {
          ...feedbackStack(
            rating?.comment ?? null,
            input.feedback.filter((f) => f.resultId === r.id),
          ),
          rowSpan,
        },
      ];
      if (r.indicators.length === 0) {
        body.push([...first, centered(DASH), centered(DASH), centered(DASH), ...last]);
        return;
      }
      r.indicators.forEach((i, k) => {
        const own: TableCell[] = [
          { text: orDash(i.text) },
          { text: formatTarget(i) },
          { text: formatRealisation(realisations.get(i.id), i.unit) },
        ];
        body.push(k === 0 ? [...first, ...own, ...last] : [{}, {}, ...own, {}, {}]);
      });
    });
  }
  return {
    table: { headerRows: 1, widths: widths([14, '*', '*', 70, 90, 64, '*']), body },
    layout: gridLayout,
  };
}

function behaviourTable(input: EvaluationDocumentInput): Content {
  const ratings = new Map(input.evaluation.behaviourRatings.map((b) => [b.value, b]));
  const body: TableCell[][] = [
    [header('NO'), header('PERILAKU KERJA'), header('RATING'), header('UMPAN BALIK / CATATAN')],
    ...BEHAVIOUR_VALUES.map((value, n): TableCell[] => {
      const { label, guides } = BERAKHLAK[value];
      const rating = ratings.get(value);
      return [
        centered(String(n + 1)),
        {
          stack: [
            { text: label, bold: true },
            { ul: [...guides], style: 'small', margin: [0, 1, 0, 0] },
          ],
        },
        { text: ratingLabel(rating?.rating), alignment: 'center', bold: rating !== undefined },
        feedbackStack(
          rating?.comment ?? null,
          input.feedback.filter((f) => f.behaviour === value),
        ),
      ];
    }),
  ];
  return {
    table: { headerRows: 1, widths: widths([14, 230, 90, '*']), body },
    layout: gridLayout,
  };
}

function annualSection(e: EvaluationView): Content[] {
  const annual = e.annual;
  const rows: TableCell[][] =
    annual && annual.periodic.length > 0
      ? annual.periodic.map((p, n): TableCell[] => [
          centered(String(n + 1)),
          { text: p.label },
          { text: PREDICATE_LABELS[p.predicate] },
        ])
      : [spanRow(centered('Belum ada evaluasi periodik yang final'), 3)];
  const content: Content[] = [
    sectionHeading('PREDIKAT KINERJA PERIODIK'),
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: widths([14, '*', '*']),
        body: [[header('NO'), header('PERIODE'), header('PREDIKAT KINERJA')], ...rows],
      },
      layout: gridLayout,
    },
  ];
  if (annual) {
    content.push({
      margin: [0, 3, 0, 0],
      text: `Saran predikat tahunan (${ANNUAL_MODE_LABEL[annual.mode]}): ${predicateLabel(annual.suggestedPredicate)}`,
      italics: true,
    });
  }
  return content;
}

function ratingsTable(e: EvaluationView): Content {
  const resultNotes: Content[] = [];
  if (e.suggestion) {
    resultNotes.push({
      text: `Saran sistem: ${RATING_LABELS[e.suggestion.rating]} (${e.suggestion.rated} RHK dinilai: ${e.suggestion.above} di atas, ${e.suggestion.meets} sesuai, ${e.suggestion.below} di bawah ekspektasi)`,
      style: 'small',
    });
  }
  if (e.offeredResultRating) {
    const o = e.offeredResultRating;
    resultNotes.push({
      text: `Ditawarkan dari Capaian Kinerja Organisasi ${o.unitName} (${ORG_PREDICATE_LABELS[o.orgPredicate]}): ${RATING_LABELS[o.rating]}`,
      style: 'small',
    });
  }
  const final = e.status === 'final';
  const predicate = final ? e.predicate : e.predicatePreview;
  const predicateCell: TableCell = {
    stack: [
      { text: predicateLabel(predicate).toUpperCase(), bold: true, fontSize: 10 },
      ...(!final && predicate
        ? [{ text: 'pratinjau — belum ditetapkan', style: 'small', italics: true }]
        : []),
    ] as Content[],
  };
  return {
    unbreakable: true,
    margin: [0, 10, 0, 0],
    table: {
      dontBreakRows: true,
      widths: widths([180, '*']),
      body: [
        [
          { text: 'RATING HASIL KERJA', bold: true, fillColor: SECTION_FILL },
          { stack: [{ text: ratingLabel(e.resultRating), bold: true }, ...resultNotes] },
        ],
        [
          { text: 'RATING PERILAKU KERJA', bold: true, fillColor: SECTION_FILL },
          { text: ratingLabel(e.behaviourRating), bold: true },
        ],
        [{ text: 'PREDIKAT KINERJA PEGAWAI', bold: true, fillColor: SECTION_FILL }, predicateCell],
      ],
    },
    layout: gridLayout,
  };
}

function notesTable(input: EvaluationDocumentInput): Content {
  const e = input.evaluation;
  const justification: string[] = [];
  if (e.justification?.trim()) justification.push(e.justification.trim());
  if (e.violations.length > 0)
    justification.push(`Pola yang tidak dipenuhi: ${e.violations.map(violationText).join('; ')}`);
  const rows: Array<[string, string]> = [
    ['Alasan berbeda dari saran rating hasil kerja', orDash(e.reason)],
    ['Justifikasi pola distribusi', justification.length > 0 ? justification.join('\n') : DASH],
    ['Kekuatan', orDash(e.strengths)],
    ['Area Pengembangan', orDash(e.improvements)],
  ];
  if (e.status === 'draft' && e.pendingViolations.length > 0) {
    rows.push([
      'Peringatan pola distribusi',
      `Jika ditetapkan sekarang, pola distribusi unit tidak terpenuhi: ${e.pendingViolations.map(violationText).join('; ')}`,
    ]);
  }
  const general = input.feedback.filter((f) => f.resultId === null && f.behaviour === null);
  const body: TableCell[][] = [
    [{ ...header('CATATAN', { colSpan: 2 }), alignment: 'left' }, {}],
    ...rows.map(([label, value]): TableCell[] => [{ text: label, bold: true }, { text: value }]),
    [{ text: 'Umpan balik umum', bold: true }, feedbackStack(null, general)],
  ];
  return {
    margin: [0, 10, 0, 0],
    table: { headerRows: 1, widths: widths([180, '*']), body },
    layout: gridLayout,
  };
}

function ratingsSnapshotText(s: RatingsSnapshot | null): string {
  if (!s) return DASH;
  return `Hasil Kerja ${ratingLabel(s.resultRating)} · Perilaku Kerja ${ratingLabel(s.behaviourRating)} · Predikat ${predicateLabel(s.predicate)}`;
}

function objectionTable(o: ObjectionView): Content {
  const rows: Array<[string, string]> = [
    ['Diajukan', formatInstantId(o.filedAt)],
    ['Alasan keberatan', orDash(o.reason)],
    ['Status', OBJECTION_STATUS_LABEL[o.status]],
  ];
  if (o.status === 'decided') {
    rows.push(
      ['Keputusan', o.outcome ? OBJECTION_OUTCOME_LABEL[o.outcome] : DASH],
      ['Sebelum', ratingsSnapshotText(o.before)],
      ['Sesudah', ratingsSnapshotText(o.after ?? o.before)],
      ['Catatan keputusan', orDash(o.note)],
      ['Diputuskan oleh', `${orDash(o.decidedByName ?? o.deciderName)} pada ${formatInstantId(o.decidedAt)}`],
    );
  }
  return {
    margin: [0, 10, 0, 0],
    table: {
      headerRows: 1,
      widths: widths([180, '*']),
      body: [
        [{ ...header('KEBERATAN', { colSpan: 2 }), alignment: 'left' }, {}],
        ...rows.map(([label, value]): TableCell[] => [{ text: label, bold: true }, { text: value }]),
      ],
    },
    layout: gridLayout,
  };
}

function establishment(e: EvaluationView): Content {
  const lines: string[] = [];
  if (e.status === 'final') {
    lines.push(`Ditetapkan oleh ${orDash(e.finalizedBy?.name)} pada ${formatInstantId(e.finalizedAt)}`);
    if (e.acknowledgedAt) lines.push(`Diterima oleh pegawai pada ${formatInstantId(e.acknowledgedAt)}`);
    if (e.objectionDeadline) lines.push(`Batas pengajuan keberatan: ${formatDayId(e.objectionDeadline)}`);
  } else {
    lines.push('DRAF — evaluasi ini belum ditetapkan oleh Pejabat Penilai Kinerja');
  }
  return {
    margin: [0, 8, 0, 0],
    stack: lines.map((text, n) => ({
      text,
      ...(n === 0 ? { bold: true } : {}),
      ...(e.status === 'draft' ? { color: ALERT_COLOR } : {}),
    })),
  };
}

function signatures(e: EvaluationView, date: string): Content {
  return {
    unbreakable: true,
    margin: [0, 16, 0, 0],
    columns: [
      signatureColumn('Pegawai yang Dinilai', e.employee.name, personNip(e.employee), date),
      signatureColumn('Pejabat Penilai Kinerja', e.assessor?.name, personNip(e.assessor), date),
      signatureColumn(
        'Atasan Pejabat Penilai Kinerja',
        e.assessorSuperior?.name,
        personNip(e.assessorSuperior),
        date,
      ),
    ],
  };
}

/** Builds the pdfmake definition of the Dokumen Evaluasi Kinerja Pegawai (exported for tests and previews). */
export function evaluationDocumentDefinition(input: EvaluationDocumentInput): TDocumentDefinitions {
  const e = input.evaluation;
  const annual = e.period.kind === 'annual';
  const periodName = annual ? `Tahunan ${input.cycleYear}` : e.period.label;
  const nip = personNip(e.employee);
  const documentLabel = `Evaluasi Kinerja ${periodName} · ${e.employee.name} · NIP ${nip} · ID dokumen ${e.id}${e.status === 'draft' ? ' · DRAF' : ''}`;
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [MARGIN_X, 30, MARGIN_X, 40],
    info: pdfInfo({
      title: `Evaluasi Kinerja Pegawai ${periodName} — ${e.employee.name}`,
      subject: `Dokumen Evaluasi Kinerja Pegawai ${periodName}, ${e.employee.positionTitle}, ${e.unitName}`,
      keywords: `Evaluasi Kinerja, ${annual ? 'tahunan' : 'periodik'}, ${input.cycleYear}, ${nip}`,
      createdAt: input.printedAt,
    }),
    ...(e.status === 'draft'
      ? { watermark: { text: 'DRAF', color: ALERT_COLOR, opacity: 0.06, bold: true, fontSize: 96 } }
      : {}),
    defaultStyle: { font: 'Roboto', fontSize: 8.5, lineHeight: 1.12 },
    styles: DOCUMENT_STYLES,
    pageBreakBefore: keepHeadingsWithTables,
    footer: (currentPage: number, pageCount: number): Content => ({
      margin: [MARGIN_X, 14, MARGIN_X, 0],
      fontSize: 7,
      color: MUTED_COLOR,
      columns: [
        { text: documentLabel, width: '*' },
        { text: `Halaman ${currentPage} dari ${pageCount}`, width: 'auto', alignment: 'right' },
      ],
    }),
    content: [
      ...titleBlock(input),
      identityTable(e),
      ...organisationSection(input),
      sectionHeading('HASIL KERJA'),
      resultsTable(input),
      sectionHeading('PERILAKU KERJA'),
      behaviourTable(input),
      ...(annual ? annualSection(e) : []),
      ratingsTable(e),
      notesTable(input),
      ...(e.objection ? [objectionTable(e.objection)] : []),
      establishment(e),
      signatures(e, formatDateId(input.printedAt)),
    ],
  };
}

/** Renders the Dokumen Evaluasi Kinerja Pegawai as a PDF. Deterministic for a given input. */
export async function renderEvaluationDocument(input: EvaluationDocumentInput): Promise<Buffer> {
  return renderPdf(evaluationDocumentDefinition(input));
}
