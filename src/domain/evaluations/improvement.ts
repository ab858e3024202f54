import { z } from 'zod';
import { addDays, daysInMonth, formatDate, parseDate } from '../cycles/dates.js';
import { DEFAULT_TIME_ZONE, dateIn } from '../dates.js';
import type { Predicate } from './matrix.js';

/**
 * Masa perbaikan kinerja and escalation (domain §7; PP 30/2019 art. 56–58). A final ANNUAL Kurang or Sangat Kurang
 * opens an improvement period from the day after finalisation (Asia/Jakarta) for a configurable number of months
 * (default six); a further final Kurang or Sangat Kurang of the same employee, periodic or annual, finalised while a
 * period is open escalates it to the agency head; a period whose last day passed without escalation has `passed`;
 * an objection (or a re-finalisation) that makes the opening evaluation no longer poor closes it. The system
 * records; people decide.
 *
 * Pure: every rule takes the instants and dates it needs (the injected clock of the caller).
 */

/** The predicates that open an improvement period (annual) or escalate one (any final evaluation). */
export const IMPROVEMENT_PREDICATES: readonly Predicate[] = ['kurang', 'sangat_kurang'];

export const isPoorForImprovement = (p: Predicate | null | undefined): boolean =>
  p !== null && p !== undefined && IMPROVEMENT_PREDICATES.includes(p);

export const IMPROVEMENT_STATUSES = ['open', 'passed', 'escalated', 'closed'] as const;
export type ImprovementStatus = (typeof IMPROVEMENT_STATUSES)[number];

/** Settings key `improvement`: whether the rule applies, and how many months a period lasts. */
export const improvementSettingsSchema = z.object({
  enabled: z.boolean(),
  months: z.int().min(1).max(24),
});
export type ImprovementSettings = z.infer<typeof improvementSettingsSchema>;

export const DEFAULT_IMPROVEMENT_SETTINGS: ImprovementSettings = { enabled: true, months: 6 };

/**
 * The last day of a period of `months` months starting on `start`: the day before the same day of the month
 * `months` later (1 March + 6 → 31 August); when that month is shorter (31 August + 6 → February), its last day.
 */
export function periodEnd(start: string, months: number): string {
  const { year, month, day } = parseDate(start);
  const index = month - 1 + months;
  const y = year + Math.floor(index / 12);
  const m = (index % 12) + 1;
  if (day > daysInMonth(y, m)) return formatDate(y, m, daysInMonth(y, m));
  return addDays(formatDate(y, m, day), -1);
}

/** The dates of the period a poor annual result finalised at `finalizedAt` opens (the day after, Asia/Jakarta). */
export function improvementPeriodDates(
  finalizedAt: Date,
  months: number,
  timeZone = DEFAULT_TIME_ZONE,
): { startDate: string; endDate: string } {
  const startDate = addDays(dateIn(finalizedAt, timeZone), 1);
  return { startDate, endDate: periodEnd(startDate, months) };
}

/** A period as stored: `status` is what was recorded (`passed` may be computed on read, see `statusOn`). */
export interface StoredImprovementPeriod {
  id: string;
  evaluationId: string;
  startDate: string;
  endDate: string;
  status: ImprovementStatus;
}

/**
 * The status shown on `today` (a date): an open period whose last day is before today has passed. Computed on read
 * (the same everywhere), so no job has to run for it to be right.
 */
export function statusOn(
  p: Pick<StoredImprovementPeriod, 'status' | 'endDate'>,
  today: string,
): ImprovementStatus {
  return p.status === 'open' && p.endDate < today ? 'passed' : p.status;
}

/** Whether a date falls within a period, both ends included. */
export const isWithin = (p: Pick<StoredImprovementPeriod, 'startDate' | 'endDate'>, date: string) =>
  p.startDate <= date && date <= p.endDate;

/** What the finalisation (or a changed predicate) of an evaluation needs to know about it. */
export interface ImprovementEvaluation {
  id: string;
  kind: 'periodic' | 'annual';
  status: 'draft' | 'final';
  predicate: Predicate | null;
  /** when it was finalised (null for a draft) */
  finalizedAt: Date | null;
}

export type ImprovementAction =
  | { kind: 'open'; startDate: string; endDate: string }
  /** the opening evaluation is poor again after a period had been closed (an HR reopening, then a re-finalisation) */
  | { kind: 'reopen'; periodId: string; startDate: string; endDate: string }
  | { kind: 'close'; periodId: string }
  | { kind: 'escalate'; periodId: string };

/**
 * What follows from an evaluation's final predicate, given the employee's improvement periods (all of them, as
 * stored). In order: the period this evaluation opened (closed when no longer poor; left as it is when still poor,
 * so a re-finalisation never opens a second one); a new period for a poor annual result; an escalation of each
 * open (or already escalated) period of another evaluation within whose dates this one was finalised.
 */
export function improvementActions(
  evaluation: ImprovementEvaluation,
  periods: readonly StoredImprovementPeriod[],
  settings: ImprovementSettings,
  timeZone = DEFAULT_TIME_ZONE,
): ImprovementAction[] {
  const actions: ImprovementAction[] = [];
  const final = evaluation.status === 'final' && evaluation.finalizedAt !== null;
  const poor = final && isPoorForImprovement(evaluation.predicate);
  const own = periods.find((p) => p.evaluationId === evaluation.id);
  if (own) {
    // the opening evaluation changed: an objection (or a re-finalisation) that is no longer poor closes its period
    if (!poor && own.status !== 'closed') actions.push({ kind: 'close', periodId: own.id });
    if (poor && own.status === 'closed' && settings.enabled && evaluation.kind === 'annual')
      actions.push({
        kind: 'reopen',
        periodId: own.id,
        ...improvementPeriodDates(evaluation.finalizedAt!, settings.months, timeZone),
      });
  }
  if (!poor || !settings.enabled) return actions;
  const finalizedOn = dateIn(evaluation.finalizedAt!, timeZone);
  for (const p of periods) {
    if (p.evaluationId === evaluation.id) continue;
    if (p.status !== 'open' && p.status !== 'escalated') continue;
    if (isWithin(p, finalizedOn)) actions.push({ kind: 'escalate', periodId: p.id });
  }
  if (!own && evaluation.kind === 'annual')
    actions.push({
      kind: 'open',
      ...improvementPeriodDates(evaluation.finalizedAt!, settings.months, timeZone),
    });
  return actions;
}

// ── the agency head's decision on an escalation ──

/**
 * The decisions the agency head (Pejabat Pembina Kepegawaian) may record, in the words of PP 30/2019 art. 56–58
 * (an employee who does not improve within the period may be moved, demoted or released from the position) and
 * PP 94/2021 (not meeting the performance target is a disciplinary matter examined under that regulation). The
 * system records the decision; the decree itself is made outside it.
 */
export const ESCALATION_DECISIONS = [
  'no_action',
  'extend_improvement',
  'further_development',
  'reassign',
  'demotion',
  'release_from_position',
  'refer_to_discipline',
  'dismissal_proposal',
] as const;
export type EscalationDecision = (typeof ESCALATION_DECISIONS)[number];

export const ESCALATION_DECISION_LABELS: Record<EscalationDecision, string> = {
  no_action: 'Tidak ada tindakan lanjutan',
  extend_improvement: 'Perpanjangan masa perbaikan kinerja',
  further_development: 'Pengembangan kompetensi lanjutan (pelatihan, coaching, mentoring)',
  reassign: 'Pemindahan ke jabatan lain yang sesuai kompetensinya',
  demotion: 'Penurunan jabatan setingkat lebih rendah',
  release_from_position: 'Pemberhentian dari jabatan',
  refer_to_discipline: 'Pemeriksaan disiplin (PP 94/2021)',
  dismissal_proposal: 'Usul pemberhentian sebagai ASN',
};

export const ESCALATION_STATUSES = ['open', 'decided'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];
