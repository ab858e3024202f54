import type { TFunction } from 'i18next';
import { formatDate, formatDateTime, formatNumber } from '../../../lib/format';

/** The label of an action code in the user's language; an unknown code is shown as it is. */
export function actionLabel(t: TFunction, code: string): string {
  const label = t(`auditActions.${code}`, { defaultValue: code });
  return typeof label === 'string' ? label : code;
}

/** The label of a record type (`work_plan` → "SKP"); an unknown type humanised. */
export function entityTypeLabel(t: TFunction, type: string): string {
  return t(`auditEntities.${type}`, { defaultValue: humanize(type) });
}

/** `supervisorId` → "Supervisor id", `result_rating` → "Result rating": a readable fallback for unknown keys. */
export function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : key;
}

/** The label of a field of a record; keys the locale files do not know are humanised. */
export function fieldLabel(t: TFunction, key: string): string {
  return t(`auditFields.${key}`, { defaultValue: humanize(key) });
}

/** The page of a record, where the app has one. */
export function entityLink(entityType: string, entityId: string): string | null {
  switch (entityType) {
    case 'employee':
      return `/employees/${entityId}`;
    case 'work_plan':
      return `/plans/${entityId}`;
    case 'evaluation':
      return `/evaluations/${entityId}`;
    case 'objection':
      return `/objections/${entityId}`;
    case 'indicator_template':
      return `/library/${entityId}`;
    case 'cycle':
      return `/admin/cycles/${entityId}`;
    default:
      return null;
  }
}

/**
 * Where the labels of a field's values live in the locale files, by field name: statuses, predicates, ratings,
 * aspects and the other enumerations are shown as the app shows them elsewhere.
 */
const VALUE_LABELS: Record<string, string[]> = {
  status: ['status', 'evaluations.status', 'objections.status'],
  predicate: ['evaluations.predicates'],
  finalPredicate: ['evaluations.predicates'],
  suggestedPredicate: ['evaluations.predicates'],
  orgPredicate: ['evaluations.orgPredicates'],
  rating: ['evaluations.ratings'],
  resultRating: ['evaluations.ratings'],
  behaviourRating: ['evaluations.ratings'],
  aspect: ['terms.aspect'],
  direction: ['terms.direction'],
  category: ['terms.category'],
  perspective: ['terms.perspective'],
  approach: ['terms.approach'],
  kind: ['terms.kind', 'status'],
  asnType: ['employees.asnType'],
  positionType: ['employees.positionType'],
  roles: ['roles'],
  role: ['roles'],
  outcome: ['objections.outcome'],
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function enumLabel(t: TFunction, key: string, value: string): string | null {
  for (const ns of VALUE_LABELS[key] ?? []) {
    const label = t(`${ns}.${value}`, { defaultValue: '' });
    if (typeof label === 'string' && label) return label;
  }
  return null;
}

/** A stored value as a person reads it: enumerations translated, dates and numbers formatted, lists joined. */
export function valueText(t: TFunction, language: string, key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('audit.yes') : t('audit.no');
  if (typeof value === 'number') return formatNumber(value, language, 4);
  if (typeof value === 'string') {
    const label = enumLabel(t, key, value);
    if (label) return label;
    if (ISO_DATE.test(value)) return formatDate(value, language);
    if (ISO_INSTANT.test(value)) return formatDateTime(value, language);
    return value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    return value.map((v) => valueText(t, language, key, v)).join(', ');
  }
  return JSON.stringify(value);
}

/** Fields that say nothing to a reader of the history (the record's id, its version counter, timestamps). */
const HIDDEN = new Set(['id', 'version', 'updatedAt', 'createdAt']);

export interface DiffRow {
  key: string;
  before: unknown;
  after: unknown;
  /** whether the field appears on that side at all */
  hasBefore: boolean;
  hasAfter: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * One row per field that changed. A creation (nothing before) lists every field of the record; a removal
 * (nothing after) every field it had. A value that is not an object (a setting's list) is one row "value".
 */
export function diffRows(before: unknown, after: unknown): DiffRow[] {
  const b = before ?? null;
  const a = after ?? null;
  if (b === null && a === null) return [];
  if ((b !== null && !isRecord(b)) || (a !== null && !isRecord(a))) {
    if (JSON.stringify(b) === JSON.stringify(a)) return [];
    return [{ key: 'value', before: b, after: a, hasBefore: b !== null, hasAfter: a !== null }];
  }
  const bo = (b ?? {}) as Record<string, unknown>;
  const ao = (a ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(bo), ...Object.keys(ao)])].filter((k) => !HIDDEN.has(k));
  return keys
    .filter((k) => JSON.stringify(bo[k]) !== JSON.stringify(ao[k]))
    .map((k) => ({ key: k, before: bo[k], after: ao[k], hasBefore: k in bo, hasAfter: k in ao }));
}
