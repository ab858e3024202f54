import { z } from 'zod';
import { str } from '../text.js';
import { parseNip, type NipPart } from './nip.js';
import { ASN_TYPES, FUNCTIONAL_LEVELS, isValidRank, POSITION_TYPES } from './ranks.js';
import { ACTING_KINDS } from './view.js';

/** Shared by the server (request validation), the importer and the web forms. */

export const unitCodeSchema = str()
  .trim()
  .min(1)
  .max(32)
  .regex(/^[A-Za-z0-9._-]+$/);

export const createUnitSchema = z.object({
  name: str().trim().min(2).max(200),
  code: unitCodeSchema,
  parentId: z.uuid().nullish(),
  headId: z.uuid().nullish(),
});

export const updateUnitSchema = z.object({
  name: str().trim().min(2).max(200).optional(),
  code: unitCodeSchema.optional(),
  parentId: z.uuid().nullable().optional(),
  headId: z.uuid().nullable().optional(),
  version: z.int().positive().optional(),
});

/** A `YYYY-MM-DD` date PostgreSQL can store (year 0000 is not a date there). */
export const isoDate = z.iso.date().refine((v) => v >= '1900-01-01');

export const createActingSchema = z
  .object({
    employeeId: z.uuid(),
    kind: z.enum(ACTING_KINDS),
    startDate: isoDate,
    endDate: isoDate,
    note: str().trim().max(500).nullish(),
  })
  .refine((v) => v.endDate >= v.startDate, { message: 'acting.dateRange', path: ['endDate'] });

const employeeFields = {
  nip: str().trim().min(1).max(40),
  name: str().trim().min(2).max(200),
  asnType: z.enum(ASN_TYPES),
  rank: str().trim().min(1).max(10),
  positionTitle: str().trim().min(2).max(200),
  positionType: z.enum(POSITION_TYPES),
  functionalLevel: z.enum(FUNCTIONAL_LEVELS).nullish(),
  unitId: z.uuid(),
  supervisorId: z.uuid().nullish(),
  email: z.email().max(200).nullish(),
};

export interface EmployeeRuleIssue {
  path: 'nip' | 'rank' | 'functionalLevel';
  key: string;
  part?: NipPart;
}

/** Rules across fields: NIP per ASN type (each failing part), rank list per ASN type, functional level. */
export function employeeRuleIssues(e: {
  nip: string;
  asnType: 'PNS' | 'PPPK';
  rank: string;
  positionType: string;
  functionalLevel?: string | null | undefined;
}): EmployeeRuleIssue[] {
  const issues: EmployeeRuleIssue[] = [];
  const nip = parseNip(e.nip, e.asnType);
  if (!nip.ok) for (const i of nip.issues) issues.push({ path: 'nip', key: i.key, part: i.part });
  if (!isValidRank(e.asnType, e.rank)) issues.push({ path: 'rank', key: 'employee.rank' });
  if (e.positionType === 'fungsional' && !e.functionalLevel) {
    issues.push({ path: 'functionalLevel', key: 'employee.functionalLevelRequired' });
  }
  if (e.positionType !== 'fungsional' && e.functionalLevel) {
    issues.push({ path: 'functionalLevel', key: 'employee.functionalLevelNotAllowed' });
  }
  return issues;
}

export const createEmployeeSchema = z.object(employeeFields).superRefine((e, ctx) => {
  for (const issue of employeeRuleIssues(e)) {
    ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.key, params: { part: issue.part } });
  }
});

export const updateEmployeeSchema = z.object({
  nip: employeeFields.nip.optional(),
  name: employeeFields.name.optional(),
  asnType: employeeFields.asnType.optional(),
  rank: employeeFields.rank.optional(),
  positionTitle: employeeFields.positionTitle.optional(),
  positionType: employeeFields.positionType.optional(),
  functionalLevel: z.enum(FUNCTIONAL_LEVELS).nullable().optional(),
  unitId: z.uuid().optional(),
  supervisorId: z.uuid().nullable().optional(),
  email: z.email().max(200).nullable().optional(),
  active: z.boolean().optional(),
  version: z.int().positive().optional(),
});

export type CreateEmployeeInput = z.infer<typeof createEmployeeSchema>;
export type UpdateEmployeeInput = z.infer<typeof updateEmployeeSchema>;

export const employeeQuerySchema = z.object({
  q: str().trim().max(100).optional(),
  unitId: z.uuid().optional(),
  /** include employees of the unit's sub-units */
  subunits: z.enum(['true', 'false']).optional(),
  asnType: z.enum(ASN_TYPES).optional(),
  positionType: z.enum(POSITION_TYPES).optional(),
  supervisorId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});
