import { z } from 'zod';
import { addDays } from '../cycles/dates.js';
import { optionalText, requiredText } from '../text.js';
import { BEHAVIOUR_VALUES } from '../work-plans/berakhlak.js';
import { INDICATOR_CATEGORIES } from './focus-areas.js';

/** Request schemas of the development plan endpoints (issue 14). */

export const TRAINING_MODES = ['classroom', 'elearning', 'coaching', 'mentoring', 'on_the_job'] as const;
export type TrainingMode = (typeof TRAINING_MODES)[number];
/** What a free item (not from the catalogue) may be. */
export const FREE_ITEM_MODES = ['coaching', 'mentoring', 'on_the_job'] as const;

/** A due date may lie at most this many days ahead (about two years). */
export const MAX_DUE_DAYS = 731;

const isoDate = z.iso.date();

/**
 * `POST /development-plans/:id/items`: a catalogue programme (`trainingId`: title, hours and mode come from the
 * catalogue) or a free item (`title`, optionally `mode` coaching/mentoring/on-the-job and `hours`).
 */
export const addItemSchema = z
  .object({
    trainingId: z.uuid().nullish(),
    title: optionalText(200),
    dueDate: isoDate,
    successCriteria: requiredText(2000),
    hours: z.number().min(0).max(1000).multipleOf(0.1).nullish(),
    mode: z.enum(FREE_ITEM_MODES).nullish(),
  })
  .superRefine((v, ctx) => {
    if (v.trainingId) {
      if (v.mode) ctx.addIssue({ code: 'custom', path: ['mode'], message: 'development.catalogueMode' });
      return;
    }
    if (!v.title) ctx.addIssue({ code: 'custom', path: ['title'], message: 'development.titleRequired' });
  });
export type AddItemInput = z.infer<typeof addItemSchema>;

/** The message key of a due date outside [today, today + ~2 years], or null when it fits. */
export function dueDateProblem(
  dueDate: string,
  today: string,
): 'development.duePast' | 'development.dueTooFar' | null {
  if (dueDate < today) return 'development.duePast';
  if (dueDate > addDays(today, MAX_DUE_DAYS)) return 'development.dueTooFar';
  return null;
}

export const cancelItemSchema = z.object({ reason: optionalText(1000), version: z.int().optional() });
export type CancelItemInput = z.infer<typeof cancelItemSchema>;

export const agreeSchema = z.object({ version: z.int().optional() }).nullish();

/** `POST /employees/:id/development-plans`: a voluntary plan (the employee, for themself). */
export const voluntaryPlanSchema = z.object({
  note: requiredText(2000),
  focusAreas: z
    .array(
      z.object({
        text: requiredText(300),
        value: z.enum(BEHAVIOUR_VALUES).nullish(),
        categories: z.array(z.enum(INDICATOR_CATEGORIES)).max(3).optional(),
      }),
    )
    .max(10)
    .optional(),
});
export type VoluntaryPlanInput = z.infer<typeof voluntaryPlanSchema>;
