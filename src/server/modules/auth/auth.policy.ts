import { can, type Permission } from '../../../domain/permissions.js';
import type { RequestContext } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';

/** Throws 401 without an actor, 403 without the permission; returns the actor. */
export function requirePermission(ctx: RequestContext, permission: Permission) {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
  if (!can(ctx.actor.roles, permission)) throw new AppError('FORBIDDEN');
  return ctx.actor;
}

export function requireActor(ctx: RequestContext) {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
  return ctx.actor;
}
