import type { DistributionViolation } from '../../../domain/evaluations/distribution.js';
import {
  PREDICATE_LABELS,
  RATING_LABELS,
  type Predicate,
  type Rating,
} from '../../../domain/evaluations/matrix.js';
import type { Aggregation } from '../../../domain/progress/period-targets.js';
import type { OrgPredicate } from '../../../domain/evaluations/suggestion.js';
import type { EvaluationView, ObjectionView, RatingsSnapshot } from '../../../domain/evaluations/view.js';
import { DASH, formatDayId, formatNumberId } from './format.js';
import { ORG_PREDICATE_LABELS } from '../../../domain/evaluations/suggestion.js';

/** The texts of the assessment documents (Dokumen Evaluasi Kinerja Pegawai, Penetapan Predikat Kinerja). */

/** Capaian Kinerja Organisasi (domain §6). */
export { ORG_PREDICATE_LABELS };

export const FEEDBACK_KIND_LABEL: Record<'strength' | 'improvement', string> = {
  strength: 'Kekuatan',
  improvement: 'Perlu ditingkatkan',
};

export const ANNUAL_MODE_LABEL: Record<'latest' | 'most_frequent', string> = {
  latest: 'predikat periodik terakhir',
  most_frequent: 'predikat periodik terbanyak',
};

export const OBJECTION_STATUS_LABEL: Record<ObjectionView['status'], string> = {
  filed: 'Diajukan — menunggu keputusan atasan Pejabat Penilai Kinerja',
  explanations_requested: 'Permintaan penjelasan kepada kedua pihak — menunggu keputusan',
  decided: 'Diputuskan',
};

export const OBJECTION_OUTCOME_LABEL: Record<'upheld' | 'changed', string> = {
  upheld: 'Hasil evaluasi dipertahankan',
  changed: 'Hasil evaluasi diubah',
};

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

/** `Hasil Kerja Baik · Perilaku Kerja Baik · Predikat Baik` */
export function ratingsSnapshotText(s: RatingsSnapshot | null): string {
  if (!s) return DASH;
  return `Hasil Kerja ${ratingLabel(s.resultRating)} · Perilaku Kerja ${ratingLabel(s.behaviourRating)} · Predikat ${predicateLabel(s.predicate)}`;
}

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

/** The latest realisation of an indicator in the period. */
export interface Realisation {
  indicatorId: string;
  value: number | null;
  text: string | null;
  achievement: number | null;
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

/** How an indicator's periods build the year (domain §4), as the document names it. */
export const AGGREGATION_LABEL: Record<Aggregation, string> = {
  sum: 'jumlah',
  average: 'rata-rata',
  latest: 'nilai terakhir',
};

interface Comparison {
  realised: number | null;
  target: number | null;
  achievement: number | null;
}

/** An indicator's period target and its to-date and year achievements (the progress grid through the period). */
export interface IndicatorFigures {
  indicatorId: string;
  aggregation: Aggregation;
  /** the target of the evaluation's period (split or set by hand); null for the annual period */
  periodTarget: number | null;
  toDate: Comparison & { periodCount: number };
  year: Comparison;
}

/** `210 dari target 200 pasien, capaian 105%`; nothing realised yet → `belum ada realisasi`. */
function comparisonText(c: Comparison, unit: string | null): string {
  if (c.realised === null) return 'belum ada realisasi';
  const u = unit?.trim() ? ` ${unit.trim()}` : '';
  const against =
    c.target === null
      ? `${formatNumberId(c.realised)}${u}`
      : `${formatNumberId(c.realised)} dari target ${formatNumberId(c.target)}${u}`;
  return c.achievement === null ? against : `${against}, capaian ${formatNumberId(c.achievement)}%`;
}

/** The target of the evaluation's period, under the annual target: `Periode ini: 100 pasien`. */
export function formatPeriodTarget(f: IndicatorFigures | undefined, unit: string | null): string | null {
  if (!f || f.periodTarget === null) return null;
  return `Periode ini: ${formatNumberId(f.periodTarget)}${unit?.trim() ? ` ${unit.trim()}` : ''}`;
}

/**
 * The aggregation and the aggregated achievements under the period's realisation: to date (a periodic evaluation)
 * and for the year, each with the realisation it compares and its target.
 */
export function formatAggregated(
  f: IndicatorFigures | undefined,
  unit: string | null,
  periodic: boolean,
): string[] {
  if (!f) return [];
  const lines = [`Agregasi: ${AGGREGATION_LABEL[f.aggregation]}`];
  if (periodic)
    lines.push(`S.d. periode ini (${f.toDate.periodCount} periode): ${comparisonText(f.toDate, unit)}`);
  lines.push(`Tahunan: ${comparisonText(f.year, unit)}`);
  return lines;
}
