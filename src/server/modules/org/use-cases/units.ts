import { and, eq, sql } from 'drizzle-orm';
import { dateIn } from '../../../../domain/dates.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Executor } from '../../../platform/db/client.js';
import { assertVersion, updateVersioned } from '../../../platform/db/steps.js';
import { actingOfficials, units } from '../../../platform/db/schema.js';
import { fieldConflict, fieldInvalid, notFound } from '../../../platform/errors.js';
import * as repo from '../org.repository.js';
import { presentActing, presentUnit } from '../org.presenter.js';
import { canManageOrg } from '../org.policy.js';

/** Serialises changes to the unit tree and supervisor chains so two concurrent edits cannot form a cycle. */
export const lockOrgTree = (tx: Executor) =>
  tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('kinerja:org-tree'))`);

export async function loadUnitView(db: Executor, id: string, today: string) {
  const row = await repo.unitWithHead(db, id);
  if (!row) throw notFound();
  const [acting] = await repo.actingOn(db, [id], today);
  return presentUnit(row.unit, row.head, acting);
}

async function checkRefs(
  tx: Executor,
  input: { parentId?: string | null; headId?: string | null },
  selfId?: string,
) {
  if (input.parentId) {
    if (!(await repo.findUnit(tx, input.parentId)))
      throw fieldInvalid('parentId', 'unit.parentNotFound', 'not_found');
    if (selfId && (await repo.unitChainContains(tx, input.parentId, selfId))) {
      throw fieldConflict('parentId', 'unit.circularParent', 'circular_parent');
    }
  }
  if (input.headId && !(await repo.findEmployeeRow(tx, input.headId))) {
    throw fieldInvalid('headId', 'unit.headNotFound', 'not_found');
  }
}

export interface CreateUnitInput {
  name: string;
  code: string;
  parentId?: string | null | undefined;
  headId?: string | null | undefined;
}

export async function createUnit(deps: Deps, ctx: RequestContext, input: CreateUnitInput) {
  canManageOrg(ctx);
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    await lockOrgTree(tx);
    if (await repo.findUnitByCode(tx, input.code)) throw fieldConflict('code', 'unit.duplicateCode');
    await checkRefs(tx, input);
    const [row] = await tx
      .insert(units)
      .values({
        name: input.name,
        code: input.code,
        parentId: input.parentId ?? null,
        headId: input.headId ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const view = await loadUnitView(tx, row!.id, dateIn(now));
    await appendAudit(
      tx,
      ctx,
      { action: 'unit.create', entityType: 'unit', entityId: row!.id, after: view },
      now,
    );
    return view;
  });
}

export interface UpdateUnitInput {
  name?: string | undefined;
  code?: string | undefined;
  parentId?: string | null | undefined;
  headId?: string | null | undefined;
  version?: number | undefined;
}

export async function updateUnit(deps: Deps, ctx: RequestContext, id: string, input: UpdateUnitInput) {
  canManageOrg(ctx);
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    await lockOrgTree(tx);
    const existing = await repo.findUnit(tx, id);
    if (!existing) throw notFound();
    assertVersion(existing, input.version);
    if (input.code && input.code.toLowerCase() !== existing.code.toLowerCase()) {
      if (await repo.findUnitByCode(tx, input.code)) throw fieldConflict('code', 'unit.duplicateCode');
    }
    if (input.parentId === id) throw fieldConflict('parentId', 'unit.circularParent', 'circular_parent');
    await checkRefs(tx, input, id);
    const before = await loadUnitView(tx, id, dateIn(now));
    await updateVersioned(
      tx,
      ctx,
      units,
      existing,
      {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.code !== undefined ? { code: input.code } : {}),
        ...(input.parentId !== undefined ? { parentId: input.parentId } : {}),
        ...(input.headId !== undefined ? { headId: input.headId } : {}),
      },
      { now },
    );
    const after = await loadUnitView(tx, id, dateIn(now));
    await appendAudit(
      tx,
      ctx,
      { action: 'unit.update', entityType: 'unit', entityId: id, before, after },
      now,
    );
    return after;
  });
}

export interface ActingInput {
  employeeId: string;
  kind: 'plt' | 'plh';
  startDate: string;
  endDate: string;
  note?: string | null | undefined;
}

/** Names an acting official (Plt/Plh) who stands in for the unit head during a date range. */
export async function addActing(deps: Deps, ctx: RequestContext, unitId: string, input: ActingInput) {
  canManageOrg(ctx);
  const now = deps.clock.now();
  return deps.database.db.transaction(async (tx) => {
    if (!(await repo.findUnit(tx, unitId))) throw notFound();
    const employee = await repo.findEmployeeRow(tx, input.employeeId);
    if (!employee) throw fieldInvalid('employeeId', 'user.employeeNotFound', 'not_found');
    const [row] = await tx
      .insert(actingOfficials)
      .values({ unitId, ...input, note: input.note ?? null, createdAt: now, updatedAt: now })
      .returning();
    const view = presentActing({ acting: row!, name: employee.name });
    await appendAudit(
      tx,
      ctx,
      { action: 'unit.acting.add', entityType: 'unit', entityId: unitId, after: view },
      now,
    );
    return view;
  });
}

export async function removeActing(deps: Deps, ctx: RequestContext, unitId: string, actingId: string) {
  canManageOrg(ctx);
  const now = deps.clock.now();
  await deps.database.db.transaction(async (tx) => {
    const [row] = await tx
      .delete(actingOfficials)
      .where(and(eq(actingOfficials.id, actingId), eq(actingOfficials.unitId, unitId)))
      .returning();
    if (!row) throw notFound();
    await appendAudit(
      tx,
      ctx,
      { action: 'unit.acting.remove', entityType: 'unit', entityId: unitId, before: row },
      now,
    );
  });
}
