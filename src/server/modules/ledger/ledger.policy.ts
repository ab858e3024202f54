import type { Actor, RequestContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/client.js';
import { AppError, notFound } from '../../platform/errors.js';
import { actorCan, requireActor } from '../auth/index.js';
import { headedUnits } from '../monitoring/index.js';
import { mayReadDevelopment } from '../development/index.js';
import { subordinatesOf } from '../work-plans/index.js';
import * as repo from './ledger.repository.js';

/**
 * Who may read an employee's ledgers. A record the caller may not read answers 404 (api.md): a colleague, an
 * outsider, an account without an employee record.
 */

/**
 * The readers of an employee's evaluations (the evaluations policy, per employee): the development readers, every
 * `read:agency` role (hr_admin, agency_head, auditor), and the heads (or acting Plt/Plh) of the employee's unit or a
 * unit above it (they read its evaluations from the calibration board).
 */
export async function mayReadEvaluations(
  db: Executor,
  actor: Actor,
  employee: { id: string; unitId: string },
  today: string,
): Promise<boolean> {
  if (actorCan(actor, 'read:agency')) return true;
  if (await mayReadDevelopment(db, actor, employee.id)) return true;
  if (!actor.employeeId) return false;
  const led = await headedUnits(db, actor.employeeId, today);
  if (led.length === 0) return false;
  return (await repo.unitAncestry(db, employee.unitId)).some((u) => led.includes(u));
}

/** The employee whose learning hours the caller reads, or 404. */
export async function requireDevelopmentReader(db: Executor, ctx: RequestContext, employeeId: string) {
  const actor = requireActor(ctx);
  const employee = await repo.findEmployee(db, employeeId);
  if (!employee || !(await mayReadDevelopment(db, actor, employeeId))) throw notFound();
  return employee;
}

/** The employee whose credit points the caller reads, or 404. */
export async function requireEvaluationReader(
  db: Executor,
  ctx: RequestContext,
  employeeId: string,
  today: string,
) {
  const actor = requireActor(ctx);
  const employee = await repo.findEmployee(db, employeeId);
  if (!employee || !(await mayReadEvaluations(db, actor, employee, today))) throw notFound();
  return employee;
}

/** The TPP and credit-point exports and the TPP table: hr_admin (403 for everyone else). */
export function requireExporter(ctx: RequestContext): Actor {
  const actor = requireActor(ctx);
  if (!actorCan(actor, 'export:follow-up')) throw new AppError('FORBIDDEN');
  return actor;
}

/** Whose learning hours a scoped caller may list: the units of their subtrees and their reports at any depth. */
export interface LearningHoursScope {
  unitIds: string[];
  employeeIds: string[];
}

/**
 * Whose learning hours the caller may list: null for everyone (hr_admin, agency_head); else the subtrees of the
 * units the caller heads or acts for today, and the caller's reports (a supervisor sees their team); nobody else
 * may (403).
 */
export async function learningHoursScope(
  db: Executor,
  ctx: RequestContext,
  today: string,
): Promise<LearningHoursScope | null> {
  const actor = requireActor(ctx);
  if (actorCan(actor, 'export:follow-up') || actorCan(actor, 'read:development')) return null;
  const me = actor.employeeId;
  const led = me ? await headedUnits(db, me, today) : [];
  const reports = me ? await subordinatesOf(db, me) : [];
  if (led.length === 0 && reports.length === 0) throw new AppError('FORBIDDEN');
  return { unitIds: await repo.subtreesOf(db, led), employeeIds: reports };
}
