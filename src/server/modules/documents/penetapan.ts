import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { PREDICATE_LABELS, PREDICATES } from '../../../domain/evaluations/matrix.js';
import type { CalibrationPerson, CalibrationView, PatternRow } from '../../../domain/evaluations/view.js';
import {
  orgPredicateLabel,
  predicateLabel,
  predicatesText,
  ratingLabel,
  shareText,
  violationText,
} from './assessment-text.js';
import { DASH, formatDateId, formatDayId, formatInstantId, formatNipAuto, orDash } from './format.js';
import {
  ALERT_COLOR,
  centered,
  gridLayout,
  header,
  INSTANCE_NAME,
  labelRows,
  MUTED_COLOR,
  numberCell,
  officialDocument,
  pageLayout,
  SECTION_FILL,
  sectionHeading,
  signatureColumn,
  signatureRow,
  spanRow,
} from './pdf-kit.js';
import { renderOffThread } from './pdf-pool.js';

/**
 * Penetapan Predikat Kinerja Pegawai (domain §8): for one unit and period, the Capaian Kinerja Organisasi, the
 * final employee predicates, the counts and shares against the allowed pattern (SE MenPANRB 3/2023), the
 * justifications of accepted departures, and the signature of the unit head. Portrait A4.
 */

export interface PenetapanDocumentInput {
  calibration: CalibrationView;
  /** the head of the unit, who signs; null when the unit has none */
  signer: { name: string; nip: string; positionTitle: string; acting?: 'plt' | 'plh' | null } | null;
  printedAt: Date;
}

const PAGE = pageLayout('portrait', 40, 36);
const widths = PAGE.widths;

const NOT_FINAL_STATUS: Record<Exclude<CalibrationPerson['status'], 'final'>, string> = {
  draft: 'Draf',
  not_started: 'Belum dimulai',
};

const predicateOrder = (p: CalibrationPerson['predicate']) => (p ? PREDICATES.indexOf(p) : PREDICATES.length);

/** The people with a final evaluation, by predicate (Sangat Baik first) and then by name. */
export function finalPeople(c: CalibrationView): CalibrationPerson[] {
  return c.cells
    .flatMap((cell) => cell.people)
    .filter((p) => p.status === 'final')
    .sort(
      (a, b) =>
        predicateOrder(a.predicate) - predicateOrder(b.predicate) || a.name.localeCompare(b.name, 'id'),
    );
}

/** The population not final yet: drafts on the board and the unplaced, by name. */
export function notFinalPeople(c: CalibrationView): CalibrationPerson[] {
  return [...c.cells.flatMap((cell) => cell.people), ...c.unplaced]
    .filter((p) => p.status !== 'final')
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

/** `Paling banyak 70%`, `Paling sedikit 1 orang`, `Tidak boleh ada` */
export function patternRuleText(row: Pick<PatternRow, 'rule' | 'percent' | 'persons'>): string {
  if (row.rule === 'none') return 'Tidak boleh ada';
  const bound =
    row.persons !== null ? `${row.persons} orang` : row.percent !== null ? `${row.percent}%` : DASH;
  return `${row.rule === 'max' ? 'Paling banyak' : 'Paling sedikit'} ${bound}`;
}

/** The people a row allows or requires at the current total: `maks. 5 orang`, `min. 1 orang`. */
function limitText(row: PatternRow): string {
  return `${row.rule === 'min' ? 'min.' : 'maks.'} ${row.limit} orang`;
}

function nameNipCell(p: CalibrationPerson): TableCell {
  return {
    stack: [
      { text: orDash(p.name), bold: true },
      { text: `NIP. ${formatNipAuto(p.nip)}`, color: MUTED_COLOR },
    ],
  };
}

function titleBlock(c: CalibrationView, pending: number): Content[] {
  const content: Content[] = [
    { text: INSTANCE_NAME, bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
    { text: 'PENETAPAN PREDIKAT KINERJA PEGAWAI', style: 'title' },
    { text: `PERIODE ${c.period.label.toUpperCase()}`, style: 'subtitle' },
  ];
  if (pending > 0) {
    content.push({
      text: `Belum semua evaluasi final: ${pending} pegawai belum final`,
      style: 'status',
    });
  }
  const rows: Array<[string, string]> = [
    ['UNIT KERJA', `${orDash(c.unit.name)} (${orDash(c.unit.code)})`],
    [
      'PERIODE PENILAIAN',
      `${c.period.label} (${formatDayId(c.period.startDate)} – ${formatDayId(c.period.endDate)})`,
    ],
  ];
  content.push({
    margin: [0, 10, 0, 0],
    table: {
      dontBreakRows: true,
      widths: widths([130, '*']),
      body: labelRows(rows),
    },
    layout: gridLayout,
  });
  return content;
}

function organisationTable(c: CalibrationView): Content {
  const o = c.orgPredicate;
  const rows: TableCell[][] = o
    ? [
        [
          { text: 'Predikat', bold: true },
          { text: orgPredicateLabel(o.predicate), bold: true },
        ],
        [{ text: 'Dasar penetapan', bold: true }, { text: orDash(o.basis) }],
        [
          { text: 'Ditetapkan oleh', bold: true },
          { text: `${orDash(o.setByName)} pada ${formatInstantId(o.setAt)}` },
        ],
      ]
    : [
        [
          { text: 'Predikat', bold: true },
          { text: `${DASH} (belum ditetapkan: unit ini tanpa pola distribusi)`, italics: true },
        ],
      ];
  return { table: { widths: widths([130, '*']), body: rows }, layout: gridLayout };
}

function employeesTable(people: CalibrationPerson[]): Content {
  const body: TableCell[][] = [
    [
      header('NO'),
      header('NAMA / NIP'),
      header('JABATAN'),
      header('RATING HASIL KERJA'),
      header('RATING PERILAKU KERJA'),
      header('PREDIKAT KINERJA'),
    ],
  ];
  if (people.length === 0) body.push(spanRow(centered('Belum ada evaluasi yang final'), 6));
  people.forEach((p, n) => {
    body.push([
      numberCell(n),
      nameNipCell(p),
      { text: orDash(p.positionTitle) },
      centered(ratingLabel(p.resultRating)),
      centered(ratingLabel(p.behaviourRating)),
      { text: predicateLabel(p.predicate), alignment: 'center', bold: true },
    ]);
  });
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: widths([16, '*', '*', 64, 64, 64]), body },
    layout: gridLayout,
  };
}

function notFinalTable(people: CalibrationPerson[]): Content[] {
  if (people.length === 0) return [];
  const body: TableCell[][] = [
    [header('NO'), header('NAMA / NIP'), header('JABATAN'), header('STATUS')],
    ...people.map((p, n): TableCell[] => [
      numberCell(n),
      nameNipCell(p),
      { text: orDash(p.positionTitle) },
      centered(p.status === 'final' ? 'Final' : NOT_FINAL_STATUS[p.status]),
    ]),
  ];
  return [
    sectionHeading(`BELUM FINAL (${people.length} pegawai, tidak termasuk dalam penetapan ini)`),
    {
      table: { headerRows: 1, dontBreakRows: true, widths: widths([16, '*', '*', 80]), body },
      layout: gridLayout,
    },
  ];
}

function countsTable(c: CalibrationView): Content {
  const d = c.distribution;
  const body: TableCell[][] = [
    [header('PREDIKAT KINERJA'), header('JUMLAH (ORANG)'), header('PERSENTASE')],
    ...PREDICATES.map((p): TableCell[] => [
      { text: PREDICATE_LABELS[p] },
      centered(String(d.counts[p])),
      centered(shareText(d.counts[p], d.total)),
    ]),
    [
      { text: 'JUMLAH', bold: true, fillColor: SECTION_FILL },
      { text: String(d.total), bold: true, alignment: 'center', fillColor: SECTION_FILL },
      { text: d.total > 0 ? '100%' : DASH, bold: true, alignment: 'center', fillColor: SECTION_FILL },
    ],
  ];
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: widths(['*', 100, 100]), body },
    layout: gridLayout,
  };
}

function patternSection(c: CalibrationView): Content[] {
  const d = c.distribution;
  const heading = sectionHeading(
    `POLA DISTRIBUSI UNTUK CAPAIAN KINERJA ORGANISASI ${orgPredicateLabel(d.orgPredicate).toUpperCase()}`,
  );
  if (d.orgPredicate === null || d.pattern.length === 0) {
    return [
      heading,
      {
        text: 'Tanpa pola distribusi: Capaian Kinerja Organisasi unit ini belum ditetapkan untuk periode ini.',
        italics: true,
      },
    ];
  }
  const body: TableCell[][] = [
    [
      header('NO'),
      header('PREDIKAT'),
      header('KETENTUAN'),
      header('BATAS'),
      header('REALISASI'),
      header('KETERANGAN'),
    ],
    ...d.pattern.map((row, n): TableCell[] => [
      numberCell(n),
      { text: predicatesText(row.predicates) },
      { text: patternRuleText(row) },
      centered(limitText(row)),
      centered(`${row.actual} orang (${shareText(row.actual, d.total)})`),
      row.ok
        ? { text: 'Sesuai', alignment: 'center', bold: true }
        : { text: 'Tidak sesuai', alignment: 'center', bold: true, color: ALERT_COLOR },
    ]),
  ];
  const broken = d.pattern.filter((r) => !r.ok).length;
  const verdict =
    broken === 0
      ? 'Sebaran predikat kinerja pegawai sesuai dengan pola distribusi.'
      : `Sebaran predikat kinerja pegawai tidak sesuai pada ${broken} ketentuan${
          d.violations.length > 0 ? ` (${d.violations.map(violationText).join('; ')})` : ''
        }; penyimpangan diterima dengan justifikasi berikut.`;
  return [
    heading,
    {
      table: { headerRows: 1, dontBreakRows: true, widths: widths([16, '*', 90, 64, 80, 64]), body },
      layout: gridLayout,
    },
    { text: verdict, italics: true, margin: [0, 3, 0, 0], ...(broken > 0 ? { color: ALERT_COLOR } : {}) },
  ];
}

function justificationsTable(c: CalibrationView): Content {
  const rows: TableCell[][] =
    c.justifications.length === 0
      ? [spanRow(centered(DASH), 4)]
      : c.justifications.map((j, n): TableCell[] => [
          numberCell(n),
          { text: orDash(j.employeeName) },
          { text: orDash(j.justification) },
          centered(formatInstantId(j.finalizedAt)),
        ]);
  return {
    table: {
      headerRows: 1,
      widths: widths([16, 120, '*', 70]),
      body: [[header('NO'), header('PEGAWAI'), header('JUSTIFIKASI'), header('TANGGAL')], ...rows],
    },
    layout: gridLayout,
  };
}

function signature(input: PenetapanDocumentInput): Content {
  const c = input.calibration;
  const name = input.signer?.name ?? c.unit.headName;
  const block = signatureColumn(
    `${input.signer?.acting ? `${input.signer.acting === 'plt' ? 'Plt.' : 'Plh.'} ` : ''}Kepala ${c.unit.name}`,
    name,
    formatNipAuto(input.signer?.nip),
    formatDateId(input.printedAt),
    { width: 220, room: 48 },
  );
  return signatureRow([{ width: '*', text: '' }, block], 20);
}

/** Builds the pdfmake definition of the Penetapan Predikat Kinerja (exported for tests and previews). */
export function penetapanDocumentDefinition(input: PenetapanDocumentInput): TDocumentDefinitions {
  const c = input.calibration;
  const finals = finalPeople(c);
  const pending = notFinalPeople(c);
  const leaderNote: Content[] = c.leader
    ? [
        {
          text: `Kepala unit (${c.leader.name}) tidak termasuk dalam pola distribusi unit ini.`,
          style: 'small',
          italics: true,
          margin: [0, 3, 0, 0],
        },
      ]
    : [];
  return officialDocument(PAGE, {
    info: {
      title: `Penetapan Predikat Kinerja Pegawai ${c.period.label} — ${c.unit.name}`,
      subject: `Penetapan Predikat Kinerja Pegawai, ${c.unit.name} (${c.unit.code}), ${c.period.label}`,
      keywords: `Penetapan Predikat Kinerja, ${c.unit.code}, ${c.period.label}`,
      createdAt: input.printedAt,
    },
    label: `Penetapan Predikat Kinerja · ${c.unit.name} (${c.unit.code}) · ${c.period.label}`,
    content: [
      ...titleBlock(c, pending.length),
      sectionHeading('CAPAIAN KINERJA ORGANISASI'),
      organisationTable(c),
      sectionHeading(`PREDIKAT KINERJA PEGAWAI (${finals.length} pegawai dengan evaluasi final)`),
      employeesTable(finals),
      ...leaderNote,
      ...notFinalTable(pending),
      sectionHeading('JUMLAH DAN PERSENTASE PER PREDIKAT'),
      countsTable(c),
      ...patternSection(c),
      sectionHeading('JUSTIFIKASI'),
      justificationsTable(c),
      signature(input),
    ],
  });
}

/** Renders the Penetapan Predikat Kinerja of a unit and period as a PDF. Deterministic for a given input. */
export async function renderPenetapanDocument(input: PenetapanDocumentInput): Promise<Buffer> {
  return renderOffThread('penetapan', input);
}
