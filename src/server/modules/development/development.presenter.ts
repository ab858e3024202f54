import { normaliseFocusArea } from '../../../domain/development/focus-areas.js';
import type { Recommendation } from '../../../domain/development/recommendations.js';
import { isAgreed, progressOf } from '../../../domain/development/status.js';
import type {
  DevelopmentItemView,
  DevelopmentPlanDetail,
  DevelopmentPlanListItem,
  RecommendationView,
} from '../../../domain/development/view.js';
import type { FocusArea } from '../../../domain/evaluations/view.js';
import type { ItemRow, ItemWithProvider, PlanRow } from './development.repository.js';
import type { PlanRelation } from './development.policy.js';

/** The API prefix app.ts registers the modules under (for download links). */
const API_BASE = '/api/v1';

export const certificatePath = (itemId: string) => `${API_BASE}/development-plan-items/${itemId}/certificate`;

export function presentItem({ item, provider }: ItemWithProvider, today: string): DevelopmentItemView {
  return {
    id: item.id,
    planId: item.planId,
    trainingId: item.trainingId,
    title: item.title,
    provider: provider ?? null,
    mode: item.mode,
    hours: item.hours,
    dueDate: item.dueDate,
    successCriteria: item.successCriteria,
    status: item.status,
    completedAt: item.completedAt?.toISOString() ?? null,
    completionNote: item.completionNote,
    evidence:
      item.certificateStorageKey && item.certificateFilename
        ? {
            filename: item.certificateFilename,
            contentType: item.certificateContentType ?? 'application/octet-stream',
            sizeBytes: item.certificateSizeBytes,
            sha256: item.certificateSha256,
            downloadUrl: certificatePath(item.id),
          }
        : null,
    overdue: item.status === 'planned' && item.dueDate < today,
    createdAt: item.createdAt.toISOString(),
    version: item.version,
  };
}

/** A plan as the employee's list shows it: agreement, progress and a line per item. */
export function presentPlanListItem(
  plan: PlanRow,
  periodLabel: string | null,
  items: readonly ItemWithProvider[],
  today: string,
): DevelopmentPlanListItem {
  const own = items.filter((i) => i.item.planId === plan.id);
  return {
    id: plan.id,
    employeeId: plan.employeeId,
    evaluationId: plan.evaluationId,
    periodId: plan.periodId,
    periodLabel,
    source: plan.source,
    predicate: plan.predicate,
    status: plan.status,
    focusAreas: (plan.focusAreas as Array<Partial<FocusArea> & Pick<FocusArea, 'kind' | 'text'>>).map(
      normaliseFocusArea,
    ),
    note: plan.note,
    createdAt: plan.createdAt.toISOString(),
    version: plan.version,
    assessorId: plan.assessorId,
    agreedByEmployeeAt: plan.agreedByEmployeeAt?.toISOString() ?? null,
    agreedByAssessorAt: plan.agreedByAssessorAt?.toISOString() ?? null,
    progress: progressOf(
      own.map((i) => i.item),
      today,
    ),
    items: own.map(({ item }) => ({
      id: item.id,
      title: item.title,
      dueDate: item.dueDate,
      status: item.status,
      completedAt: item.completedAt?.toISOString() ?? null,
      overdue: item.status === 'planned' && item.dueDate < today,
    })),
  };
}

export const presentRecommendation = (r: Recommendation): RecommendationView => ({
  trainingId: r.trainingId,
  title: r.title,
  provider: r.provider,
  mode: r.mode,
  hours: r.hours,
  score: r.score,
  reasons: r.reasons,
  reasonCodes: r.reasonCodes,
});

export function presentPlanDetail(input: {
  plan: PlanRow;
  items: readonly ItemWithProvider[];
  context: {
    employeeName: string;
    assessorName: string | null;
    period: {
      id: string;
      label: string;
      kind: 'periodic' | 'annual';
      startDate: string;
      endDate: string;
    } | null;
  };
  recommendations: readonly Recommendation[];
  rel: PlanRelation;
  today: string;
}): DevelopmentPlanDetail {
  const { plan, items, context, rel, today } = input;
  const open = plan.status === 'open';
  const party = rel.employee || rel.assessor;
  const hasItems = items.some((i) => i.item.status !== 'cancelled');
  const base = presentPlanListItem(plan, context.period?.label ?? null, items, today);
  return {
    ...base,
    employeeName: context.employeeName,
    assessorName: context.assessorName,
    agreedByAssessorName: plan.agreedByAssessorName,
    period: context.period
      ? {
          id: context.period.id,
          label: context.period.label,
          kind: context.period.kind,
          startDate: context.period.startDate,
          endDate: context.period.endDate,
        }
      : null,
    recommendations: open && party ? input.recommendations.map(presentRecommendation) : [],
    items: items.map((i) => presentItem(i, today)),
    can: {
      addItem: open && party,
      agreeAsEmployee: open && rel.employee && hasItems && plan.agreedByEmployeeAt === null,
      agreeAsAssessor: open && rel.assessor && hasItems && plan.agreedByAssessorAt === null,
      complete: open && rel.employee,
      cancelItems: open && party,
    },
    updatedAt: plan.updatedAt.toISOString(),
  };
}

/** What the audit log keeps of a plan and of an item. */
export const planSnapshot = (p: PlanRow) => ({
  status: p.status,
  predicate: p.predicate,
  assessorId: p.assessorId,
  focusAreas: p.focusAreas,
  note: p.note,
  agreedByEmployeeAt: p.agreedByEmployeeAt,
  agreedByAssessorAt: p.agreedByAssessorAt,
  agreedByAssessorName: p.agreedByAssessorName,
  agreed: isAgreed({
    hasAssessor: p.assessorId !== null,
    agreedByEmployee: p.agreedByEmployeeAt !== null,
    agreedByAssessor: p.agreedByAssessorAt !== null,
  }),
  version: p.version,
});

export const itemSnapshot = (i: ItemRow) => ({
  planId: i.planId,
  trainingId: i.trainingId,
  title: i.title,
  mode: i.mode,
  hours: i.hours,
  dueDate: i.dueDate,
  successCriteria: i.successCriteria,
  status: i.status,
  completedAt: i.completedAt,
  completionNote: i.completionNote,
  certificateFilename: i.certificateFilename,
  certificateContentType: i.certificateContentType,
  certificateSizeBytes: i.certificateSizeBytes,
  certificateSha256: i.certificateSha256,
  version: i.version,
});
