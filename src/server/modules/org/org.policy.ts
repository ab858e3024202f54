import type { RequestContext } from '../../platform/context.js';
import { requirePermission } from '../auth/index.js';

/** The directory (units, employees) is readable by everyone signed in (transparency). */
export const canReadOrg = (ctx: RequestContext) => requirePermission(ctx, 'read:org');

/** Only HR administrators change organisation and people data. */
export const canManageOrg = (ctx: RequestContext) => requirePermission(ctx, 'manage:org');
