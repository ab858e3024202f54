import type { PlanChange } from './view.js';

/** What changed between two versions of a plan's content (a returned plan shows this since its last submission). */
export interface PlanContent {
  approach: string;
  results: Array<{
    id: string;
    /** stable across amendments: the original result's id */
    key?: string;
    kind: string;
    text: string;
    parentResultId: string | null;
    indicators: Array<{
      id: string;
      key?: string;
      text: string;
      aspect: string;
      target: number | null;
      targetMax?: number | null;
      targetText: string | null;
      unit: string | null;
      direction: string;
      category: string | null;
      perspective?: string | null;
    }>;
  }>;
  behaviours: Array<{ value: string; expectation: string }>;
  annex: { resources: string[]; accountability: string[]; consequences: string[] };
}

/** A change's shape is part of the API (view.ts). */
export type { PlanChange };

const RESULT_FIELDS = ['kind', 'text', 'parentResultId'] as const;
const INDICATOR_FIELDS = [
  'text',
  'aspect',
  'target',
  'targetMax',
  'targetText',
  'unit',
  'direction',
  'category',
  'perspective',
] as const;

const norm = (v: unknown) => (v === undefined ? null : v);

export function diffPlanContent(before: PlanContent, after: PlanContent): PlanChange[] {
  const changes: PlanChange[] = [];
  if (before.approach !== after.approach) {
    changes.push({
      kind: 'changed',
      entity: 'approach',
      id: 'approach',
      before: before.approach,
      after: after.approach,
    });
  }
  const keyOf = (x: { id: string; key?: string }) => x.key ?? x.id;
  const oldResults = new Map(before.results.map((r) => [keyOf(r), r]));
  const newResults = new Map(after.results.map((r) => [keyOf(r), r]));
  for (const [key, r] of oldResults) {
    if (!newResults.has(key)) changes.push({ kind: 'removed', entity: 'result', id: r.id, before: r.text });
  }
  for (const [key, r] of newResults) {
    const old = oldResults.get(key);
    if (!old) {
      changes.push({ kind: 'added', entity: 'result', id: r.id, after: r.text });
      for (const i of r.indicators)
        changes.push({ kind: 'added', entity: 'indicator', id: i.id, resultId: r.id, after: i.text });
      continue;
    }
    for (const f of RESULT_FIELDS) {
      if (norm(old[f]) !== norm(r[f])) {
        changes.push({ kind: 'changed', entity: 'result', id: r.id, field: f, before: old[f], after: r[f] });
      }
    }
    const oldInd = new Map(old.indicators.map((i) => [keyOf(i), i]));
    const newInd = new Map(r.indicators.map((i) => [keyOf(i), i]));
    for (const [k, i] of oldInd) {
      if (!newInd.has(k))
        changes.push({ kind: 'removed', entity: 'indicator', id: i.id, resultId: r.id, before: i.text });
    }
    for (const [k, i] of newInd) {
      const o = oldInd.get(k);
      if (!o) {
        changes.push({ kind: 'added', entity: 'indicator', id: i.id, resultId: r.id, after: i.text });
        continue;
      }
      for (const f of INDICATOR_FIELDS) {
        if (norm(o[f]) !== norm(i[f])) {
          changes.push({
            kind: 'changed',
            entity: 'indicator',
            id: i.id,
            resultId: r.id,
            field: f,
            before: norm(o[f]),
            after: norm(i[f]),
          });
        }
      }
    }
  }
  const oldB = new Map(before.behaviours.map((b) => [b.value, b.expectation]));
  for (const b of after.behaviours) {
    const o = oldB.get(b.value) ?? '';
    if (o !== b.expectation) {
      changes.push({
        kind: 'changed',
        entity: 'behaviour',
        id: b.value,
        field: 'expectation',
        before: o,
        after: b.expectation,
      });
    }
  }
  for (const list of ['resources', 'accountability', 'consequences'] as const) {
    const a = before.annex[list] ?? [];
    const b = after.annex[list] ?? [];
    if (a.length !== b.length || a.some((x, i) => x !== b[i])) {
      changes.push({ kind: 'changed', entity: 'annex', id: list, before: a, after: b });
    }
  }
  return changes;
}
