import { MONTH_NAMES_ID } from '../../../domain/dates.js';
import {
  ESCALATION_DECISION_LABELS,
  type EscalationDecision,
} from '../../../domain/evaluations/improvement.js';
import type { NotificationKind } from '../../../domain/notifications/kinds.js';

/** Notification texts of improvement periods and escalations (Indonesian, as every notification). */

interface Message {
  kind: NotificationKind;
  title: string;
  body: string;
  link: string;
  entityType: string;
  entityId: string;
}

const dateId = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTH_NAMES_ID[m - 1]} ${y}`;
};

const excerpt = (text: string, max = 300) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export const improvementTexts = {
  /** to the employee */
  opened: (p: { periodId: string; startDate: string; endDate: string; periodLabel: string }): Message => ({
    kind: 'improvement.opened',
    title: 'Masa perbaikan kinerja dimulai',
    body: `Berdasarkan evaluasi ${p.periodLabel}, Anda menjalani masa perbaikan kinerja dari ${dateId(p.startDate)} sampai ${dateId(p.endDate)}. Rencana pengembangan Anda disusun bersama pejabat penilai.`,
    link: '/evaluations/mine',
    entityType: 'improvement_period',
    entityId: p.periodId,
  }),
  /** to the agency heads and HR */
  raised: (p: { escalationId: string; employeeName: string; periodLabel: string }): Message => ({
    kind: 'escalation.raised',
    title: 'Eskalasi kinerja menunggu keputusan',
    body: `${p.employeeName} kembali memperoleh predikat Kurang/Sangat Kurang (${p.periodLabel}) dalam masa perbaikan kinerja. Pimpinan instansi mencatat keputusannya.`,
    link: `/escalations/${p.escalationId}`,
    entityType: 'escalation',
    entityId: p.escalationId,
  }),
  /** to the employee */
  decided: (p: { escalationId: string; decision: EscalationDecision; note: string }): Message => ({
    kind: 'escalation.decided',
    title: 'Keputusan atas eskalasi kinerja',
    body: `Pimpinan instansi memutuskan: ${ESCALATION_DECISION_LABELS[p.decision]}. Catatan: "${excerpt(p.note)}"`,
    link: '/evaluations/mine',
    entityType: 'escalation',
    entityId: p.escalationId,
  }),
};
