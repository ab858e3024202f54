import type { RequestContext } from '../../platform/context.js';
import { requirePermission, requirePermissionOrSystem } from '../auth/index.js';

/** The directory (units, employees) is readable by everyone signed in (transparency). */
export const canReadOrg = (ctx: RequestContext) => requirePermission(ctx, 'read:org');

/** Only HR administrators change organisation and people data (or the system itself, e.g. a CLI import). */
export const canManageOrg = (ctx: RequestContext) => requirePermissionOrSystem(ctx, 'manage:org');
