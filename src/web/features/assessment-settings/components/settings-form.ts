import type { TFunction, i18n as I18n } from 'i18next';
import { issueMessage } from '../../../lib/form';
import {
  ORG_PREDICATES,
  assessmentSettingsSchema,
  type AssessmentSettings,
  type OrgPredicate,
  type Predicate,
} from '../types';

/** One editable row of the distribution table. */
export interface RuleRow {
  /** a stable React key (rows can be removed from the middle) */
  key: string;
  rule: 'max' | 'min' | 'none';
  predicates: Predicate[];
  /** a share of the unit's evaluated employees, or a fixed number of people */
  unit: 'percent' | 'persons';
  amount: number | string;
}

/** The fields of a row the editor changes. */
export type RuleField = 'rule' | 'predicates' | 'unit' | 'amount';

export interface SettingsValues {
  distributionRules: Record<OrgPredicate, RuleRow[]>;
  annualSuggestion: AssessmentSettings['annualSuggestion'];
  leaderRule: AssessmentSettings['leaderRule'];
  objectionWindowDays: number | string;
  finalizeDaysBefore: number | string;
  explanationWorkingDays: number | string;
  objectionDecisionDays: number | string;
}

/** The day counts of the form, each a NumberInput that may be blank while typing. */
export const DAY_FIELDS = [
  'objectionWindowDays',
  'finalizeDaysBefore',
  'explanationWorkingDays',
  'objectionDecisionDays',
] as const;

/** The upper bounds of assessmentSettingsSchema, for the messages and the inputs. */
export const DAY_LIMITS: Record<(typeof DAY_FIELDS)[number], number> = {
  objectionWindowDays: 90,
  finalizeDaysBefore: 60,
  explanationWorkingDays: 30,
  objectionDecisionDays: 90,
};

let counter = 0;
export const rowKey = () => `r${++counter}`;

type Rule = AssessmentSettings['distributionRules'][OrgPredicate][number];

export function toRow(rule: Rule): RuleRow {
  if (rule.rule === 'none')
    return { key: rowKey(), rule: 'none', predicates: [...rule.predicates], unit: 'percent', amount: '' };
  return 'persons' in rule
    ? {
        key: rowKey(),
        rule: rule.rule,
        predicates: [...rule.predicates],
        unit: 'persons',
        amount: rule.persons,
      }
    : {
        key: rowKey(),
        rule: rule.rule,
        predicates: [...rule.predicates],
        unit: 'percent',
        amount: rule.percent,
      };
}

export function toValues(settings: AssessmentSettings): SettingsValues {
  const rules = {} as Record<OrgPredicate, RuleRow[]>;
  for (const op of ORG_PREDICATES) rules[op] = settings.distributionRules[op].map(toRow);
  return {
    distributionRules: rules,
    annualSuggestion: settings.annualSuggestion,
    leaderRule: settings.leaderRule,
    objectionWindowDays: settings.objectionWindowDays,
    finalizeDaysBefore: settings.finalizeDaysBefore,
    explanationWorkingDays: settings.explanationWorkingDays,
    objectionDecisionDays: settings.objectionDecisionDays,
  };
}

const num = (v: number | string): number => (v === '' ? Number.NaN : Number(v));

export function toRule(row: RuleRow): Rule {
  if (row.rule === 'none') return { rule: 'none', predicates: row.predicates };
  return row.unit === 'persons'
    ? { rule: row.rule, predicates: row.predicates, persons: num(row.amount) }
    : { rule: row.rule, predicates: row.predicates, percent: num(row.amount) };
}

export function toSettings(v: SettingsValues): AssessmentSettings {
  const rules = {} as AssessmentSettings['distributionRules'];
  for (const op of ORG_PREDICATES) rules[op] = v.distributionRules[op].map(toRule);
  return {
    distributionRules: rules,
    annualSuggestion: v.annualSuggestion,
    leaderRule: v.leaderRule,
    objectionWindowDays: num(v.objectionWindowDays),
    finalizeDaysBefore: num(v.finalizeDaysBefore),
    explanationWorkingDays: num(v.explanationWorkingDays),
    objectionDecisionDays: num(v.objectionDecisionDays),
  };
}

/**
 * Validates with the API's own schema (assessmentSettingsSchema) and puts each issue on its form field: a rule's
 * `percent`/`persons` on the row's amount input, with a message that states the allowed range.
 */
export function validateSettings(i18n: I18n): (values: SettingsValues) => Record<string, string> {
  const t = i18n.t.bind(i18n) as TFunction;
  return (values) => {
    const errors: Record<string, string> = {};
    const input = toSettings(values);
    const result = assessmentSettingsSchema.safeParse(input);
    if (result.success) return errors;
    for (const issue of result.error.issues) {
      const path = issue.path.map(String);
      const last = path[path.length - 1];
      let field = path.join('.');
      let message: string;
      if (path[0] === 'distributionRules' && (last === 'percent' || last === 'persons')) {
        field = [...path.slice(0, -1), 'amount'].join('.');
        const blank = values.distributionRules[path[1] as OrgPredicate]?.[Number(path[2])]?.amount === '';
        message = blank
          ? t('validation.required')
          : last === 'percent'
            ? t('assessmentSettings.errors.percent')
            : t('assessmentSettings.errors.persons');
      } else if (path[0] === 'distributionRules' && last === 'predicates') {
        message = t('assessmentSettings.errors.predicates');
      } else if ((DAY_FIELDS as readonly string[]).includes(field)) {
        message =
          values[field as (typeof DAY_FIELDS)[number]] === ''
            ? t('validation.required')
            : t('assessmentSettings.errors.daysBetween', {
                min: field === 'finalizeDaysBefore' ? 0 : 1,
                max: DAY_LIMITS[field as (typeof DAY_FIELDS)[number]],
              });
      } else {
        message = issueMessage(issue, input, i18n);
      }
      if (!(field in errors)) errors[field] = message;
    }
    return errors;
  };
}
