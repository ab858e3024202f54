import { dateIn } from '../../../../domain/dates.js';
import type { DialogueInput } from '../../../../domain/feedback/schemas.js';
import type {
  DialogueActionView,
  DialogueView,
  MyDialogueActionView,
} from '../../../../domain/feedback/view.js';
import { appendAudit } from '../../../platform/audit.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Executor } from '../../../platform/db/client.js';
import { dialogueActions, dialogues } from '../../../platform/db/schema.js';
import { assertVersion, updateVersioned } from '../../../platform/db/steps.js';
import { fieldInvalid, notFound, ValidationError } from '../../../platform/errors.js';
import { requireActor } from '../../auth/index.js';
import { notify, texts } from '../../notifications/index.js';
import {
  assertCurrent,
  displayName,
  periodOfPlan,
  planAncestry,
  requireParty,
  viewPlan,
} from '../../progress/index.js';
import { withPlan } from '../../work-plans/index.js';
import { assertCycleOpen } from '../../cycles/index.js';
import { presentAction } from '../feedback.presenter.js';
import * as repo from '../feedback.repository.js';

async function dialogueViews(db: Executor, planIds: string[], today: string): Promise<DialogueView[]> {
  const rows = await repo.listDialogues(db, planIds);
  const actions = await repo.actionsOf(
    db,
    rows.map((r) => r.dialogue.id),
  );
  return rows.map(({ dialogue: d, createdByName, createdByUsername }) => ({
    id: d.id,
    workPlanId: d.workPlanId,
    periodId: d.periodId,
    heldOn: d.heldOn,
    topics: d.topics,
    notes: d.notes,
    createdBy: { userId: d.createdBy, name: createdByName ?? createdByUsername },
    createdAt: d.createdAt.toISOString(),
    actions: actions
      .filter((a) => a.action.dialogueId === d.id)
      .map((a) => presentAction(a.action, a.ownerName, today)),
  }));
}

/**
 * Dialog kinerja: the employee or the assessing official records a check-in (date, topics, notes) with the actions
 * agreed, each owned by one of the two and due on a date.
 */
export async function createDialogue(
  deps: Deps,
  ctx: RequestContext,
  planId: string,
  input: DialogueInput,
): Promise<DialogueView> {
  return withPlan(deps, ctx, planId, async (tx, plan, rel, now) => {
    requireParty(rel, 'dialogue.partiesOnly');
    await assertCycleOpen(tx, plan.cycleId, 'record_dialogue');
    assertCurrent(plan, 'record_dialogue');
    const today = dateIn(now);
    if (input.heldOn > today) throw fieldInvalid('heldOn', 'dialogue.heldInFuture', 'future');
    const period = input.periodId ? await periodOfPlan(tx, plan, input.periodId) : null;
    const parties = new Set([plan.employeeId, plan.assessorId].filter((x): x is string => x !== null));
    const badOwners = input.actions.flatMap((a, i) =>
      parties.has(a.ownerEmployeeId)
        ? []
        : [
            {
              path: `actions.${i}.ownerEmployeeId`,
              code: 'not_a_party',
              messageKey: 'dialogue.actionOwner' as const,
            },
          ],
    );
    if (badOwners.length) throw new ValidationError(badOwners);
    const [row] = await tx
      .insert(dialogues)
      .values({
        workPlanId: plan.id,
        periodId: period?.id ?? null,
        heldOn: input.heldOn,
        topics: input.topics,
        notes: input.notes?.trim() || null,
        createdBy: rel.actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (input.actions.length) {
      await tx.insert(dialogueActions).values(
        input.actions.map((a) => ({
          dialogueId: row!.id,
          description: a.description,
          ownerEmployeeId: a.ownerEmployeeId,
          dueDate: a.dueDate,
          createdAt: now,
          updatedAt: now,
        })),
      );
    }
    await appendAudit(
      tx,
      ctx,
      {
        action: 'dialogue.create',
        entityType: 'dialogue',
        entityId: row!.id,
        after: {
          workPlanId: plan.id,
          periodId: row!.periodId,
          heldOn: row!.heldOn,
          topics: row!.topics,
          notes: row!.notes,
          actions: input.actions,
        },
      },
      now,
    );
    // Each owner of an agreed action (other than the one recording) is told what they took on.
    const authorName = await displayName(tx, rel.actor.employeeId, rel.actor.username);
    for (const owner of new Set(input.actions.map((a) => a.ownerEmployeeId))) {
      if (owner === rel.actor.employeeId) continue;
      await notify(tx, {
        ...texts.actionAssigned({
          planId: plan.id,
          dialogueId: row!.id,
          authorName,
          actions: input.actions.filter((a) => a.ownerEmployeeId === owner),
        }),
        employeeIds: [owner],
        exceptUserId: rel.actor.userId,
        at: now,
      });
    }
    const [view] = (await dialogueViews(tx, [plan.id], today)).filter((d) => d.id === row!.id);
    return view!;
  });
}

/** The dialogues of a plan (and of the versions it amends), latest meeting first. */
export async function listDialogues(deps: Deps, ctx: RequestContext, planId: string) {
  const { plan } = await viewPlan(deps, ctx, planId);
  const db = deps.database.db;
  return { items: await dialogueViews(db, await planAncestry(db, plan.id), dateIn(deps.clock.now())) };
}

/** Either party marks an agreed action done (or open again). */
export async function updateAction(
  deps: Deps,
  ctx: RequestContext,
  planId: string,
  dialogueId: string,
  actionId: string,
  input: { done: boolean; version?: number | undefined },
): Promise<DialogueActionView> {
  return withPlan(deps, ctx, planId, async (tx, plan, rel, now) => {
    const dialogue = await repo.findDialogue(tx, dialogueId);
    if (!dialogue || !(await planAncestry(tx, plan.id)).includes(dialogue.workPlanId)) throw notFound();
    const action = await repo.findAction(tx, dialogueId, actionId);
    if (!action) throw notFound();
    requireParty(rel, 'dialogue.partiesOnly');
    await assertCycleOpen(tx, plan.cycleId, 'update_dialogue_action');
    assertVersion(action, input.version);
    let row = action;
    if (input.done !== (action.doneAt !== null)) {
      row = await updateVersioned(
        tx,
        ctx,
        dialogueActions,
        action,
        { doneAt: input.done ? now : null, doneBy: input.done ? rel.actor.userId : null },
        {
          now,
          audit: {
            action: input.done ? 'dialogue_action.done' : 'dialogue_action.reopen',
            entityType: 'dialogue_action',
            snapshot: (r) => ({ doneAt: r.doneAt, doneBy: r.doneBy }),
            extra: { dialogueId, workPlanId: dialogue.workPlanId },
          },
        },
      );
    }
    const ownerName = await displayName(tx, row.ownerEmployeeId, '');
    return presentAction(row, ownerName, dateIn(now));
  });
}

/** My actions across plans (for the dashboards): open ones by default, soonest due first. */
export async function myActions(
  deps: Deps,
  ctx: RequestContext,
  query: { owner: 'me' | 'party'; open: 'true' | 'false'; limit: number; offset: number },
): Promise<{ items: MyDialogueActionView[]; total: number }> {
  const actor = requireActor(ctx);
  if (!actor.employeeId) return { items: [], total: 0 };
  const today = dateIn(deps.clock.now());
  const { items, total } = await repo.actionsOwnedBy(
    deps.database.db,
    actor.employeeId,
    query.open === 'true',
    query.limit,
    query.offset,
    query.owner,
  );
  return {
    items: items.map((r) => ({
      ...presentAction(r.action, r.ownerName, today),
      workPlanId: r.workPlanId,
      heldOn: r.heldOn,
      employee: { id: r.employeeId, name: r.employeeName },
    })),
    total,
  };
}
