import type {
  Column,
  Content,
  ContentText,
  CustomTableLayout,
  TableCell,
  TableCellProperties,
  TDocumentDefinitions,
  Watermark,
} from 'pdfmake/interfaces.js';
import { BEHAVIOUR_VALUES, BERAKHLAK } from '../../../domain/work-plans/berakhlak.js';
import type { Perspective } from '../../../domain/work-plans/rules.js';
import type { PlanStatus } from '../../../domain/work-plans/status.js';
import type {
  IndicatorView,
  PersonSnapshot,
  ResultView,
  WorkPlanView,
} from '../../../domain/work-plans/view.js';
import { formatNip } from '../../../domain/people/nip.js';
import { formatDateId, formatNumberId } from './format.js';
import { pdfInfo, renderPdf } from './pdf.js';

/**
 * Dokumen SKP (domain §8): the official layout of PermenPANRB 6/2022 — title, period, the two identity
 * blocks, the results table (A. Utama, B. Tambahan), the behaviour table, signatures, and the annex page.
 * Landscape A4, so the six or seven columns of the results table read comfortably.
 */

export interface SkpDocumentOptions {
  /** the printing date: the place/date of the signatures and the PDF creation date */
  printedAt: Date;
  /** only Indonesian, the language of the official form */
  locale?: 'id';
}

/** The issuing government (Kemuning's official name on every document). */
export const INSTANCE_NAME = 'PEMERINTAH KABUPATEN KEMUNING';
/** The place of the signatures. */
export const SIGNING_PLACE = 'Kemuning';

const DASH = '—';
const LINE_COLOR = '#3f3f3f';
const HEADER_FILL = '#d9d9d9';
const SECTION_FILL = '#efefef';
const MARGIN_X = 32;
/** landscape A4 width in points */
const PAGE_WIDTH = 841.89;
const CELL_PADDING = 3;
const LINE_WIDTH = 0.5;
/** points a table heading needs below it (the header row and a first row) to stay on its page */
const MIN_ROOM_UNDER_HEADING = 90;

const ASPECT_LABEL: Record<IndicatorView['aspect'], string> = {
  quantity: 'Kuantitas',
  quality: 'Kualitas',
  time: 'Waktu',
  cost: 'Biaya',
};

const PERSPECTIVE_LABEL: Record<Perspective, string> = {
  penerima_layanan: 'Penerima Layanan',
  proses_bisnis: 'Proses Bisnis',
  penguatan_internal: 'Penguatan Internal',
  anggaran: 'Anggaran',
};

/** The status line of a plan that is not (or no longer) the approved plan in force. */
const STATUS_LINE: Record<Exclude<PlanStatus, 'approved'>, string> = {
  draft: 'DRAF — belum disetujui',
  submitted: 'Diajukan — menunggu persetujuan Pejabat Penilai Kinerja',
  returned: 'Dikembalikan — perlu diperbaiki dan diajukan kembali',
};

const WATERMARK: Record<Exclude<PlanStatus, 'approved'>, string> = {
  draft: 'DRAF',
  submitted: 'DIAJUKAN',
  returned: 'DIKEMBALIKAN',
};

const gridLayout: CustomTableLayout = {
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
 * Column widths in points for a full-width table: '*' columns share what the fixed ones leave. Fixed widths
 * matter: pdfmake sizes '*' columns by their longest word, so one very long word would squeeze the others;
 * with fixed widths it wraps the word inside its column instead.
 */
function fitWidths(spec: ReadonlyArray<number | '*'>): number[] {
  const inner = PAGE_WIDTH - 2 * MARGIN_X - spec.length * 2 * CELL_PADDING - (spec.length + 1) * LINE_WIDTH;
  const fixed = spec.reduce<number>((sum, w) => sum + (w === '*' ? 0 : w), 0);
  const stars = spec.filter((w) => w === '*').length;
  const share = stars > 0 ? Math.floor(((inner - fixed) / stars) * 100) / 100 : 0;
  return spec.map((w) => (w === '*' ? share : w));
}

export function approachLine(approach: WorkPlanView['approach']): string {
  return `PENDEKATAN HASIL KERJA ${approach === 'quantitative' ? 'KUANTITATIF' : 'KUALITATIF'}`;
}

export function positionGroupLine(group: WorkPlanView['positionGroup']): string {
  return group === 'jpt'
    ? 'BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI'
    : 'BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL';
}

export function periodLine(year: number): string {
  return `PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER ${year}`;
}

/** `12 kunjungan`, `80 – 90 %`, or the narrative target; numbers in Indonesian format (`1.250,5`). */
export function formatTarget(i: Pick<IndicatorView, 'target' | 'targetMax' | 'targetText' | 'unit'>): string {
  const parts: string[] = [];
  if (i.target !== null) {
    const unit = i.unit?.trim() ? ` ${i.unit.trim()}` : '';
    const value =
      i.targetMax !== null && i.targetMax !== i.target
        ? `${formatNumberId(i.target)} – ${formatNumberId(i.targetMax)}`
        : formatNumberId(i.target);
    parts.push(`${value}${unit}`);
  }
  if (i.targetText?.trim()) parts.push(i.targetText.trim());
  return parts.length > 0 ? parts.join('\n') : DASH;
}

function orDash(s: string | null | undefined): string {
  return s?.trim() ? s.trim() : DASH;
}

function personNip(p: PersonSnapshot | null): string {
  return p?.nip ? formatNip(p.nip, p.asnType) : DASH;
}

/** A text cell of a table. */
type Cell = ContentText & TableCellProperties;

const header = (text: string, extra: Partial<Record<'colSpan' | 'rowSpan', number>> = {}): Cell => ({
  text,
  bold: true,
  alignment: 'center',
  verticalAlignment: 'middle',
  fillColor: HEADER_FILL,
  ...extra,
});

const centered = (text: string): Cell => ({ text, alignment: 'center' });

function identityTable(plan: WorkPlanView): Content {
  const e = plan.employee;
  const a = plan.assessor;
  const rows: Array<[string, string, string]> = [
    ['NAMA', orDash(e.name), orDash(a?.name)],
    ['NIP', personNip(e), personNip(a)],
    ['PANGKAT/GOL. RUANG', orDash(e.rankLabel), orDash(a?.rankLabel)],
    ['JABATAN', orDash(e.positionTitle), orDash(a?.positionTitle)],
    ['UNIT KERJA', orDash(e.unitName), orDash(a?.unitName)],
  ];
  const body: TableCell[][] = [
    [
      header('NO'),
      header('PEGAWAI YANG DINILAI', { colSpan: 2 }),
      {},
      header('NO'),
      header('PEJABAT PENILAI KINERJA', { colSpan: 2 }),
      {},
    ],
    ...rows.map(([label, mine, theirs], n): TableCell[] => [
      centered(String(n + 1)),
      { text: label },
      { text: mine },
      centered(String(n + 1)),
      { text: label },
      { text: theirs },
    ]),
  ];
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: fitWidths([14, 92, '*', 14, 92, '*']), body },
    layout: gridLayout,
  };
}

function sortedResults(plan: WorkPlanView, kind: ResultView['kind']): ResultView[] {
  return plan.results.filter((r) => r.kind === kind).sort((x, y) => x.position - y.position);
}

function leaderCell(r: ResultView): Cell {
  if (r.linkStatus === 'pending') return { text: '(belum ditautkan)', italics: true, color: '#8a1c1c' };
  if (r.linkStatus === 'linked') return { text: orDash(r.parentResult?.text) };
  return { text: DASH, alignment: 'center' };
}

function targetCell(i: IndicatorView): TableCell {
  const stack: Content[] = [{ text: formatTarget(i) }];
  if (i.direction === 'lower') {
    stack.push({ text: '(makin rendah makin baik)', italics: true, fontSize: 7, color: '#555555' });
  }
  return { stack };
}

function resultsTable(plan: WorkPlanView): Content {
  const perspective = plan.usesPerspective;
  const columns = perspective ? 7 : 6;
  const headerRow: TableCell[] = [
    header('NO'),
    header('RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI'),
    header('RENCANA HASIL KERJA'),
    header('ASPEK'),
    header('INDIKATOR KINERJA INDIVIDU'),
    header('TARGET'),
    ...(perspective ? [header('PERSPEKTIF')] : []),
  ];
  const span = (cell: Cell): TableCell[] => [
    { ...cell, colSpan: columns },
    ...Array.from({ length: columns - 1 }, (): TableCell => ({})),
  ];
  const body: TableCell[][] = [headerRow];
  const sections: Array<[string, ResultView['kind']]> = [
    ['A. UTAMA', 'main'],
    ['B. TAMBAHAN', 'additional'],
  ];
  for (const [label, kind] of sections) {
    body.push(span({ text: label, bold: true, fillColor: SECTION_FILL }));
    const results = sortedResults(plan, kind);
    if (results.length === 0) body.push(span({ text: DASH, alignment: 'center' }));
    results.forEach((r, n) => {
      const indicators = [...r.indicators].sort((x, y) => x.position - y.position);
      const rowSpan = Math.max(indicators.length, 1);
      const first: TableCell[] = [
        { text: String(n + 1), alignment: 'center', rowSpan },
        { ...leaderCell(r), rowSpan },
        { text: orDash(r.text), rowSpan },
      ];
      if (indicators.length === 0) {
        body.push([
          ...first,
          centered(DASH),
          centered(DASH),
          centered(DASH),
          ...(perspective ? [centered(DASH)] : []),
        ]);
        return;
      }
      indicators.forEach((i, k) => {
        const own: TableCell[] = [
          { text: ASPECT_LABEL[i.aspect] },
          { text: orDash(i.text) },
          targetCell(i),
          ...(perspective ? [{ text: i.perspective ? PERSPECTIVE_LABEL[i.perspective] : DASH }] : []),
        ];
        body.push(k === 0 ? [...first, ...own] : [{}, {}, {}, ...own]);
      });
    });
  }
  const widths = fitWidths(perspective ? [14, '*', '*', 46, '*', 82, 64] : [14, '*', '*', 50, '*', 92]);
  return { table: { headerRows: 1, widths, body }, layout: gridLayout };
}

function behaviourTable(plan: WorkPlanView): Content {
  const expectations = new Map(plan.behaviours.map((b) => [b.value, b.expectation]));
  const body: TableCell[][] = [
    [header('NO'), header('PERILAKU KERJA'), header('EKSPEKTASI KHUSUS PIMPINAN')],
    ...BEHAVIOUR_VALUES.map((value, n): TableCell[] => {
      const { label, guides } = BERAKHLAK[value];
      return [
        centered(String(n + 1)),
        {
          stack: [
            { text: label, bold: true },
            { ul: [...guides], margin: [0, 1, 0, 0] },
          ],
        },
        { text: orDash(expectations.get(value)) },
      ];
    }),
  ];
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: fitWidths([14, '*', '*']), body },
    layout: gridLayout,
  };
}

function signatureBlock(role: string, person: PersonSnapshot | null, date: string): Column {
  return {
    width: '*',
    alignment: 'center',
    stack: [
      { text: `${SIGNING_PLACE}, ${date}` },
      { text: role, bold: true },
      { text: '', margin: [0, 44, 0, 0] },
      { text: orDash(person?.name), bold: true, decoration: 'underline' },
      { text: `NIP. ${personNip(person)}` },
    ],
  };
}

function signatures(plan: WorkPlanView, date: string): Content {
  return {
    unbreakable: true,
    margin: [0, 16, 0, 0],
    columns: [
      signatureBlock('Pegawai yang Dinilai', plan.employee, date),
      { width: '*', text: '' },
      signatureBlock('Pejabat Penilai Kinerja', plan.assessor, date),
    ],
  };
}

function annexSection(title: string, items: readonly string[]): Content {
  const clean = items.map((s) => s.trim()).filter((s) => s.length > 0);
  const rows: TableCell[][] =
    clean.length === 0
      ? [[{ ...centered(DASH), colSpan: 2 }, {}]]
      : clean.map((item, n): TableCell[] => [centered(`${n + 1}.`), { text: item }]);
  return {
    margin: [0, 8, 0, 0],
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: fitWidths([18, '*']),
      body: [[{ ...header(title, { colSpan: 2 }), alignment: 'left' }, {}], ...rows],
    },
    layout: gridLayout,
  };
}

function titleBlock(plan: WorkPlanView, heading: string): Content[] {
  const lines: Content[] = [
    { text: heading, style: 'title' },
    { text: approachLine(plan.approach), style: 'subtitle' },
    { text: positionGroupLine(plan.positionGroup), style: 'subtitle' },
  ];
  const notes: string[] = [];
  if (plan.status !== 'approved') notes.push(STATUS_LINE[plan.status]);
  else if (!plan.isCurrent) notes.push('Tidak berlaku lagi — telah diganti oleh perubahan berikutnya');
  if (plan.revision > 1) {
    const reason = plan.amendmentReason?.trim();
    notes.push(`Perubahan ke-${plan.revision - 1} (revisi ${plan.revision})${reason ? `: ${reason}` : ''}`);
  }
  if (notes.length > 0) lines.push({ text: notes.join(' · '), style: 'status' });
  lines.push({
    margin: [0, 8, 0, 4],
    columns: [
      { text: INSTANCE_NAME, bold: true, width: '*' },
      { text: periodLine(plan.cycleYear), bold: true, width: 'auto' },
    ],
  });
  return lines;
}

/** A heading before a table; `headlineLevel` keeps it from being left alone at the bottom of a page. */
const sectionHeading = (text: string): Content => ({ text, style: 'section', headlineLevel: 1 });

/** Builds the pdfmake definition of the Dokumen SKP (exported for tests and previews). */
export function skpDocumentDefinition(plan: WorkPlanView, options: SkpDocumentOptions): TDocumentDefinitions {
  const printed = formatDateId(options.printedAt);
  const watermark: Watermark | undefined =
    plan.status === 'approved'
      ? undefined
      : { text: WATERMARK[plan.status], color: '#9b1c1c', opacity: 0.06, bold: true, fontSize: 96 };
  const documentLabel = `Dokumen SKP ${plan.cycleYear} · ${plan.employee.name} · NIP ${plan.employee.nip} · ID dokumen ${plan.id}`;
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [MARGIN_X, 30, MARGIN_X, 40],
    info: pdfInfo({
      title: `Sasaran Kinerja Pegawai ${plan.cycleYear} — ${plan.employee.name}`,
      subject: `Dokumen SKP periode ${plan.cycleYear}, ${plan.employee.positionTitle}, ${plan.employee.unitName}`,
      keywords: `SKP, Sasaran Kinerja Pegawai, ${plan.cycleYear}, ${formatNip(plan.employee.nip, plan.employee.asnType)}`,
      createdAt: options.printedAt,
    }),
    ...(watermark ? { watermark } : {}),
    defaultStyle: { font: 'Roboto', fontSize: 8.5, lineHeight: 1.12 },
    styles: {
      title: { fontSize: 12, bold: true, alignment: 'center' },
      subtitle: { fontSize: 10, bold: true, alignment: 'center' },
      status: { fontSize: 9, bold: true, alignment: 'center', color: '#9b1c1c', margin: [0, 3, 0, 0] },
      section: { fontSize: 9, bold: true, margin: [0, 10, 0, 3] },
    },
    // A table heading with too little room under it starts the next page instead of staying alone.
    pageBreakBefore: (node) =>
      node.headlineLevel === 1 &&
      (1 - node.startPosition.verticalRatio) * node.startPosition.pageInnerHeight < MIN_ROOM_UNDER_HEADING,
    footer: (currentPage: number, pageCount: number): Content => ({
      margin: [MARGIN_X, 14, MARGIN_X, 0],
      fontSize: 7,
      color: '#555555',
      columns: [
        { text: documentLabel, width: '*' },
        { text: `Halaman ${currentPage} dari ${pageCount}`, width: 'auto', alignment: 'right' },
      ],
    }),
    content: [
      ...titleBlock(plan, 'SASARAN KINERJA PEGAWAI'),
      identityTable(plan),
      sectionHeading('HASIL KERJA'),
      resultsTable(plan),
      sectionHeading('PERILAKU KERJA'),
      behaviourTable(plan),
      signatures(plan, printed),
      { text: '', pageBreak: 'before' },
      ...titleBlock(plan, 'LAMPIRAN SASARAN KINERJA PEGAWAI'),
      identityTable(plan),
      annexSection('DUKUNGAN SUMBER DAYA', plan.annex.resources),
      annexSection('SKEMA PERTANGGUNGJAWABAN', plan.annex.accountability),
      annexSection('KONSEKUENSI', plan.annex.consequences),
      signatures(plan, printed),
    ],
  };
}

/** Renders the official Dokumen SKP of a plan as a PDF. Deterministic for a given plan and `printedAt`. */
export async function renderSkpDocument(plan: WorkPlanView, options: SkpDocumentOptions): Promise<Buffer> {
  return renderPdf(skpDocumentDefinition(plan, options));
}
