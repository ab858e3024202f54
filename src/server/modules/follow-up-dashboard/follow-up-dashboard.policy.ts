import { dateIn } from '../../../domain/dates.js';
import type { RequestContext } from '../../platform/context.js';
import type { Deps } from '../../platform/deps.js';
import { AppError, notFound } from '../../platform/errors.js';
import { actorCan, requireActor } from '../auth/index.js';
import { headedUnits } from '../monitoring/index.js';
import * as repo from './follow-up-dashboard.repository.js';

/** The units a read covers: the tops of the answer, and the units counted (null = every unit of the agency). */
export interface Scope {
  tree: repo.TreeUnit[];
  children: Map<string | null, string[]>;
  roots: string[];
  unitIds: string[] | null;
}

/** The unit and every unit below it, depth first. */
export function subtreeOf(children: Map<string | null, string[]>, root: string): string[] {
  const out: string[] = [];
  const stack = [root];
  while (stack.length) {
    const id = stack.pop()!;
    out.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/**
 * Who may read the follow-up dashboards: HR, the agency head and the auditor any unit or the whole agency (`read:agency`);
 * the head of a unit, or its acting head (Plt/Plh) today, the subtrees of the units they lead; anyone else 403. A unit
 * outside the caller's reach, or no unit at all, answers 404.
 */
export async function scopeFor(deps: Deps, ctx: RequestContext, unitId: string | undefined): Promise<Scope> {
  const actor = requireActor(ctx);
  const db = deps.database.db;
  const agencyWide = actorCan(actor, 'read:agency');
  const headed =
    !agencyWide && actor.employeeId ? await headedUnits(db, actor.employeeId, dateIn(deps.clock.now())) : [];
  if (!agencyWide && headed.length === 0) throw new AppError('FORBIDDEN');
  const tree = await repo.unitTree(db);
  const children = new Map<string | null, string[]>();
  for (const u of tree) {
    const siblings = children.get(u.parent_id);
    if (siblings) siblings.push(u.id);
    else children.set(u.parent_id, [u.id]);
  }
  const known = new Set(tree.map((u) => u.id));

  if (agencyWide) {
    if (unitId === undefined) return { tree, children, roots: children.get(null) ?? [], unitIds: null };
    if (!known.has(unitId)) throw notFound();
    return { tree, children, roots: [unitId], unitIds: subtreeOf(children, unitId) };
  }

  const visible = new Set(headed.filter((id) => known.has(id)).flatMap((id) => subtreeOf(children, id)));
  if (unitId !== undefined) {
    if (!visible.has(unitId)) throw notFound();
    return { tree, children, roots: [unitId], unitIds: subtreeOf(children, unitId) };
  }
  // A headed unit inside another headed subtree is not a top of its own.
  const parentOf = new Map(tree.map((u) => [u.id, u.parent_id]));
  const roots = headed.filter((id) => {
    for (let p = parentOf.get(id); p; p = parentOf.get(p)) if (headed.includes(p)) return false;
    return known.has(id);
  });
  // in tree order, like the agency's roots
  const order = new Map(tree.map((u, i) => [u.id, i]));
  roots.sort((a, b) => order.get(a)! - order.get(b)!);
  return { tree, children, roots, unitIds: [...visible] };
}
