import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { ObjectionView, RatingsSnapshot } from '../../../domain/evaluations/view.js';
import type { PersonSnapshot } from '../../../domain/work-plans/view.js';
import { OBJECTION_OUTCOME_LABEL, predicateLabel, ratingLabel } from './assessment-text.js';
import { DASH, formatDayId, formatInstantId, orDash, personNip } from './format.js';
import {
  gridLayout,
  header,
  IDENTITY_ROWS,
  INSTANCE_NAME,
  labelRows,
  officialDocument,
  pageLayout,
  sectionHeading,
  signatureColumn,
  signatureRow,
} from './pdf-kit.js';
import { renderOffThread } from './pdf-pool.js';

/**
 * Keputusan atas Keberatan Hasil Penilaian Kinerja (PP 30/2019 art. 59): the letter of the assessor's superior who
 * decided an objection — the employee, the evaluation objected to, the reason, the explanations asked of both
 * parties, the decision (the result upheld or changed, with the ratings and predicate before and after) and its
 * consideration, signed by the decider. Portrait A4.
 */
export interface ObjectionDecisionInput {
  objection: ObjectionView;
  /** the evaluated employee and the assessor as the evaluation recorded them */
  employee: PersonSnapshot | null;
  assessor: PersonSnapshot | null;
  /** who decided: the assessor's superior (or the official standing in for them) */
  decider: PersonSnapshot | null;
  printedAt: Date;
}

const PAGE = pageLayout('portrait', 48, 40);
const widths = PAGE.widths;

function ratingsTable(before: RatingsSnapshot, after: RatingsSnapshot | null): Content {
  const row = (label: string, pick: (s: RatingsSnapshot) => string): TableCell[] => [
    { text: label, bold: true },
    { text: pick(before) },
    { text: after ? pick(after) : pick(before) },
  ];
  return {
    table: {
      widths: widths([150, '*', '*']),
      headerRows: 1,
      body: [
        [header('UNSUR'), header('SEBELUM KEBERATAN'), header('SETELAH KEPUTUSAN')],
        row('Rating Hasil Kerja', (s) => ratingLabel(s.resultRating)),
        row('Rating Perilaku Kerja', (s) => ratingLabel(s.behaviourRating)),
        row('Predikat Kinerja', (s) => predicateLabel(s.predicate)),
      ],
    },
    layout: gridLayout,
  };
}

function explanationRows(o: ObjectionView): Array<[string, string]> {
  if (!o.explanationsRequestedAt) return [['Permintaan penjelasan', 'Tidak diminta']];
  const given = (text: string | null, at: string | null) =>
    text ? `${text}\n(${formatInstantId(at)})` : 'Tidak memberikan penjelasan dalam batas waktu';
  return [
    [
      'Permintaan penjelasan',
      `${formatInstantId(o.explanationsRequestedAt)}${o.explanationRequest ? ` — ${o.explanationRequest}` : ''}`,
    ],
    ['Penjelasan Pegawai', given(o.employeeExplanation, o.employeeExplainedAt)],
    ['Penjelasan Pejabat Penilai Kinerja', given(o.assessorExplanation, o.assessorExplainedAt)],
  ];
}

export function objectionDecisionDefinition(input: ObjectionDecisionInput): TDocumentDefinitions {
  const { objection: o, employee, assessor, decider } = input;
  const decidedOn = o.decidedAt ? formatDayId(o.decidedAt.slice(0, 10)) : DASH;
  const content: Content[] = [
    { text: INSTANCE_NAME, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
    { text: 'KEPUTUSAN ATAS KEBERATAN', style: 'title' },
    { text: 'HASIL PENILAIAN KINERJA PEGAWAI', style: 'title' },
    { text: `PERIODE ${o.periodLabel.toUpperCase()}`, style: 'subtitle' },
    {
      margin: [0, 10, 0, 6],
      text:
        'Berdasarkan Peraturan Pemerintah Nomor 30 Tahun 2019 tentang Penilaian Kinerja Pegawai Negeri Sipil ' +
        'Pasal 59, atasan Pejabat Penilai Kinerja memeriksa keberatan yang diajukan oleh pegawai berikut:',
    },
    sectionHeading('I. PEGAWAI YANG MENGAJUKAN KEBERATAN'),
    {
      table: { widths: widths([150, '*']), body: labelRows(IDENTITY_ROWS.map(([l, f]) => [l, f(employee)])) },
      layout: gridLayout,
    },
    sectionHeading('II. PEJABAT PENILAI KINERJA'),
    {
      table: { widths: widths([150, '*']), body: labelRows(IDENTITY_ROWS.map(([l, f]) => [l, f(assessor)])) },
      layout: gridLayout,
    },
    sectionHeading('III. KEBERATAN DAN PENJELASAN'),
    {
      table: {
        widths: widths([150, '*']),
        body: labelRows([
          ['Diajukan pada', formatInstantId(o.filedAt)],
          ['Alasan keberatan', o.reason],
          ...explanationRows(o),
        ]),
      },
      layout: gridLayout,
    },
    sectionHeading('IV. KEPUTUSAN'),
    {
      text: o.outcome ? OBJECTION_OUTCOME_LABEL[o.outcome].toUpperCase() : DASH,
      bold: true,
      margin: [0, 2, 0, 6],
    },
    ratingsTable(o.before, o.after),
    { text: 'Pertimbangan:', bold: true, margin: [0, 8, 0, 2] },
    { text: orDash(o.note) },
    {
      margin: [0, 8, 0, 0],
      text: 'Keputusan atas keberatan ini bersifat final (PP 30/2019 Pasal 59 ayat (6)).',
      italics: true,
    },
    signatureRow([
      { width: '*', text: '' },
      signatureColumn(
        decider?.positionTitle ? `${decider.positionTitle},` : 'Atasan Pejabat Penilai Kinerja,',
        decider?.name ?? o.decidedByName,
        personNip(decider),
        decidedOn,
        { width: 240 },
      ),
    ]),
  ];
  return officialDocument(PAGE, {
    info: {
      title: `Keputusan atas Keberatan — ${orDash(employee?.name ?? o.employeeName)} — ${o.periodLabel}`,
      subject: 'Keputusan atas Keberatan Hasil Penilaian Kinerja Pegawai',
      createdAt: input.printedAt,
    },
    label: `Keputusan atas Keberatan · dicetak ${formatInstantId(input.printedAt.toISOString())}`,
    content,
  });
}

export async function renderObjectionDecisionDocument(input: ObjectionDecisionInput): Promise<Buffer> {
  return renderOffThread('objection', input);
}
