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
import { FUNCTIONAL_LEVEL_LABELS } from '../../../domain/people/ranks.js';
import { BEHAVIOUR_VALUES, BERAKHLAK, type BehaviourValue } from '../../../domain/work-plans/berakhlak.js';
import type { PersonSnapshot } from '../../../domain/work-plans/view.js';
import { orDash, personNip } from './format.js';
import { pdfInfo, type PdfMetadata } from './pdf.js';

/**
 * The layout pieces every official document shares (Dokumen SKP, Dokumen Evaluasi Kinerja Pegawai, Penetapan
 * Predikat Kinerja): the A4 page with its footer and watermark, the grid tables and their cells, the identity
 * rows, the BerAKHLAK cell, the results sections and the signature blocks.
 */

/** The issuing government (Kemuning's official name on every document). */
export const INSTANCE_NAME = 'PEMERINTAH KABUPATEN KEMUNING';
/** The place of the signatures. */
export const SIGNING_PLACE = 'Kemuning';

export const HEADER_FILL = '#d9d9d9';
export const SECTION_FILL = '#efefef';
export const ALERT_COLOR = '#9b1c1c';
export const MUTED_COLOR = '#555555';
const LINE_COLOR = '#3f3f3f';
const CELL_PADDING = 3;
const LINE_WIDTH = 0.5;
/** points a table heading needs below it (the header row and a first row) to stay on its page */
const MIN_ROOM_UNDER_HEADING = 90;

/** A4 widths in points. */
const PAGE_WIDTH = { portrait: 595.28, landscape: 841.89 } as const;

// ---------------------------------------------------------------------------------------------------------------
// The page

/** The page of a document: A4 in an orientation, with its margins. */
export interface PageLayout {
  orientation: 'portrait' | 'landscape';
  /** the left and right margin in points */
  marginX: number;
  /** the top margin in points */
  marginTop: number;
  /**
   * Column widths in points for a table as wide as the text area: '*' columns share what the fixed ones leave.
   * Fixed widths matter: pdfmake sizes '*' columns by their longest word, so one very long word would squeeze the
   * others; with fixed widths it wraps the word inside its column instead.
   */
  widths: (spec: ReadonlyArray<number | '*'>) => number[];
}

export function pageLayout(
  orientation: PageLayout['orientation'],
  marginX: number,
  marginTop: number,
): PageLayout {
  const textWidth = PAGE_WIDTH[orientation] - 2 * marginX;
  return { orientation, marginX, marginTop, widths: (spec) => fitWidths(textWidth, spec) };
}

function fitWidths(textWidth: number, spec: ReadonlyArray<number | '*'>): number[] {
  const inner = textWidth - spec.length * 2 * CELL_PADDING - (spec.length + 1) * LINE_WIDTH;
  const fixed = spec.reduce<number>((sum, w) => sum + (w === '*' ? 0 : w), 0);
  const stars = spec.filter((w) => w === '*').length;
  const share = stars > 0 ? Math.floor(((inner - fixed) / stars) * 100) / 100 : 0;
  return spec.map((w) => (w === '*' ? share : w));
}

/** The styles of the documents. */
const DOCUMENT_STYLES: TDocumentDefinitions['styles'] = {
  title: { fontSize: 12, bold: true, alignment: 'center' },
  subtitle: { fontSize: 10, bold: true, alignment: 'center' },
  status: { fontSize: 9, bold: true, alignment: 'center', color: ALERT_COLOR, margin: [0, 3, 0, 0] },
  section: { fontSize: 9, bold: true, margin: [0, 10, 0, 3] },
  small: { fontSize: 7, color: MUTED_COLOR },
};

/** A table heading with too little room under it starts the next page instead of staying alone. */
const keepHeadingsWithTables: NonNullable<TDocumentDefinitions['pageBreakBefore']> = (node) =>
  node.headlineLevel === 1 &&
  (1 - node.startPosition.verticalRatio) * node.startPosition.pageInnerHeight < MIN_ROOM_UNDER_HEADING;

export interface OfficialDocument {
  info: PdfMetadata;
  /** what the document is, on the left of every page's footer */
  label: string;
  /** a faint word across every page (`DRAF`) while the document is not established */
  watermark?: string | undefined;
  content: Content[];
}

/**
 * The pdfmake definition of an official document: A4 on `page`, the PDF metadata, the watermark, the styles, headings
 * kept with their tables, and a footer with the label and `Halaman n dari m`.
 */
export function officialDocument(page: PageLayout, doc: OfficialDocument): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageOrientation: page.orientation,
    pageMargins: [page.marginX, page.marginTop, page.marginX, 40],
    info: pdfInfo(doc.info),
    ...(doc.watermark
      ? { watermark: { text: doc.watermark, color: ALERT_COLOR, opacity: 0.06, bold: true, fontSize: 96 } }
      : {}),
    defaultStyle: { font: 'Roboto', fontSize: 8.5, lineHeight: 1.12 },
    styles: DOCUMENT_STYLES,
    pageBreakBefore: keepHeadingsWithTables,
    footer: (currentPage: number, pageCount: number): Content => ({
      margin: [page.marginX, 14, page.marginX, 0],
      fontSize: 7,
      color: MUTED_COLOR,
      columns: [
        { text: doc.label, width: '*' },
        { text: `Halaman ${currentPage} dari ${pageCount}`, width: 'auto', alignment: 'right' },
      ],
    }),
    content: doc.content,
  };
}

/** The issuing government on the left and the period on the right, under the title. */
export const instanceLine = (period: string): Content => ({
  margin: [0, 8, 0, 4],
  columns: [
    { text: INSTANCE_NAME, bold: true, width: '*' },
    { text: period, bold: true, width: 'auto' },
  ],
});

/** A heading before a table; `headlineLevel` keeps it from being left alone at the bottom of a page. */
export const sectionHeading = (text: string): Content => ({ text, style: 'section', headlineLevel: 1 });

// ---------------------------------------------------------------------------------------------------------------
// Tables

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

/** A text cell of a table. */
export type Cell = ContentText & TableCellProperties;
/** A cell that can span rows or columns. */
type SpanningCell = (ContentText | ContentStack) & TableCellProperties;

export const header = (text: string, extra: Partial<Record<'colSpan' | 'rowSpan', number>> = {}): Cell => ({
  text,
  bold: true,
  alignment: 'center',
  verticalAlignment: 'middle',
  fillColor: HEADER_FILL,
  ...extra,
});

export const centered = (text: string): Cell => ({ text, alignment: 'center' });

/** The running number of a row: `1`, `2`, … */
export const numberCell = (n: number): Cell => centered(String(n + 1));

/** A cell spanning `columns` columns, followed by the empty cells pdfmake expects. */
export const spanRow = (cell: SpanningCell, columns: number): TableCell[] => [
  { ...cell, colSpan: columns },
  ...Array.from({ length: columns - 1 }, (): TableCell => ({})),
];

/** The title row of a table: a left-aligned header across all its columns. */
export const titleRow = (title: string, columns: number): TableCell[] =>
  spanRow({ ...header(title), alignment: 'left' }, columns);

/** Rows of a two-column table: a bold label, then its value. */
export const labelRows = (rows: ReadonlyArray<readonly [string, string]>): TableCell[][] =>
  rows.map(([label, value]): TableCell[] => [{ text: label, bold: true }, { text: value }]);

/** The sections of a results table: the main results, then the additional ones. */
export const RESULT_SECTIONS = [
  ['A. UTAMA', 'main'],
  ['B. TAMBAHAN', 'additional'],
] as const;

/**
 * The rows of one result in a results table: its own cells (`first` before the indicators' cells, `last` after
 * them) span the rows of its indicators (`each`); a result without indicators gets one row with `none` in their
 * place.
 */
export function resultRows(
  first: SpanningCell[],
  each: TableCell[][],
  none: TableCell[],
  last: SpanningCell[] = [],
): TableCell[][] {
  const rowSpan = Math.max(each.length, 1);
  const spanning = (cells: SpanningCell[]) => cells.map((cell): TableCell => ({ ...cell, rowSpan }));
  if (each.length === 0) return [[...spanning(first), ...none, ...spanning(last)]];
  const covered = (cells: SpanningCell[]) => cells.map((): TableCell => ({}));
  return each.map((own, k) =>
    k === 0 ? [...spanning(first), ...own, ...spanning(last)] : [...covered(first), ...own, ...covered(last)],
  );
}

/**
 * The rows of a BerAKHLAK table: the number, the value with its guides (in the small style when `smallGuides`),
 * and the cells `rest` gives for the value.
 */
export function behaviourRows(
  smallGuides: boolean,
  rest: (value: BehaviourValue) => TableCell[],
): TableCell[][] {
  return BEHAVIOUR_VALUES.map((value, n): TableCell[] => {
    const { label, guides } = BERAKHLAK[value];
    return [
      numberCell(n),
      {
        stack: [
          { text: label, bold: true },
          { ul: [...guides], ...(smallGuides ? { style: 'small' } : {}), margin: [0, 1, 0, 0] },
        ],
      },
      ...rest(value),
    ];
  });
}

// ---------------------------------------------------------------------------------------------------------------
// People

/** The rows of an identity block: a label and how each person reads in it. */
export const IDENTITY_ROWS: ReadonlyArray<readonly [string, (p: PersonSnapshot | null) => string]> = [
  ['NAMA', (p) => orDash(p?.name)],
  ['NIP', personNip],
  ['PANGKAT/GOL. RUANG', (p) => orDash(p?.rankLabel)],
  ['JABATAN', (p) => orDash(positionWithLevel(p))],
  ['UNIT KERJA', (p) => orDash(p?.unitName)],
];

/** The position title, with the jenjang of a functional position ("Perawat (Terampil)"). */
export function positionWithLevel(p: PersonSnapshot | null): string | undefined {
  if (!p) return undefined;
  return p.functionalLevel
    ? `${p.positionTitle} (${FUNCTIONAL_LEVEL_LABELS[p.functionalLevel]})`
    : p.positionTitle;
}

/** The signature block of one person: place and date, role, room to sign, name, NIP. */
export function signatureColumn(
  role: string,
  name: string | null | undefined,
  nip: string,
  date: string,
  { width = '*', room = 44 }: { width?: '*' | number; room?: number } = {},
): Column {
  return {
    width,
    alignment: 'center',
    stack: [
      { text: `${SIGNING_PLACE}, ${date}` },
      { text: role, bold: true },
      { text: '', margin: [0, room, 0, 0] },
      { text: orDash(name), bold: true, decoration: 'underline' },
      { text: `NIP. ${nip}` },
    ],
  };
}

/** The signature blocks side by side, kept together on one page. */
export const signatureRow = (columns: Column[], marginTop = 16): Content => ({
  unbreakable: true,
  margin: [0, marginTop, 0, 0],
  columns,
});
