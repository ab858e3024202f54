export { registerAuthentication, SESSION_COOKIE } from './auth.hooks.js';
export { authRoutes } from './auth.routes.js';
export { oidcRoutes } from './oidc.routes.js';
export { actorCan, requireActor, requirePermission, requirePermissionOrSystem } from './auth.policy.js';
export { createUser } from './use-cases/accounts.js';
export { findUserByUsername } from './auth.repository.js';
