import { z } from 'zod';
import { BEHAVIOUR_VALUES } from '../../../domain/work-plans/berakhlak.js';
import { PERSPECTIVES } from '../../../domain/work-plans/rules.js';
import { ASPECTS, CATEGORIES, DIRECTIONS } from '../../../domain/work-plans/schemas.js';
import { PLAN_STATUSES } from '../../../domain/work-plans/status.js';
import type { IndicatorView, ResultView, WorkPlanView } from '../../../domain/work-plans/view.js';

/** Response schemas for the OpenAPI description; they mirror the interfaces of src/domain/work-plans/view.ts. */
const person = z.object({
  id: z.string(),
  name: z.string(),
  nip: z.string(),
  asnType: z.enum(['PNS', 'PPPK']),
  rank: z.string(),
  rankLabel: z.string(),
  positionTitle: z.string(),
  positionType: z.string(),
  unitId: z.string(),
  unitName: z.string(),
});

export const indicatorViewSchema = z.object({
  id: z.string(),
  text: z.string(),
  aspect: z.enum(ASPECTS),
  target: z.number().nullable(),
  targetMax: z.number().nullable(),
  targetText: z.string().nullable(),
  unit: z.string().nullable(),
  direction: z.enum(DIRECTIONS),
  category: z.enum(CATEGORIES).nullable(),
  perspective: z.enum(PERSPECTIVES).nullable(),
  templateId: z.string().nullable(),
  position: z.number(),
  warnings: z.array(z.enum(['no_numeric_target', 'no_unit'])),
});

export const resultViewSchema = z.object({
  id: z.string(),
  kind: z.enum(['main', 'additional']),
  text: z.string(),
  parentResultId: z.string().nullable(),
  parentResult: z.object({ id: z.string(), text: z.string(), workPlanId: z.string() }).nullable(),
  linkStatus: z.enum(['linked', 'pending', 'not_required']),
  position: z.number(),
  indicators: z.array(indicatorViewSchema),
});

export const workPlanViewSchema = z.object({
  id: z.string(),
  cycleId: z.string(),
  cycleYear: z.number(),
  employeeId: z.string(),
  assessorId: z.string().nullable(),
  assessorOverrideReason: z.string().nullable(),
  status: z.enum(PLAN_STATUSES),
  approach: z.enum(['quantitative', 'qualitative']),
  version: z.number(),
  revision: z.number(),
  amendsId: z.string().nullable(),
  amendmentReason: z.string().nullable(),
  isCurrent: z.boolean(),
  employee: person,
  assessor: person.nullable(),
  positionGroup: z.enum(['jpt', 'administrasi_fungsional']),
  usesPerspective: z.boolean(),
  results: z.array(resultViewSchema),
  behaviours: z.array(z.object({ value: z.enum(BEHAVIOUR_VALUES), expectation: z.string() })),
  annex: z.object({
    resources: z.array(z.string()),
    accountability: z.array(z.string()),
    consequences: z.array(z.string()),
  }),
  submitProblems: z.array(z.looseObject({ code: z.string() })),
  submittedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    review: z.boolean(),
    amend: z.boolean(),
    editBehaviours: z.boolean(),
    comment: z.boolean(),
  }),
});

// The schemas and the interfaces must not drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameIndicator: Same<z.infer<typeof indicatorViewSchema>, IndicatorView> = true;
const sameResult: Same<z.infer<typeof resultViewSchema>, ResultView> = true;
const samePlan: Same<
  Omit<z.infer<typeof workPlanViewSchema>, 'submitProblems'>,
  Omit<WorkPlanView, 'submitProblems'>
> = true;
void sameIndicator;
void sameResult;
void samePlan;
