import type { Actor, RequestContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/client.js';
import { AppError } from '../../platform/errors.js';
import { actorCan, requireActor, requirePermission } from '../auth/index.js';
import { headedUnits } from '../monitoring/index.js';
import type { TemplateRow } from './library.repository.js';

/** Everyone signed in reads the library (transparency: brief, "Pentingnya Transparansi"). */
export const canReadLibrary = (ctx: RequestContext) => requirePermission(ctx, 'read:library');

/**
 * Everyone signed in but the auditor (read-only) may propose, comment and endorse (participation in setting the
 * indicators).
 */
export const canContribute = (ctx: RequestContext) => requirePermission(ctx, 'contribute:library');
/** The same as a flag for the views (`can.endorse`). */
export const contributes = (actor: Actor) => actorCan(actor, 'contribute:library');

/** HR administrators and unit heads (including acting Plt/Plh officials on `today`) adopt or decline. */
export async function isDecider(db: Executor, actor: Actor | null, today: string): Promise<boolean> {
  if (!actor) return false;
  if (actorCan(actor, 'decide:library')) return true;
  return actor.employeeId !== null && (await headedUnits(db, actor.employeeId, today)).length > 0;
}

export async function canDecide(db: Executor, ctx: RequestContext, today: string): Promise<Actor> {
  const actor = requireActor(ctx);
  if (!(await isDecider(db, actor, today))) throw new AppError('FORBIDDEN', 'library.decideForbidden');
  return actor;
}

/** The proposer of a template: the account that proposed it, or the employee linked to it. */
export const isProposer = (t: Pick<TemplateRow, 'proposedBy' | 'proposedByUser'>, actor: Actor | null) =>
  actor !== null &&
  ((t.proposedByUser !== null && t.proposedByUser === actor.userId) ||
    (t.proposedBy !== null && actor.employeeId !== null && t.proposedBy === actor.employeeId));
