import { defaultPeriodOf } from '../../../../domain/cycles/default-period.js';
import { dateIn } from '../../../../domain/dates.js';
import { canFinalizeOn, decisionDueOn, explanationsDueOn } from '../../../../domain/evaluations/timing.js';
import { addDays } from '../../../../domain/cycles/dates.js';
import { DUE_SOON_DAYS, orderTasks, severityOf } from '../../../../domain/home/tasks.js';
import type {
  HomeAchievement,
  HomeAgency,
  HomeCompletion,
  HomeTask,
  HomeUnitPanel,
  HomeView,
} from '../../../../domain/home/view.js';
import { parseNip } from '../../../../domain/people/nip.js';
import { spansOverlap } from '../../../../domain/work-plans/in-force.js';
import type { RequestContext } from '../../../platform/context.js';
import type { Deps } from '../../../platform/deps.js';
import { actorCan, requireActor } from '../../auth/index.js';
import { assessmentSettings, unitDistribution } from '../../evaluations/index.js';
import { completion, headedUnits } from '../../monitoring/index.js';
import * as repo from '../home.repository.js';

type Task = Omit<HomeTask, 'periodId' | 'periodLabel' | 'status' | 'dueDate'> &
  Partial<Pick<HomeTask, 'periodId' | 'periodLabel' | 'status' | 'dueDate'>>;
const task = (t: Task): HomeTask => ({
  periodId: null,
  periodLabel: null,
  status: null,
  dueDate: null,
  ...t,
});

const one = (count: number, id: string | null, single: (id: string) => string, many: string) =>
  count === 1 && id ? single(id) : many;

interface Me {
  employeeId: string | null;
  userId: string;
  cycle: repo.CycleRow | null;
  periods: repo.PeriodRow[];
  today: string;
}

/** My SKP to draft, finish or fix, my progress to record (the current period first), and my achievement. */
async function myPlanTasks(
  deps: Deps,
  me: Me & { employeeId: string },
): Promise<{ tasks: HomeTask[]; achievement: HomeAchievement | null }> {
  const { cycle, periods, today } = me;
  if (!cycle) return { tasks: [], achievement: null };
  const db = deps.database.db;
  const plans = await repo.myPlans(db, me.employeeId, cycle.id);
  const current = plans.filter((p) => p.is_current);
  const inForce =
    current.find((p) => p.start_date <= today && (p.end_date === null || p.end_date >= today)) ??
    current.at(-1);
  const tasks: HomeTask[] = [];
  const planningDue = cycle.planning_deadline;
  const amendment = plans.find((p) => !p.is_current && (p.status === 'draft' || p.status === 'returned'));
  if (!inForce) {
    tasks.push(
      task({
        kind: 'plan.draft',
        count: 1,
        dueDate: planningDue,
        href: '/plans/mine',
        severity: severityOf(planningDue, today, 'due'),
      }),
    );
  } else if (inForce.status === 'draft' || inForce.status === 'returned' || amendment) {
    const plan = amendment ?? inForce;
    tasks.push(
      task({
        kind: 'plan.draft',
        count: 1,
        status: plan.status,
        dueDate: amendment ? null : planningDue,
        href: `/plans/${plan.id}`,
        severity: amendment ? 'due' : severityOf(planningDue, today, 'due'),
      }),
    );
  }

  const approved = current.filter((p) => p.status === 'approved');
  if (approved.length === 0 || !inForce) return { tasks, achievement: null };
  const reported = await repo.reportedPeriods(db, me.employeeId, cycle.id);
  const planFor = (p: repo.PeriodRow) =>
    approved.find((w) => spansOverlap({ startDate: w.start_date, endDate: w.end_date }, p));
  const due = periods.filter((p) => p.kind === 'periodic' && p.startDate <= today && planFor(p));
  const missing = due.filter((p) => !reported.has(p.id) && p.status === 'open');
  const deadlineOf = (p: repo.PeriodRow) => p.progressDeadline ?? p.endDate;
  const now = missing.find((p) => p.endDate >= today);
  if (now) {
    tasks.push(
      task({
        kind: 'progress.record',
        count: 1,
        periodId: now.id,
        periodLabel: now.label,
        dueDate: deadlineOf(now),
        href: `/plans/${planFor(now)!.id}/progress/new?periodId=${now.id}`,
        severity: severityOf(deadlineOf(now), today, 'due'),
      }),
    );
  }
  const past = missing.filter((p) => p.endDate < today);
  if (past.length > 0) {
    const first = past[0]!;
    tasks.push(
      task({
        kind: 'progress.record',
        count: past.length,
        periodId: first.id,
        periodLabel: first.label,
        dueDate: deadlineOf(first),
        href: `/plans/${planFor(first)!.id}/progress/new?periodId=${first.id}`,
        severity: severityOf(deadlineOf(first), today, 'overdue'),
      }),
    );
  }
  const plan = approved.includes(inForce) ? inForce : approved.at(-1)!;
  const a = await repo.achievementOf(db, plan.id);
  return {
    tasks,
    achievement: {
      planId: plan.id,
      year: cycle.year,
      indicators: a.indicators,
      withRealisation: a.withRealisation,
      average: a.average === null ? null : Math.round(a.average * 10) / 10,
      periodsDue: due.length,
      periodsReported: due.filter((p) => reported.has(p.id)).length,
    },
  };
}

/** Who is waiting for me: plans to approve, evaluations due, objections to decide or explain, and my own items. */
async function waitingTasks(
  deps: Deps,
  me: Me,
  top: { assess: boolean; decide: boolean },
): Promise<HomeTask[]> {
  const db = deps.database.db;
  const { today, periods } = me;
  const settings = await assessmentSettings(db);
  const finalisable = periods.filter(
    (p) => p.status === 'open' && canFinalizeOn(today, p.endDate, settings.finalizeDaysBefore),
  );
  const assessing = { employeeId: me.employeeId, top: top.assess };
  const none = { count: 0, one: null, requestedAt: null, link: null, evaluationId: null };
  const own = me.employeeId;
  const noDevelopment = { count: 0, planId: null, dueDate: null };
  const [approve, evaluations, acknowledge, decide, explain, feedback, developmentPlans] = await Promise.all([
    repo.plansToApprove(db, assessing),
    repo.evaluationsDue(
      db,
      assessing,
      finalisable.map((p) => p.id),
    ),
    own ? repo.toAcknowledge(db, own) : none,
    repo.objectionsToDecide(db, me.employeeId, top.decide),
    own ? repo.objectionsToExplain(db, own) : none,
    repo.unreadFeedback(db, me.userId),
    own
      ? repo.developmentTasks(db, own, addDays(today, DUE_SOON_DAYS))
      : { own: noDevelopment, review: noDevelopment },
  ]);
  const { own: development, review } = developmentPlans;
  const tasks: HomeTask[] = [];
  const planningDue = me.cycle?.planning_deadline ?? null;
  if (approve.count > 0)
    tasks.push(
      task({
        kind: 'plans.approve',
        count: approve.count,
        dueDate: planningDue,
        href: one(approve.count, approve.one, (id) => `/plans/${id}`, '/plans/inbox'),
        severity: severityOf(planningDue, today, 'due'),
      }),
    );
  for (const e of evaluations) {
    const p = periods.find((x) => x.id === e.periodId)!;
    tasks.push(
      task({
        kind: 'evaluations.due',
        count: e.pending,
        periodId: p.id,
        periodLabel: p.label,
        dueDate: p.evaluationDeadline,
        href: `/evaluations/team?cycleId=${me.cycle!.id}&periodId=${p.id}`,
        severity: severityOf(p.evaluationDeadline, today, 'due'),
      }),
    );
  }
  if (acknowledge.count > 0)
    tasks.push(
      task({
        kind: 'evaluation.acknowledge',
        count: acknowledge.count,
        href: one(acknowledge.count, acknowledge.one, (id) => `/evaluations/${id}`, '/evaluations/mine'),
        severity: 'due',
      }),
    );
  if (decide.length > 0) {
    const deadline = decide
      .map((o) => decisionDueOn(new Date(o.filed_at), settings.objectionDecisionDays))
      .sort()[0]!;
    tasks.push(
      task({
        kind: 'objections.decide',
        count: decide.length,
        dueDate: deadline,
        href: one(decide.length, decide[0]!.id, (id) => `/objections/${id}`, '/objections'),
        severity: severityOf(deadline, today, 'due'),
      }),
    );
  }
  if (explain.count > 0) {
    const deadline = explain.requestedAt
      ? explanationsDueOn(new Date(explain.requestedAt), settings.explanationWorkingDays)
      : null;
    tasks.push(
      task({
        kind: 'objections.explain',
        count: explain.count,
        dueDate: deadline,
        href: one(explain.count, explain.one, (id) => `/objections/${id}`, '/objections'),
        severity: severityOf(deadline, today, 'due'),
      }),
    );
  }
  if (feedback.count > 0)
    tasks.push(
      task({
        kind: 'feedback.unread',
        count: feedback.count,
        href: feedback.link ?? '/plans/mine',
        severity: 'info',
      }),
    );
  if (development.count > 0)
    tasks.push(
      task({
        kind: 'development.due',
        count: development.count,
        dueDate: development.dueDate,
        href: one(
          development.count,
          development.planId,
          (id) => `/development-plans/${id}`,
          '/evaluations/mine',
        ),
        severity: severityOf(development.dueDate, today),
      }),
    );
  if (review.count > 0)
    tasks.push(
      task({
        kind: 'development.review',
        count: review.count,
        dueDate: review.dueDate,
        href: one(review.count, review.planId, (id) => `/development-plans/${id}`, '/evaluations/team'),
        severity: severityOf(review.dueDate, today),
      }),
    );
  return tasks;
}

/** The period the unit and agency panels are about: the evaluation period (the latest ended, or the current once
 * its evaluations may be finalised). */
async function panelPeriod(deps: Deps, me: Pick<Me, 'periods' | 'today'>) {
  const settings = await assessmentSettings(deps.database.db);
  return {
    settings,
    period: defaultPeriodOf(me.periods, me.today, (p) =>
      canFinalizeOn(me.today, p.endDate, settings.finalizeDaysBefore),
    ),
  };
}

const completionOf = (c: {
  employees: number;
  approved: number;
  reportedProgress: number;
  evaluationsDone: number;
}): HomeCompletion => ({
  employees: c.employees,
  plansApproved: c.approved,
  reportedProgress: c.reportedProgress,
  evaluationsFinal: c.evaluationsDone,
});

async function unitPanel(
  deps: Deps,
  ctx: RequestContext,
  me: Me,
  headed: string[],
): Promise<HomeUnitPanel | null> {
  if (!me.cycle || headed.length === 0) return null;
  const { settings, period } = await panelPeriod(deps, me);
  if (!period) return { period: null, units: [] };
  const view = await completion(deps, ctx, { cycleId: me.cycle.id, periodId: period.id });
  const planningPassed = me.cycle.planning_deadline !== null && me.cycle.planning_deadline < me.today;
  const progressPassed = (period.progressDeadline ?? period.endDate) < me.today;
  const evaluationPassed = period.evaluationDeadline !== null && period.evaluationDeadline < me.today;
  const units = [];
  for (const u of view.units.filter((x) => headed.includes(x.unitId))) {
    const t = u.total;
    units.push({
      unitId: u.unitId,
      name: u.name,
      completion: completionOf(t),
      distribution: await unitDistribution(deps.database.db, u.unitId, period.id, settings.distributionRules),
      overdue: {
        plans: planningPassed ? t.employees - t.approved : 0,
        progress: progressPassed ? Math.max(0, t.approved - t.reportedProgress) : 0,
        evaluations: evaluationPassed ? Math.max(0, t.approved - t.evaluationsDone) : 0,
      },
    });
  }
  return { period: { id: period.id, label: period.label }, units };
}

const WORST_UNITS = 5;
const DEADLINES = 5;

async function agencyPanel(deps: Deps, ctx: RequestContext, me: Omit<Me, 'employeeId'>): Promise<HomeAgency> {
  const db = deps.database.db;
  const { settings, period } = await panelPeriod(deps, me);
  const [view, noSupervisor, nips, open, missing] = await Promise.all([
    me.cycle
      ? completion(deps, ctx, { cycleId: me.cycle.id, ...(period ? { periodId: period.id } : {}) })
      : null,
    repo.withoutSupervisor(db),
    repo.activeNips(db),
    repo.openObjections(db),
    period ? repo.predicatesMissing(db, period.id) : Promise.resolve(0),
  ]);
  const share = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const worstUnits = (view?.units ?? [])
    .filter((u) => u.own.employees > 0)
    .map((u) => ({ unitId: u.unitId, name: u.name, ...completionOf(u.own) }))
    .sort(
      (a, b) =>
        share(a.plansApproved, a.employees) - share(b.plansApproved, b.employees) ||
        share(a.evaluationsFinal, a.employees) - share(b.evaluationsFinal, b.employees) ||
        a.name.localeCompare(b.name),
    )
    .slice(0, WORST_UNITS);
  const deadlines: HomeAgency['deadlines'] = [];
  if (me.cycle?.planning_deadline && me.cycle.planning_deadline >= me.today)
    deadlines.push({ kind: 'planning', date: me.cycle.planning_deadline, periodLabel: null });
  for (const p of me.periods) {
    if (p.progressDeadline && p.progressDeadline >= me.today)
      deadlines.push({ kind: 'progress', date: p.progressDeadline, periodLabel: p.label });
    if (p.evaluationDeadline && p.evaluationDeadline >= me.today)
      deadlines.push({ kind: 'evaluation', date: p.evaluationDeadline, periodLabel: p.label });
  }
  deadlines.sort((a, b) => a.date.localeCompare(b.date));
  return {
    period: period ? { id: period.id, label: period.label } : null,
    totals: completionOf(
      view?.totals ?? { employees: 0, approved: 0, reportedProgress: 0, evaluationsDone: 0 },
    ),
    worstUnits,
    deadlines: deadlines.slice(0, DEADLINES),
    dataProblems: {
      withoutSupervisor: noSupervisor,
      invalidNip: nips.filter((e) => !parseNip(e.nip, e.asn_type).ok).length,
    },
    escalations: {
      objectionsOverdue: open.filter(
        (o) => decisionDueOn(new Date(o.filed_at), settings.objectionDecisionDays) < me.today,
      ).length,
      predicatesMissing: missing,
    },
  };
}

/** `GET /home`: the signed-in person's first screen, from real data. */
export async function readHome(deps: Deps, ctx: RequestContext): Promise<HomeView> {
  const actor = requireActor(ctx);
  const db = deps.database.db;
  const today = dateIn(deps.clock.now());
  const cycle = await repo.currentCycle(db, today);
  const periods = cycle ? await repo.periodsOf(db, cycle.id) : [];
  const name = actor.employeeId ? await repo.employeeName(db, actor.employeeId) : null;
  const base = { userId: actor.userId, cycle, periods, today };
  const top = { assess: actorCan(actor, 'assess:top'), decide: actorCan(actor, 'decide:objection:top') };

  const me: Me = { ...base, employeeId: actor.employeeId };
  const employeeId = actor.employeeId;
  const [mine, waiting, headed] = await Promise.all([
    employeeId ? myPlanTasks(deps, { ...me, employeeId }) : { tasks: [], achievement: null },
    employeeId || top.assess || top.decide ? waitingTasks(deps, me, top) : [],
    employeeId ? headedUnits(db, employeeId, today) : [],
  ]);
  const tasks = [...mine.tasks, ...waiting];
  const unit = await unitPanel(deps, ctx, me, headed);
  const currentPeriod =
    periods.find((p) => p.kind === 'periodic' && p.startDate <= today && today <= p.endDate)?.id ?? null;
  return {
    greeting: { name: name ?? actor.username },
    today,
    cycle: cycle ? { id: cycle.id, year: cycle.year } : null,
    tasks: orderTasks(tasks, currentPeriod),
    achievement: mine.achievement,
    unit,
    agency: actorCan(actor, 'read:monitoring') ? await agencyPanel(deps, ctx, base) : null,
  };
}
