import type { NotificationKind } from '../../../domain/notifications/kinds.js';

const KIND_LABELS = { award: 'penghargaan', talent_pool: 'talent pool (kelompok rencana suksesi)' } as const;

const excerpt = (text: string, max = 300) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

interface Message {
  kind: NotificationKind;
  title: string;
  body: string;
  link: string;
  entityType: string;
  entityId: string;
}

/** Notification texts of recognition (Indonesian, as every notification). */
export const recognitionTexts = {
  /** to HR and the agency heads */
  created: (p: {
    nominationId: string;
    employeeName: string;
    nominatedByName: string;
    kind: keyof typeof KIND_LABELS;
  }): Message => ({
    kind: 'nomination.created',
    title: 'Usulan penghargaan baru',
    body: `${p.nominatedByName} mengusulkan ${p.employeeName} (predikat Sangat Baik) untuk ${KIND_LABELS[p.kind]}.`,
    link: '/nominations',
    entityType: 'nomination',
    entityId: p.nominationId,
  }),
  /** to the employee */
  decided: (p: {
    nominationId: string;
    evaluationId: string;
    kind: keyof typeof KIND_LABELS;
    status: 'accepted' | 'declined';
    note: string;
  }): Message => ({
    kind: 'nomination.decided',
    title: p.status === 'accepted' ? 'Usulan penghargaan diterima' : 'Usulan penghargaan tidak diterima',
    body: `Usulan ${KIND_LABELS[p.kind]} atas kinerja Sangat Baik Anda ${
      p.status === 'accepted' ? 'diterima' : 'tidak diterima'
    }. Catatan: "${excerpt(p.note)}"`,
    link: `/evaluations/${p.evaluationId}`,
    entityType: 'nomination',
    entityId: p.nominationId,
  }),
};
