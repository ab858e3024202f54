import { can, type Permission } from '../../../domain/permissions.js';
import type { Actor, RequestContext } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';

/** Whether the actor's roles grant `permission`. */
export const actorCan = (actor: Pick<Actor, 'roles'>, permission: Permission): boolean =>
  can(actor.roles, permission);

/** Throws 401 without an actor, 403 without the permission; returns the actor. */
export function requirePermission(ctx: RequestContext, permission: Permission) {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
  if (!actorCan(ctx.actor, permission)) throw new AppError('FORBIDDEN');
  return ctx.actor;
}

/**
 * Like `requirePermission`, but also lets the system itself act (the `kinerja` CLI, run by an operator who already
 * holds the database): only a context made by `systemContext()` carries `systemLabel`; HTTP requests never do.
 */
export function requirePermissionOrSystem(
  ctx: RequestContext & { systemLabel?: string },
  permission: Permission,
) {
  if (!ctx.actor && typeof ctx.systemLabel === 'string') return null;
  return requirePermission(ctx, permission);
}

export function requireActor(ctx: RequestContext) {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
  return ctx.actor;
}
