import type { RequestContext } from '../../platform/context.js';
import { requirePermission, requirePermissionOrSystem } from '../auth/index.js';

/** Cycles and periods are readable by everyone signed in. */
export const canReadCycles = (ctx: RequestContext) => requirePermission(ctx, 'read:cycles');

/** Only HR administrators create cycles, set deadlines and lock periods (or the system itself, e.g. a seed). */
export const canManageCycles = (ctx: RequestContext) => requirePermissionOrSystem(ctx, 'manage:cycles');
