import type { Actor, RequestContext } from '../../platform/context.js';
import { actorCan, requirePermission, requirePermissionOrSystem } from '../auth/index.js';

/** Everyone signed in reads the catalogue (development plans recommend and link its programmes). */
export const canReadTrainings = (ctx: RequestContext) => requirePermission(ctx, 'read:trainings');

/** Only HR administrators change the catalogue (or the system itself: the demo seed, a CLI import). */
export const canManageTrainings = (ctx: RequestContext) => requirePermissionOrSystem(ctx, 'manage:trainings');

/** Whether the actor may see the inactive programmes in lists (those who manage the catalogue). */
export const seesInactiveTrainings = (actor: Actor) => actorCan(actor, 'manage:trainings');
