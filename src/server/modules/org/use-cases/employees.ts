import { normaliseNip } from '../../../../domain/people/nip.js';
import {
  employeeRuleIssues,
  type CreateEmployeeInput,
  type UpdateEmployeeInput,
} from '../../../../domain/people/schemas.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Executor } from '../../../platform/db/client.js';
import { assertVersion, updateVersioned } from '../../../platform/db/steps.js';
import { employees } from '../../../platform/db/schema.js';
import { fieldConflict, notFound, ValidationError } from '../../../platform/errors.js';
import { isMessageKey } from '../../../platform/i18n.js';
import * as repo from '../org.repository.js';
import { presentEmployee } from '../org.presenter.js';
import { canManageOrg } from '../org.policy.js';
import { lockOrgTree } from './units.js';

export async function loadEmployeeView(db: Executor, id: string) {
  const row = await repo.findEmployee(db, id);
  if (!row) throw notFound();
  return presentEmployee(row);
}

function assertRules(e: Parameters<typeof employeeRuleIssues>[0]) {
  const issues = employeeRuleIssues(e);
  if (issues.length) {
    throw new ValidationError(
      issues.map((i) => ({
        path: i.path,
        code: i.key,
        messageKey: isMessageKey(i.key) ? i.key : 'VALIDATION_FAILED',
        ...(i.part ? { part: i.part } : {}),
      })),
    );
  }
}

async function checkRefs(
  tx: Executor,
  unitId: string | undefined,
  supervisorId: string | null | undefined,
  selfId?: string,
) {
  if (unitId && !(await repo.findUnit(tx, unitId))) {
    throw new ValidationError([{ path: 'unitId', code: 'not_found', messageKey: 'employee.unitNotFound' }]);
  }
  if (supervisorId) {
    if (supervisorId === selfId)
      throw fieldConflict('supervisorId', 'employee.selfSupervisor', 'circular_supervisor');
    if (!(await repo.findEmployeeRow(tx, supervisorId))) {
      throw new ValidationError([
        { path: 'supervisorId', code: 'not_found', messageKey: 'employee.supervisorNotFound' },
      ]);
    }
    if (selfId && (await repo.supervisorChainContains(tx, supervisorId, selfId))) {
      throw fieldConflict('supervisorId', 'employee.circularSupervisor', 'circular_supervisor');
    }
  }
}

export async function createEmployee(deps: Deps, ctx: RequestContext, input: CreateEmployeeInput) {
  canManageOrg(ctx);
  const nip = normaliseNip(input.nip);
  assertRules({ ...input, nip });
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    await lockOrgTree(tx);
    if (await repo.findEmployeeByNip(tx, nip)) throw fieldConflict('nip', 'employee.duplicateNip');
    await checkRefs(tx, input.unitId, input.supervisorId);
    const [row] = await tx
      .insert(employees)
      .values({
        nip,
        name: input.name,
        asnType: input.asnType,
        rank: input.rank,
        positionTitle: input.positionTitle,
        positionType: input.positionType,
        functionalLevel: input.functionalLevel ?? null,
        unitId: input.unitId,
        supervisorId: input.supervisorId ?? null,
        email: input.email ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: employees.id });
    const view = await loadEmployeeView(tx, row!.id);
    await appendAudit(
      tx,
      ctx,
      { action: 'employee.create', entityType: 'employee', entityId: view.id, after: view },
      now,
    );
    return view;
  });
}

export async function updateEmployee(
  deps: Deps,
  ctx: RequestContext,
  id: string,
  input: UpdateEmployeeInput,
) {
  canManageOrg(ctx);
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    await lockOrgTree(tx);
    const existing = await repo.findEmployeeRow(tx, id);
    if (!existing) throw notFound();
    assertVersion(existing, input.version);
    const nip = input.nip !== undefined ? normaliseNip(input.nip) : existing.nip;
    const merged = {
      nip,
      asnType: input.asnType ?? existing.asnType,
      rank: input.rank ?? existing.rank,
      positionType: input.positionType ?? existing.positionType,
      functionalLevel: input.functionalLevel !== undefined ? input.functionalLevel : existing.functionalLevel,
    };
    // Moving away from a functional position drops the level rather than failing on it.
    if (input.positionType && input.positionType !== 'fungsional' && input.functionalLevel === undefined) {
      merged.functionalLevel = null;
    }
    assertRules(merged);
    if (nip !== existing.nip && (await repo.findEmployeeByNip(tx, nip))) {
      throw fieldConflict('nip', 'employee.duplicateNip');
    }
    await checkRefs(tx, input.unitId, input.supervisorId, id);
    const before = await loadEmployeeView(tx, id);
    await updateVersioned(
      tx,
      ctx,
      employees,
      existing,
      {
        ...merged,
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.positionTitle !== undefined ? { positionTitle: input.positionTitle } : {}),
        ...(input.unitId !== undefined ? { unitId: input.unitId } : {}),
        ...(input.supervisorId !== undefined ? { supervisorId: input.supervisorId } : {}),
        ...(input.email !== undefined ? { email: input.email } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
      },
      { now },
    );
    const after = await loadEmployeeView(tx, id);
    await appendAudit(
      tx,
      ctx,
      { action: 'employee.update', entityType: 'employee', entityId: id, before, after },
      now,
    );
    return after;
  });
}

/**
 * Moves an employee to another unit and supervisor (and title) inside the caller's transaction, with the usual
 * checks, version bump and `employee.update` audit entry (a transfer records itself on top). Returns the view
 * before and after.
 */
export async function moveEmployee(
  tx: Executor,
  ctx: RequestContext,
  id: string,
  to: { unitId: string; supervisorId: string | null; positionTitle?: string | null | undefined },
  now: Date,
) {
  await lockOrgTree(tx);
  const existing = await repo.findEmployeeRow(tx, id);
  if (!existing) throw notFound();
  await checkRefs(tx, to.unitId, to.supervisorId, id);
  const before = await loadEmployeeView(tx, id);
  await updateVersioned(
    tx,
    ctx,
    employees,
    existing,
    {
      unitId: to.unitId,
      supervisorId: to.supervisorId,
      ...(to.positionTitle ? { positionTitle: to.positionTitle } : {}),
    },
    { now },
  );
  const after = await loadEmployeeView(tx, id);
  await appendAudit(
    tx,
    ctx,
    { action: 'employee.update', entityType: 'employee', entityId: id, before, after },
    now,
  );
  return { before: existing, after };
}
