/**
 * One schema for both drivers (PGlite and node-postgres), one file per area. Migrations are generated from it by
 * drizzle-kit (`drizzle.config.ts` points here).
 */
export * from './schema/org.js';
export * from './schema/auth.js';
export * from './schema/audit.js';
export * from './schema/planning.js';
export * from './schema/library.js';
export * from './schema/monitoring.js';
export * from './schema/notifications.js';
export * from './schema/assessment.js';
export * from './schema/transfers.js';
export * from './schema/follow-up.js';
