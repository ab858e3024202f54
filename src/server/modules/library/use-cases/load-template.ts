import { dateIn } from '../../../../domain/dates.js';
import type { TemplateQuery } from '../../../../domain/library/schemas.js';
import type { TemplateDetailView, TemplateView } from '../../../../domain/library/view.js';
import type { Actor, RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import type { Executor, Tx } from '../../../platform/db/client.js';
import { lockedStep } from '../../../platform/db/steps.js';
import { notFound } from '../../../platform/errors.js';
import * as repo from '../library.repository.js';
import type { TemplateRow } from '../library.repository.js';
import { presentTemplate, presentTemplateDetail, type Viewer } from '../library.presenter.js';
import { canReadLibrary, isDecider } from '../library.policy.js';

export async function viewerOf(db: Executor, actor: Actor | null, now: Date): Promise<Viewer> {
  return { actor, decider: await isDecider(db, actor, dateIn(now)) };
}

/** A locked step on a template (`lockedStep`): 404 when there is none. */
export function withTemplate<T>(
  deps: Deps,
  templateId: string,
  step: (tx: Tx, template: TemplateRow, now: Date) => Promise<T>,
): Promise<T> {
  return lockedStep(
    deps,
    (tx) => repo.findTemplateRowForUpdate(tx, templateId),
    () => Promise.resolve(undefined),
    (tx, template, _none, now) => step(tx, template, now),
  );
}

/** A template with its endorsements and comments, as `viewer` sees it. */
export async function loadTemplateDetail(
  db: Executor,
  id: string,
  viewer: Viewer,
): Promise<TemplateDetailView> {
  const row = await repo.findTemplate(db, id, viewer.actor?.userId ?? null);
  if (!row) throw notFound();
  const [endorsements, comments] = await Promise.all([
    repo.listEndorsements(db, id),
    repo.listComments(db, id),
  ]);
  return presentTemplateDetail(row, viewer, endorsements, comments);
}

export async function getTemplate(deps: Deps, ctx: RequestContext, id: string): Promise<TemplateDetailView> {
  const actor = canReadLibrary(ctx);
  const { db } = deps.database;
  return loadTemplateDetail(db, id, await viewerOf(db, actor, deps.clock.now()));
}

/** Search and filter the library (adopted templates by default), paged. */
export async function searchTemplates(
  deps: Deps,
  ctx: RequestContext,
  query: TemplateQuery,
): Promise<{ items: TemplateView[]; total: number }> {
  const actor = canReadLibrary(ctx);
  const { db } = deps.database;
  const [viewer, { items, total }] = await Promise.all([
    viewerOf(db, actor, deps.clock.now()),
    repo.listTemplates(db, query, actor.userId),
  ]);
  return { items: items.map((x) => presentTemplate(x, viewer)), total };
}
