import { z } from 'zod';
import { ASN_TYPES, FUNCTIONAL_LEVELS, POSITION_TYPES } from './ranks.js';

/**
 * The API shapes of the organisation endpoints (units, the unit tree, acting officials, employees, imports): one
 * zod schema each (the routes' response schemas and the OpenAPI description), and the TypeScript type derived
 * from it (server presenters produce them; the web reads them).
 */

export const ACTING_KINDS = ['plt', 'plh'] as const;
export type ActingKind = (typeof ACTING_KINDS)[number];

/** An employee named in another record (a unit's head, an employee's supervisor). */
export const employeeRefSchema = z.object({ id: z.string(), name: z.string(), nip: z.string() });
export type EmployeeRef = z.infer<typeof employeeRefSchema>;

/** The acting official (Plt/Plh) heading a unit today. */
export const actingHeadSchema = z.object({
  employeeId: z.string(),
  name: z.string(),
  kind: z.enum(ACTING_KINDS),
  startDate: z.string(),
  endDate: z.string(),
});
export type ActingHead = z.infer<typeof actingHeadSchema>;

export const unitViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  code: z.string(),
  parentId: z.string().nullable(),
  headId: z.string().nullable(),
  head: employeeRefSchema.nullable(),
  actingHead: actingHeadSchema.nullable(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type UnitView = z.infer<typeof unitViewSchema>;

/** One unit of the whole tree (depth-first order), with its head and its number of employees. */
export const unitTreeItemSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  parentId: z.string().nullable(),
  headId: z.string().nullable(),
  headName: z.string().nullable(),
  actingHead: actingHeadSchema.nullable(),
  employeeCount: z.number(),
  depth: z.number(),
});
export type UnitTreeItem = z.infer<typeof unitTreeItemSchema>;

export const actingOfficialViewSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  employeeId: z.string(),
  employeeName: z.string(),
  kind: z.enum(ACTING_KINDS),
  startDate: z.string(),
  endDate: z.string(),
  note: z.string().nullable(),
});
export type ActingOfficialView = z.infer<typeof actingOfficialViewSchema>;

export const employeeViewSchema = z.object({
  id: z.string(),
  nip: z.string(),
  nipFormatted: z.string(),
  name: z.string(),
  asnType: z.enum(ASN_TYPES),
  rank: z.string(),
  rankLabel: z.string(),
  positionTitle: z.string(),
  positionType: z.enum(POSITION_TYPES),
  functionalLevel: z.enum(FUNCTIONAL_LEVELS).nullable(),
  unitId: z.string(),
  unit: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  supervisorId: z.string().nullable(),
  supervisor: employeeRefSchema.nullable(),
  email: z.string().nullable(),
  active: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type EmployeeView = z.infer<typeof employeeViewSchema>;

export const importRowReportSchema = z.object({
  row: z.number(),
  key: z.string(),
  status: z.enum(['ok', 'error']),
  /** whether the row adds a new record or updates an existing one (same key) */
  action: z.enum(['create', 'update']).optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })),
});
export type ImportRowReport = z.infer<typeof importRowReportSchema>;

/** The answer of a unit or employee import (also the `details` of a refused real import). */
export const importReportSchema = z.object({
  total: z.number(),
  imported: z.number(),
  failed: z.number(),
  committed: z.boolean(),
  rows: z.array(importRowReportSchema),
});
export type ImportReport = z.infer<typeof importReportSchema>;
