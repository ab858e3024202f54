import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { Perspective } from '../../../domain/work-plans/rules.js';
import type { PlanStatus } from '../../../domain/work-plans/status.js';
import type {
  IndicatorView,
  PersonSnapshot,
  ResultView,
  WorkPlanView,
} from '../../../domain/work-plans/view.js';
import { formatNip } from '../../../domain/people/nip.js';
import { MONTH_NAMES_ID } from '../../../domain/dates.js';
import { DASH, formatDateId, formatDayId, formatTarget, orDash, personNip } from './format.js';
import {
  behaviourRows,
  centered,
  gridLayout,
  header,
  IDENTITY_ROWS,
  instanceLine,
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
  type Cell,
} from './pdf-kit.js';
import { renderOffThread } from './pdf-pool.js';

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

const PAGE = pageLayout('landscape', 32, 30);
const widths = PAGE.widths;

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

export function approachLine(approach: WorkPlanView['approach']): string {
  return `PENDEKATAN HASIL KERJA ${approach === 'quantitative' ? 'KUANTITATIF' : 'KUALITATIF'}`;
}

export function positionGroupLine(group: WorkPlanView['positionGroup']): string {
  return group === 'jpt'
    ? 'BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI'
    : 'BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL';
}

/**
 * The days the plan covers: the whole year, or after a transfer (mutasi) the plan's own span (`endDate` null: to the
 * end of the year).
 */
export function periodLine(year: number, span?: { startDate: string; endDate: string | null }): string {
  const day = (d: string, withYear: boolean) => {
    const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
    return `${dd} ${MONTH_NAMES_ID[m - 1]!.toUpperCase()}${withYear ? ` ${y}` : ''}`;
  };
  const from = span?.startDate ?? `${year}-01-01`;
  const to = span?.endDate ?? `${year}-12-31`;
  return `PERIODE PENILAIAN: ${day(from, from.slice(0, 4) !== to.slice(0, 4))} SD ${day(to, true)}`;
}

function identityTable(plan: WorkPlanView): Content {
  const e = plan.employee;
  const a = plan.assessor;
  const body: TableCell[][] = [
    [
      header('NO'),
      header('PEGAWAI YANG DINILAI', { colSpan: 2 }),
      {},
      header('NO'),
      header('PEJABAT PENILAI KINERJA', { colSpan: 2 }),
      {},
    ],
    ...IDENTITY_ROWS.map(([label, value], n): TableCell[] => [
      numberCell(n),
      { text: label },
      { text: value(e) },
      numberCell(n),
      { text: label },
      { text: value(a) },
    ]),
  ];
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: widths([14, 92, '*', 14, 92, '*']), body },
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
    stack.push({ text: '(makin rendah makin baik)', italics: true, fontSize: 7, color: MUTED_COLOR });
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
  const body: TableCell[][] = [headerRow];
  for (const [label, kind] of RESULT_SECTIONS) {
    body.push(spanRow({ text: label, bold: true, fillColor: SECTION_FILL }, columns));
    const results = sortedResults(plan, kind);
    if (results.length === 0) body.push(spanRow(centered(DASH), columns));
    results.forEach((r, n) => {
      const indicators = [...r.indicators].sort((x, y) => x.position - y.position);
      const rows = resultRows(
        [numberCell(n), leaderCell(r), { text: orDash(r.text) }],
        indicators.map((i): TableCell[] => [
          { text: ASPECT_LABEL[i.aspect] },
          { text: orDash(i.text) },
          targetCell(i),
          ...(perspective ? [{ text: i.perspective ? PERSPECTIVE_LABEL[i.perspective] : DASH }] : []),
        ]),
        [centered(DASH), centered(DASH), centered(DASH), ...(perspective ? [centered(DASH)] : [])],
      );
      body.push(...rows);
    });
  }
  const spec: Array<number | '*'> = perspective
    ? [14, '*', '*', 46, '*', 82, 64]
    : [14, '*', '*', 50, '*', 92];
  return { table: { headerRows: 1, widths: widths(spec), body }, layout: gridLayout };
}

function behaviourTable(plan: WorkPlanView): Content {
  const expectations = new Map(plan.behaviours.map((b) => [b.value, b.expectation]));
  const body: TableCell[][] = [
    [header('NO'), header('PERILAKU KERJA'), header('EKSPEKTASI KHUSUS PIMPINAN')],
    ...behaviourRows(false, (value): TableCell[] => [{ text: orDash(expectations.get(value)) }]),
  ];
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: widths([14, '*', '*']), body },
    layout: gridLayout,
  };
}

function signatureBlock(role: string, person: PersonSnapshot | null, date: string) {
  return signatureColumn(role, person?.name, personNip(person), date);
}

function signatures(plan: WorkPlanView, date: string): Content {
  return signatureRow([
    signatureBlock('Pegawai yang Dinilai', plan.employee, date),
    { width: '*', text: '' },
    signatureBlock('Pejabat Penilai Kinerja', plan.assessor, date),
  ]);
}

function annexSection(title: string, items: readonly string[]): Content {
  const clean = items.map((s) => s.trim()).filter((s) => s.length > 0);
  const rows: TableCell[][] =
    clean.length === 0
      ? [spanRow(centered(DASH), 2)]
      : clean.map((item, n): TableCell[] => [centered(`${n + 1}.`), { text: item }]);
  return {
    margin: [0, 8, 0, 0],
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: widths([18, '*']),
      body: [titleRow(title, 2), ...rows],
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
  if (plan.ended && plan.endDate) notes.push(`Berakhir ${formatDayId(plan.endDate)} karena mutasi`);
  if (plan.revision > 1) {
    const reason = plan.amendmentReason?.trim();
    notes.push(`Perubahan ke-${plan.revision - 1} (revisi ${plan.revision})${reason ? `: ${reason}` : ''}`);
  }
  if (notes.length > 0) lines.push({ text: notes.join(' · '), style: 'status' });
  lines.push(instanceLine(periodLine(plan.cycleYear, plan)));
  return lines;
}

/** Builds the pdfmake definition of the Dokumen SKP (exported for tests and previews). */
export function skpDocumentDefinition(plan: WorkPlanView, options: SkpDocumentOptions): TDocumentDefinitions {
  const printed = formatDateId(options.printedAt);
  return officialDocument(PAGE, {
    info: {
      title: `Sasaran Kinerja Pegawai ${plan.cycleYear} — ${plan.employee.name}`,
      subject: `Dokumen SKP periode ${plan.cycleYear}, ${plan.employee.positionTitle}, ${plan.employee.unitName}`,
      keywords: `SKP, Sasaran Kinerja Pegawai, ${plan.cycleYear}, ${formatNip(plan.employee.nip, plan.employee.asnType)}`,
      createdAt: options.printedAt,
    },
    label: `Dokumen SKP ${plan.cycleYear} · ${plan.employee.name} · NIP ${plan.employee.nip} · ID dokumen ${plan.id}`,
    watermark: plan.status === 'approved' ? undefined : WATERMARK[plan.status],
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
  });
}

/** Renders the official Dokumen SKP of a plan as a PDF. Deterministic for a given plan and `printedAt`. */
export async function renderSkpDocument(plan: WorkPlanView, options: SkpDocumentOptions): Promise<Buffer> {
  return renderOffThread('skp', plan, options);
}
