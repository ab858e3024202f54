import { describe, expect, it } from 'vitest';
import { SECTORS, TEMPLATE_STATUSES } from '../../domain/library/schemas';
import { PERIOD_STATUSES } from '../../domain/cycles/status';
import { PERSPECTIVES } from '../../domain/work-plans/rules';
import { APPROACHES, ASPECTS, CATEGORIES, DIRECTIONS, RESULT_KINDS } from '../../domain/work-plans/schemas';
import { PLAN_STATUSES } from '../../domain/work-plans/status';
import { COMPLETION_STATUSES } from '../../domain/monitoring/view';
import { NOTIFICATION_KINDS } from '../../domain/notifications/kinds';
import { FEEDBACK_KINDS } from '../../domain/feedback/schemas';
import { PREDICATES, RATINGS } from '../../domain/evaluations/matrix';
import { ANNUAL_MODES } from '../../domain/evaluations/schemas';
import { ORG_PREDICATES } from '../../domain/evaluations/suggestion';
import { FUNCTIONAL_LEVELS } from '../../domain/people/ranks';
import { LEARNING_HOURS_STANDINGS } from '../../domain/development/learning-hours';
import en from './en.json';
import id from './id.json';

type Tree = { [key: string]: string | Tree };
const get = (tree: Tree, key: string) =>
  key
    .split('.')
    .reduce<string | Tree | undefined>((node, k) => (typeof node === 'object' ? node[k] : undefined), tree);

// Labels looked up with a value from the domain (`t(`terms.aspect.${aspect}`)`): every value needs a text.
const families: Array<[string, readonly string[]]> = [
  ['status', [...PLAN_STATUSES, ...PERIOD_STATUSES, ...TEMPLATE_STATUSES]],
  ['terms.approach', APPROACHES],
  ['terms.kind', RESULT_KINDS],
  ['terms.aspect', ASPECTS],
  ['terms.direction', DIRECTIONS],
  ['terms.category', CATEGORIES],
  ['terms.perspective', PERSPECTIVES],
  ['library.sector', SECTORS],
  ['library.tabs', TEMPLATE_STATUSES],
  ['plan.sections', RESULT_KINDS],
  ['plan.warnings', ['no_numeric_target', 'no_unit']],
  ['plan.problems', ['no_main_result', 'result_without_indicator', 'main_result_not_linked']],
  ['plan.dialogue.kind', ['comment', 'submit', 'return', 'approve', 'amend']],
  ['plan.changes.kind', ['added', 'removed', 'changed']],
  [
    'plan.changes.fields',
    ['kind', 'text', 'parentResultId', 'aspect', 'target', 'targetMax', 'targetText', 'unit', 'direction'],
  ],
  ['plan.annex', ['resources', 'accountability', 'consequences']],
  ['notifications.kinds', NOTIFICATION_KINDS],
  ['feedback.kind', FEEDBACK_KINDS],
  ['monitoring.drillStatus', COMPLETION_STATUSES],
  ['calibration.predicates', PREDICATES],
  ['calibration.orgPredicates', ORG_PREDICATES],
  ['calibration.ratings', RATINGS],
  ['calibration.ratingsShort', RATINGS],
  ['calibration.personStatus', ['final', 'draft', 'not_started']],
  ['objections.status', ['filed', 'explanations_requested', 'decided']],
  ['objections.outcome', ['upheld', 'changed']],
  ['assessmentSettings.annual.modes', ANNUAL_MODES],
  ['assessmentSettings.rule.kinds', ['max', 'min', 'none']],
  ['learningHours.standing', LEARNING_HOURS_STANDINGS],
  ['creditPoints.levels', FUNCTIONAL_LEVELS],
];

describe('labels of domain values', () => {
  it('when a domain value is shown, then both languages have its label', () => {
    const missing: string[] = [];
    for (const [prefix, values] of families) {
      for (const v of values) {
        for (const [lang, tree] of [
          ['id', id],
          ['en', en],
        ] as const) {
          if (typeof get(tree as Tree, `${prefix}.${v}`) !== 'string') missing.push(`${lang}:${prefix}.${v}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
