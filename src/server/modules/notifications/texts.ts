import { MONTH_NAMES_ID } from '../../../domain/dates.js';
import type { NotificationKind } from '../../../domain/notifications/kinds.js';
import { daysLeftId } from '../../../domain/reminders/schedule.js';

/**
 * Notification texts. The recipient's language is not stored, so they are in Indonesian (the system's default);
 * titles stay short for the bell and the e-mail subject.
 */
export interface Message {
  kind: NotificationKind;
  title: string;
  body: string;
  link: string;
  entityType: string;
  entityId: string;
}

/** `2026-03-31` → `31 Maret 2026`. */
export function dateId(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTH_NAMES_ID[m - 1]} ${y}`;
}

const excerpt = (text: string, max = 140) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

const withComment = (body: string, comment: string | null | undefined) =>
  comment && comment.trim() ? `${body} Catatan: "${excerpt(comment, 300)}"` : body;

const plan = (planId: string) => ({ entityType: 'work_plan', entityId: planId, link: `/plans/${planId}` });

export const texts = {
  planSubmitted: (p: { planId: string; employeeName: string }): Message => ({
    kind: 'plan.submitted',
    title: 'SKP menunggu persetujuan',
    body: `${p.employeeName} mengajukan SKP untuk Anda periksa dan setujui.`,
    ...plan(p.planId),
  }),
  planReturned: (p: { planId: string; assessorName: string; comment: string }): Message => ({
    kind: 'plan.returned',
    title: 'SKP dikembalikan',
    body: withComment(`${p.assessorName} mengembalikan SKP Anda untuk diperbaiki.`, p.comment),
    ...plan(p.planId),
  }),
  /** to the employee: a transfer ended their plan and opened a new draft */
  transferred: (p: { planId: string; unitName: string; effectiveDate: string }): Message => ({
    kind: 'employee.transferred',
    title: 'Mutasi: SKP baru',
    body: `Anda dimutasi ke ${p.unitName} mulai ${dateId(p.effectiveDate)}. SKP lama berakhir sehari sebelumnya; susun SKP baru Anda untuk unit ini.`,
    ...plan(p.planId),
  }),
  /** to the new supervisor: a transferred employee's new plan will come to them */
  transferredIn: (p: {
    planId: string;
    employeeName: string;
    unitName: string;
    effectiveDate: string;
  }): Message => ({
    kind: 'employee.transferred',
    title: 'Pegawai mutasi masuk',
    body: `${p.employeeName} dimutasi ke ${p.unitName} mulai ${dateId(p.effectiveDate)} dengan Anda sebagai pejabat penilai.`,
    ...plan(p.planId),
  }),
  planApproved: (p: { planId: string; assessorName: string; comment: string | null }): Message => ({
    kind: 'plan.approved',
    title: 'SKP disetujui',
    body: withComment(`${p.assessorName} menyetujui SKP Anda.`, p.comment),
    ...plan(p.planId),
  }),
  feedbackReceived: (p: {
    planId: string;
    feedbackId: string;
    authorName: string;
    kind: 'strength' | 'improvement';
    text: string;
  }): Message => ({
    kind: 'feedback.received',
    title: 'Umpan balik baru',
    body: `${p.authorName} memberi umpan balik (${p.kind === 'strength' ? 'kekuatan' : 'perlu ditingkatkan'}): "${excerpt(p.text)}"`,
    entityType: 'feedback',
    entityId: p.feedbackId,
    link: `/plans/${p.planId}?tab=feedback`,
  }),
  feedbackReply: (p: { planId: string; feedbackId: string; authorName: string; text: string }): Message => ({
    kind: 'feedback.reply',
    title: 'Balasan umpan balik',
    body: `${p.authorName} membalas umpan balik: "${excerpt(p.text)}"`,
    entityType: 'feedback',
    entityId: p.feedbackId,
    link: `/plans/${p.planId}?tab=feedback`,
  }),
  actionAssigned: (p: {
    planId: string;
    dialogueId: string;
    authorName: string;
    actions: Array<{ description: string; dueDate: string }>;
  }): Message => ({
    kind: 'dialogue.action_assigned',
    title: 'Tindak lanjut dialog kinerja',
    body:
      `${p.authorName} mencatat dialog kinerja dengan tindak lanjut untuk Anda: ` +
      p.actions.map((a) => `"${excerpt(a.description, 100)}" (tenggat ${dateId(a.dueDate)})`).join('; ') +
      '.',
    entityType: 'dialogue',
    entityId: p.dialogueId,
    link: `/plans/${p.planId}?tab=dialogues`,
  }),
  actionDue: (p: { planId: string; actionId: string; description: string; dueDate: string }): Message => ({
    kind: 'action.due',
    title: 'Tindak lanjut lewat tenggat',
    body: `Tindak lanjut "${excerpt(p.description, 120)}" bertenggat ${dateId(p.dueDate)} dan belum ditandai selesai.`,
    entityType: 'dialogue_action',
    entityId: p.actionId,
    link: `/plans/${p.planId}?tab=dialogues`,
  }),
  reminderPlan: (p: { cycleId: string; year: number; deadline: string; today: string }): Message => ({
    kind: 'reminder.plan',
    title: `Pengingat: SKP ${p.year}`,
    body:
      `SKP ${p.year} Anda belum disetujui. Tenggat penyusunan SKP ${dateId(p.deadline)} ` +
      `(${daysLeftId(p.today, p.deadline)}). Susun dan ajukan lebih awal agar atasan sempat memeriksanya.`,
    entityType: 'cycle',
    entityId: p.cycleId,
    link: '/plans/mine',
  }),
  reminderEvaluation: (p: {
    periodId: string;
    label: string;
    deadline: string;
    today: string;
    pending: number;
  }): Message => ({
    kind: 'reminder.evaluation',
    title: `Pengingat: evaluasi ${p.label}`,
    body:
      `${p.pending} pegawai yang Anda nilai belum memiliki evaluasi final untuk ${p.label}. Tenggat ` +
      `${dateId(p.deadline)} (${daysLeftId(p.today, p.deadline)}).`,
    entityType: 'period',
    entityId: p.periodId,
    link: `/evaluations/team?periodId=${p.periodId}`,
  }),
  reminderObjection: (p: {
    objectionId: string;
    employeeName: string;
    label: string;
    deadline: string;
    today: string;
  }): Message => ({
    kind: 'reminder.objection',
    title: `Pengingat: keputusan keberatan ${p.employeeName}`,
    body:
      `Keberatan ${p.employeeName} atas hasil evaluasi ${p.label} menunggu keputusan Anda. Batas keputusan ` +
      `${dateId(p.deadline)} (${daysLeftId(p.today, p.deadline)}).`,
    entityType: 'objection',
    entityId: p.objectionId,
    link: `/objections/${p.objectionId}`,
  }),
  /** to the other party: the employee or the assessor agreed the development plan */
  developmentAgreed: (p: {
    planId: string;
    byName: string;
    employeeName: string;
    both: boolean;
  }): Message => ({
    kind: 'development.agreed',
    title: 'Rencana pengembangan disetujui',
    body: p.both
      ? `${p.byName} menyetujui rencana pengembangan ${p.employeeName}; kedua pihak telah menyetujuinya.`
      : `${p.byName} menyetujui rencana pengembangan ${p.employeeName}. Periksa dan setujui juga bila sudah sesuai.`,
    entityType: 'development_plan',
    entityId: p.planId,
    link: `/development-plans/${p.planId}`,
  }),
  /** to the employee and the assessor: a planned development item falls due within the week */
  developmentItemDue: (p: {
    planId: string;
    title: string;
    employeeName: string;
    dueDate: string;
    today: string;
  }): Message => ({
    kind: 'development.item_due',
    title: 'Pengingat: kegiatan pengembangan',
    body:
      `Kegiatan pengembangan "${excerpt(p.title, 120)}" (${p.employeeName}) bertenggat ${dateId(p.dueDate)} ` +
      `(${daysLeftId(p.today, p.dueDate)}) dan belum diselesaikan.`,
    entityType: 'development_plan',
    entityId: p.planId,
    link: `/development-plans/${p.planId}`,
  }),
  /** to the employee and the assessor: a planned development item passed its due date */
  developmentItemOverdue: (p: {
    planId: string;
    title: string;
    employeeName: string;
    dueDate: string;
  }): Message => ({
    kind: 'development.item_overdue',
    title: 'Kegiatan pengembangan lewat tenggat',
    body:
      `Kegiatan pengembangan "${excerpt(p.title, 120)}" (${p.employeeName}) bertenggat ${dateId(p.dueDate)} ` +
      `dan belum diselesaikan. Selesaikan dengan sertifikatnya, atau sepakati perubahan rencana.`,
    entityType: 'development_plan',
    entityId: p.planId,
    link: `/development-plans/${p.planId}`,
  }),
  reminderProgress: (p: { periodId: string; label: string; deadline: string; today: string }): Message => ({
    kind: 'reminder.progress',
    title: `Pengingat: realisasi ${p.label}`,
    body:
      `Anda belum mencatat realisasi untuk ${p.label}. Tenggat ${dateId(p.deadline)} ` +
      `(${daysLeftId(p.today, p.deadline)}).`,
    entityType: 'period',
    entityId: p.periodId,
    link: '/plans/mine',
  }),
  reminderApproval: (p: {
    cycleId: string;
    year: number;
    count: number;
    deadline: string;
    today: string;
  }): Message => ({
    kind: 'reminder.approval',
    title: `Pengingat: ${p.count} SKP menunggu persetujuan`,
    body:
      `${p.count} SKP ${p.year} bawahan Anda menunggu persetujuan. Tenggat penyusunan SKP ` +
      `${dateId(p.deadline)} (${daysLeftId(p.today, p.deadline)}).`,
    entityType: 'cycle',
    entityId: p.cycleId,
    link: '/plans/inbox',
  }),
  digest: (p: {
    unitId: string;
    unitName: string;
    today: string;
    lines: string[];
    people: Array<{ name: string; what: string }>;
  }): Message => {
    const shown = p.people.slice(0, 15);
    const more = p.people.length - shown.length;
    return {
      kind: 'reminder.digest',
      title: `Tenggat terlewat di ${p.unitName}`,
      body: [
        `Ringkasan per ${dateId(p.today)} untuk ${p.unitName}:`,
        ...p.lines.map((l) => `- ${l}`),
        ...(shown.length ? ['', ...shown.map((x) => `• ${x.name}: ${x.what}`)] : []),
        ...(more > 0 ? [`… dan ${more} lainnya (lihat pemantauan).`] : []),
      ].join('\n'),
      entityType: 'unit',
      entityId: p.unitId,
      link: `/monitoring?unitId=${p.unitId}`,
    };
  },
  evaluationFinalized: (p: {
    evaluationId: string;
    periodLabel: string;
    assessorName: string;
    predicateLabel: string;
    deadline: string;
  }): Message => ({
    kind: 'evaluation.finalized',
    title: `Evaluasi kinerja ${p.periodLabel} sudah final`,
    body:
      `${p.assessorName} menetapkan predikat kinerja Anda: ${p.predicateLabel}. Lihat penjelasannya dan konfirmasi ` +
      `penerimaan. Keberatan dapat diajukan sampai ${dateId(p.deadline)}.`,
    entityType: 'evaluation',
    entityId: p.evaluationId,
    link: `/evaluations/${p.evaluationId}`,
  }),
  evaluationReopened: (p: { evaluationId: string; periodLabel: string; reason: string }): Message => ({
    kind: 'evaluation.reopened',
    title: `Evaluasi ${p.periodLabel} dibuka kembali`,
    body: withComment('Admin kepegawaian membuka kembali evaluasi untuk diperbaiki.', p.reason),
    entityType: 'evaluation',
    entityId: p.evaluationId,
    link: `/evaluations/${p.evaluationId}`,
  }),
  objectionFiled: (p: {
    objectionId: string;
    employeeName: string;
    periodLabel: string;
    reason: string;
  }): Message => ({
    kind: 'objection.filed',
    title: 'Keberatan atas evaluasi kinerja',
    body: withComment(`${p.employeeName} mengajukan keberatan atas evaluasi ${p.periodLabel}.`, p.reason),
    entityType: 'objection',
    entityId: p.objectionId,
    link: `/objections/${p.objectionId}`,
  }),
  objectionExplanationsRequested: (p: {
    objectionId: string;
    deciderName: string;
    note: string | null;
  }): Message => ({
    kind: 'objection.explanations_requested',
    title: 'Penjelasan keberatan diminta',
    body: withComment(
      `${p.deciderName} meminta penjelasan tertulis atas keberatan evaluasi kinerja.`,
      p.note,
    ),
    entityType: 'objection',
    entityId: p.objectionId,
    link: `/objections/${p.objectionId}`,
  }),
  objectionExplained: (p: { objectionId: string; authorName: string }): Message => ({
    kind: 'objection.explained',
    title: 'Penjelasan keberatan masuk',
    body: `${p.authorName} menyampaikan penjelasan atas keberatan.`,
    entityType: 'objection',
    entityId: p.objectionId,
    link: `/objections/${p.objectionId}`,
  }),
  objectionDecided: (p: {
    objectionId: string;
    evaluationId: string;
    outcome: 'upheld' | 'changed';
    predicateLabel: string;
    note: string;
  }): Message => ({
    kind: 'objection.decided',
    title: 'Keberatan sudah diputuskan',
    body: withComment(
      p.outcome === 'changed'
        ? `Keberatan dikabulkan: predikat kinerja menjadi ${p.predicateLabel}.`
        : `Keberatan ditolak: predikat kinerja tetap ${p.predicateLabel}.`,
      p.note,
    ),
    entityType: 'objection',
    entityId: p.objectionId,
    link: `/evaluations/${p.evaluationId}`,
  }),
};
