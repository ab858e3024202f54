import type { Content, ContentStack, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { PREDICATE_LABELS, PREDICATES, RATING_LABELS } from '../../../domain/evaluations/matrix.js';
import type { DistributionView, EvaluationView, ObjectionView } from '../../../domain/evaluations/view.js';
import type { PersonSnapshot } from '../../../domain/work-plans/view.js';
import {
  ANNUAL_MODE_LABEL,
  assessmentPeriodLine,
  evaluationTitleLine,
  FEEDBACK_KIND_LABEL,
  formatAggregated,
  formatPeriodTarget,
  formatRealisation,
  type IndicatorFigures,
  OBJECTION_OUTCOME_LABEL,
  OBJECTION_STATUS_LABEL,
  ORG_PREDICATE_LABELS,
  orgPredicateLabel,
  predicateLabel,
  ratingLabel,
  ratingsSnapshotText,
  violationText,
  type Realisation,
} from './assessment-text.js';
import {
  DASH,
  formatDateId,
  formatDayId,
  formatInstantId,
  formatTarget,
  orDash,
  personNip,
} from './format.js';
import {
  ALERT_COLOR,
  behaviourRows,
  centered,
  gridLayout,
  header,
  IDENTITY_ROWS,
  instanceLine,
  labelRows,
  MUTED_COLOR,
  numberCell,
  officialDocument,
  pageLayout,
  RESULT_SECTIONS,
  resultRows,
  SECTION_FILL,
  sectionHeading,
  signatureColumn,
  signatureRow,
  spanRow,
  titleRow,
} from './pdf-kit.js';
import { renderOffThread } from './pdf-pool.js';

/**
 * Dokumen Evaluasi Kinerja Pegawai (domain §8), periodic and annual: the three identity blocks, the unit's
 * Capaian Kinerja Organisasi and distribution, the results with realisation, rating and feedback, the seven
 * BerAKHLAK values, both overall ratings and the predicate, the notes, the objection, and the signatures.
 * Landscape A4 like the Dokumen SKP, so the seven columns of the results table read comfortably.
 */

export interface EvaluationDocumentInput {
  evaluation: EvaluationView;
  /** latest realisation per indicator for the period */
  realisations: Realisation[];
  /** per numeric indicator: its aggregation, the period's target and the to-date and year achievements */
  figures?: IndicatorFigures[];
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

type FeedbackItem = EvaluationDocumentInput['feedback'][number];

const PAGE = pageLayout('landscape', 32, 30);
const widths = PAGE.widths;

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
  lines.push(instanceLine(assessmentPeriodLine(e.period)));
  return lines;
}

/** "Plt."/"Plh." before the title of an acting official who signs for the absent head. */
export const ACTING_PREFIX = { plt: 'Plt.', plh: 'Plh.' } as const;

/**
 * The assessing official as the document names them: an acting official with "Plt."/"Plh." and the absent head's
 * title; the agency head with their title (and, without an employee record, their name from the settings).
 */
export function signingAssessor(e: EvaluationView): PersonSnapshot | null {
  if (e.acting && e.assessor)
    return {
      ...e.assessor,
      positionTitle: `${ACTING_PREFIX[e.acting.kind]} ${e.acting.forTitle}`,
      functionalLevel: null,
    };
  if (e.agencyHead) {
    const base: PersonSnapshot = e.assessor ?? {
      id: '',
      name: e.agencyHead.name,
      nip: '',
      asnType: 'PNS',
      rank: '',
      rankLabel: '',
      positionTitle: e.agencyHead.title,
      positionType: '',
      unitId: '',
      unitName: '',
    };
    return { ...base, positionTitle: e.agencyHead.title, functionalLevel: null };
  }
  return e.assessor;
}

function identityTable(e: EvaluationView): Content {
  const people = [e.employee, signingAssessor(e), e.assessorSuperior];
  const body: TableCell[][] = [
    [
      header('NO'),
      header(''),
      header('PEGAWAI YANG DINILAI'),
      header('PEJABAT PENILAI KINERJA'),
      header('ATASAN PEJABAT PENILAI KINERJA'),
    ],
    ...IDENTITY_ROWS.map(([label, value], n): TableCell[] => [
      numberCell(n),
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
    titleRow('POLA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DI UNIT KERJA', columns),
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
  const figures = new Map((input.figures ?? []).map((f) => [f.indicatorId, f]));
  const periodic = e.period.kind === 'periodic';
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
  for (const [label, kind] of RESULT_SECTIONS) {
    body.push(spanRow({ text: label, bold: true, fillColor: SECTION_FILL }, columns));
    const results = e.results.filter((r) => r.kind === kind);
    if (results.length === 0) body.push(spanRow(centered(DASH), columns));
    results.forEach((r, n) => {
      const rating = ratings.get(r.id);
      const supports: Content[] = r.parentText?.trim()
        ? [{ text: `Mendukung: ${r.parentText.trim()}`, style: 'small', italics: true, margin: [0, 2, 0, 0] }]
        : [];
      const rows = resultRows(
        [numberCell(n), { stack: [{ text: orDash(r.text) }, ...supports] }],
        r.indicators.map((i): TableCell[] => {
          const f = figures.get(i.id);
          const periodTarget = formatPeriodTarget(f, i.unit);
          const aggregated = formatAggregated(f, i.unit, periodic);
          return [
            { text: orDash(i.text) },
            periodTarget
              ? { stack: [{ text: formatTarget(i) }, { text: periodTarget, style: 'small' }] }
              : { text: formatTarget(i) },
            aggregated.length
              ? {
                  stack: [
                    { text: formatRealisation(realisations.get(i.id), i.unit) },
                    { text: aggregated.join('\n'), style: 'small', margin: [0, 2, 0, 0] },
                  ],
                }
              : { text: formatRealisation(realisations.get(i.id), i.unit) },
          ];
        }),
        [centered(DASH), centered(DASH), centered(DASH)],
        [
          { text: ratingLabel(rating?.rating), alignment: 'center', bold: rating !== undefined },
          feedbackStack(
            rating?.comment ?? null,
            input.feedback.filter((f) => f.resultId === r.id),
          ),
        ],
      );
      body.push(...rows);
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
    ...behaviourRows(true, (value): TableCell[] => {
      const rating = ratings.get(value);
      return [
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
          numberCell(n),
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
  const preview: Content[] =
    !final && predicate ? [{ text: 'pratinjau — belum ditetapkan', style: 'small', italics: true }] : [];
  const predicateCell: TableCell = {
    stack: [{ text: predicateLabel(predicate).toUpperCase(), bold: true, fontSize: 10 }, ...preview],
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
    titleRow('CATATAN', 2),
    ...labelRows(rows),
    [{ text: 'Umpan balik umum', bold: true }, feedbackStack(null, general)],
  ];
  return {
    margin: [0, 10, 0, 0],
    table: { headerRows: 1, widths: widths([180, '*']), body },
    layout: gridLayout,
  };
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
      body: [titleRow('KEBERATAN', 2), ...labelRows(rows)],
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
  return signatureRow([
    signatureColumn('Pegawai yang Dinilai', e.employee.name, personNip(e.employee), date),
    signatureColumn(
      e.acting || e.agencyHead
        ? `Pejabat Penilai Kinerja\n${signingAssessor(e)?.positionTitle ?? ''}`
        : 'Pejabat Penilai Kinerja',
      signingAssessor(e)?.name,
      personNip(signingAssessor(e)),
      date,
    ),
    signatureColumn(
      'Atasan Pejabat Penilai Kinerja',
      e.assessorSuperior?.name,
      personNip(e.assessorSuperior),
      date,
    ),
  ]);
}

/** Builds the pdfmake definition of the Dokumen Evaluasi Kinerja Pegawai (exported for tests and previews). */
export function evaluationDocumentDefinition(input: EvaluationDocumentInput): TDocumentDefinitions {
  const e = input.evaluation;
  const annual = e.period.kind === 'annual';
  const periodName = annual ? `Tahunan ${input.cycleYear}` : e.period.label;
  const nip = personNip(e.employee);
  return officialDocument(PAGE, {
    info: {
      title: `Evaluasi Kinerja Pegawai ${periodName} — ${e.employee.name}`,
      subject: `Dokumen Evaluasi Kinerja Pegawai ${periodName}, ${e.employee.positionTitle}, ${e.unitName}`,
      keywords: `Evaluasi Kinerja, ${annual ? 'tahunan' : 'periodik'}, ${input.cycleYear}, ${nip}`,
      createdAt: input.printedAt,
    },
    label: `Evaluasi Kinerja ${periodName} · ${e.employee.name} · NIP ${nip} · ID dokumen ${e.id}${e.status === 'draft' ? ' · DRAF' : ''}`,
    watermark: e.status === 'draft' ? 'DRAF' : undefined,
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
  });
}

/** Renders the Dokumen Evaluasi Kinerja Pegawai as a PDF. Deterministic for a given input. */
export async function renderEvaluationDocument(input: EvaluationDocumentInput): Promise<Buffer> {
  return renderOffThread('evaluation', input);
}
