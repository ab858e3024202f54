import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, checkpoint, employeeByNip, launchBrowser, newPage, rateEvaluation, signIn } from './support.js';

/**
 * Every main page of each role, on a phone (360 px) and a desktop (1280 px), passes axe-core without a critical or
 * serious violation (issue 12.5); on the same visit each role's home and its main task are checked for content
 * (issue 12's acceptance: the home tasks, the period targets, the confirmations and the conflict view).
 *
 * The journeys here leave the demo as the other journeys expect it: the nurse (Dedi) and the midwife (Sri) are used
 * only for January, which no other journey touches; every confirmation is cancelled; the evaluation written in the
 * conflict check stays a draft.
 */
const PAGES: Record<string, string[]> = {
  perawat: ['/', '/plans/mine', '/evaluations/mine', '/objections', '/profile', '/employees'],
  kapus: ['/plans/inbox', '/evaluations/team', '/team/matrix', '/calibration', '/monitoring'],
  kadinkes: ['/monitoring', '/calibration', '/org-predicates', '/units'],
  'admin.bkpsdm': [
    '/units',
    '/admin/employees/new',
    '/admin/users',
    '/admin/cycles',
    '/admin/import',
    '/library',
    '/settings/assessment',
    '/monitoring',
  ],
  // the regent's pages are the ones his menu leads to (checked in his journey)
  bupati: [],
  inspektorat: [],
};

/** A nurse of Puskesmas Kemuning with an approved plan (demo-planning.ts: 3,600 patients a year, summed). */
const NURSE = { name: 'Dedi Kurniawan', nip: '199008032014031004', username: '199008032014031004' };
/** A midwife of Puskesmas Kemuning with an approved plan; the Kepala Puskesmas (kapus) assesses her. */
const MIDWIFE = { name: 'Sri Mulyani', nip: '199202142015032003' };
const REALISED = 310;
const OBJECTION = 'Realisasi Januari melampaui target periode dan bukti dukung sudah diunggah lengkap.';

const num = (v: number) => new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(v);
const pct = (v: number) => `${num(v)}%`;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

interface HomeTask {
  kind: string;
  count: number;
  periodId: string | null;
  periodLabel: string | null;
  href: string;
}
interface HomeView {
  greeting: { name: string };
  today: string;
  tasks: HomeTask[];
  achievement: { planId: string } | null;
  unit: {
    period: { id: string; label: string } | null;
    units: Array<{
      unitId: string;
      name: string;
      completion: { employees: number; plansApproved: number; evaluationsFinal: number };
    }>;
  } | null;
  agency: {
    worstUnits: unknown[];
    escalations: { objectionsOverdue: number; predicatesMissing: number };
  } | null;
}
interface Period {
  id: string;
  kind: string;
  label: string;
  startDate: string;
  endDate: string;
}
interface Grid {
  periods: Period[];
  results: Array<{
    indicators: Array<{
      id: string;
      target: number | null;
      aggregation: string;
      cells: Array<{ periodId: string; latest: { value: number | null } | null }>;
    }>;
  }>;
}
interface Evaluation {
  id: string;
  status: string;
  version: number;
  strengths: string | null;
  resultRating: string | null;
  results: Array<{ id: string }>;
  objection: unknown;
}

/** A write to the API with the page's session and its CSRF token (setting up what a journey needs). */
async function write<T>(page: Page, method: 'POST' | 'PUT', path: string, data: unknown): Promise<T> {
  const me = await api<{ csrfToken: string }>(page, '/auth/me');
  const res = await page.request.fetch(`/api/v1${path}`, {
    method,
    data: data as object,
    headers: { 'x-csrf-token': me.csrfToken },
  });
  if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

const BEHAVIOURS = [
  'berorientasi_pelayanan',
  'akuntabel',
  'kompeten',
  'harmonis',
  'loyal',
  'adaptif',
  'kolaboratif',
];

/** The assessor's evaluation of a plan for a period: the existing one, or a new draft. */
async function evaluationFor(page: Page, workPlanId: string, employeeId: string, periodId: string) {
  const found = await api<{ items: Array<{ id: string }> }>(
    page,
    `/evaluations?employeeId=${employeeId}&periodId=${periodId}`,
  );
  const id =
    found.items[0]?.id ??
    (await write<Evaluation>(page, 'POST', '/evaluations', { workPlanId, periodId })).id;
  return api<Evaluation>(page, `/evaluations/${id}`);
}

async function homeOf(page: Page) {
  await page.goto('/');
  await page.getByTestId('home-tasks').waitFor();
  const home = await api<HomeView>(page, '/home');
  // greeted by name, not by the NIP that is the username
  await expect
    .poll(async () => page.locator('#main-content').innerText(), { timeout: 15_000 })
    .toContain(home.greeting.name.replace(/\.$/, ''));
  return home;
}

/** The periodic period that holds `today`. */
const periodOn = (periods: Period[], today: string) =>
  periods.find((p) => p.kind === 'periodic' && p.startDate <= today && today <= p.endDate);

async function nurseJourney(page: Page, width: number, browser: Browser) {
  const home = await homeOf(page);
  const planId = home.achievement!.planId;
  const grid = await api<Grid>(page, `/work-plans/${planId}/progress-grid`);
  const current = periodOn(grid.periods, home.today)!;
  const indicators = grid.results.flatMap((r) => r.indicators);

  // ── The next action comes first: record this month's progress.
  const first = page.getByTestId('home-task').first();
  await first.waitFor();
  expect(await first.getAttribute('data-kind')).toBe('progress.record');
  expect(squash(await first.innerText())).toContain(`Catat realisasi ${current.label}`);
  // ── My achievement: indicators with a realisation out of all of the plan's, as the grid holds them.
  const withRealisation = indicators.filter((i) => i.cells.some((c) => c.latest !== null)).length;
  const achievement = page.getByTestId('home-achievement');
  await achievement.waitFor();
  expect(squash(await page.getByTestId('home-achievement-indicators').innerText())).toBe(
    `${withRealisation} dari ${indicators.length}`,
  );
  await checkpoint(page, `home-nurse-${width}`, { save: width === 360 });

  // ── One tap reaches the entry form, for this month; typing shows the achievement against the month's target.
  await first.getByTestId('home-task-action').click();
  await page.getByTestId('progress-quick').waitFor();
  expect(await page.getByTestId('progress-period').inputValue()).toBe(current.id);
  const indicator = indicators[0]!;
  expect(indicator.aggregation).toBe('sum');
  const periodic = grid.periods.filter((p) => p.kind === 'periodic');
  const periodTarget = indicator.target! / periodic.length;
  await page.getByTestId('progress-value').fill(String(REALISED));
  await expect
    .poll(async () => squash(await page.getByTestId('progress-preview').innerText()), { timeout: 10_000 })
    .toContain(`${num(REALISED)} ÷ ${num(periodTarget)}`);
  await checkpoint(page, `progress-entry-${width}`, { save: false });

  // ── January is recorded (set up through the API: the entry form itself is the monitoring journey's).
  const january = periodic[0]!;
  await write(page, 'POST', `/work-plans/${planId}/progress`, {
    indicatorId: indicator.id,
    periodId: january.id,
    value: REALISED,
  });
  const reported = (await api<Grid>(page, `/work-plans/${planId}/progress-grid`)).results
    .flatMap((r) => r.indicators)
    .find((i) => i.id === indicator.id)!;
  // only January is reported (no other journey records the nurse's progress): to date = January alone
  expect(reported.cells.filter((c) => c.latest !== null).map((c) => c.periodId)).toEqual([january.id]);

  // ── The grid: January against its period target, to date against the targets so far, the year against 3,600.
  await page.goto(`/plans/${planId}?tab=progress`);
  const row = page.locator(`[data-testid="progress-row"][data-indicator="${indicator.id}"]`);
  await row.waitFor();
  const cell = row.locator(`[data-testid="progress-cell"][data-period="${january.id}"]`);
  expect(squash(await cell.innerText())).toContain(pct((REALISED / periodTarget) * 100));
  expect(squash(await row.getByTestId('progress-to-date').innerText())).toContain(
    `${pct((REALISED / periodTarget) * 100)} `,
  );
  expect(squash(await row.getByTestId('progress-to-date').innerText())).toContain(
    `${num(REALISED)} ÷ ${num(periodTarget)}`,
  );
  expect(squash(await row.getByTestId('progress-year').innerText())).toContain(
    `${pct((REALISED / indicator.target!) * 100)} `,
  );
  expect(squash(await row.getByTestId('progress-year').innerText())).toContain(
    `${num(REALISED)} ÷ ${num(indicator.target!)}`,
  );
  await cell.click();
  expect(squash(await page.getByTestId('progress-period-target').innerText())).toContain(
    `Target periode: ${num(periodTarget)}`,
  );
  await checkpoint(page, `progress-grid-${width}`, { save: width === 360 });
  await page.keyboard.press('Escape');

  // ── The Kepala Puskesmas has finalised January (set up once through the API); the nurse objects, sees the
  // summary and cancels.
  const boss = await newPage(browser);
  await signIn(boss.page, 'kapus');
  const nurseId = await employeeByNip(boss.page, NURSE.nip);
  let evaluation = await evaluationFor(boss.page, planId, nurseId, january.id);
  if (evaluation.status === 'draft') {
    evaluation = await write<Evaluation>(boss.page, 'PUT', `/evaluations/${evaluation.id}`, {
      resultRatings: evaluation.results.map((r) => ({ resultId: r.id, rating: 'meets' })),
      resultRating: 'meets',
      behaviourRatings: BEHAVIOURS.map((value) => ({ value, rating: 'meets' })),
      behaviourRating: 'meets',
      version: evaluation.version,
    });
    await write(boss.page, 'POST', `/evaluations/${evaluation.id}/finalize`, {});
  }
  await boss.context.close();
  await page.goto(`/evaluations/${evaluation.id}`);
  await page.getByTestId('evaluation-explanation').waitFor();
  const acknowledge = page.getByTestId('evaluation-acknowledge');
  if ((await acknowledge.count()) > 0) {
    await acknowledge.click();
    await page.getByTestId('evaluation-acknowledged').waitFor();
  }
  await page.getByTestId('objection-reason').fill(OBJECTION);
  await page.getByTestId('objection-submit').click();
  const confirm = page.getByTestId('confirm-objection');
  await confirm.getByTestId('confirm-objection-cancel').waitFor();
  const summary = squash(await confirm.innerText());
  expect(summary).toContain(NURSE.name);
  expect(summary).toContain(january.label);
  expect(squash(await confirm.getByTestId('confirm-objection-grounds').innerText())).toContain(
    OBJECTION.slice(0, 40),
  );
  await checkpoint(page, `confirm-objection-${width}`, { save: width === 360 });
  await confirm.getByTestId('confirm-objection-cancel').click();
  await confirm.getByTestId('confirm-objection-cancel').waitFor({ state: 'detached' });
  // cancelled: nothing filed, and the grounds are still there to edit
  expect(await page.getByTestId('objection-reason').inputValue()).toBe(OBJECTION);
  expect((await api<Evaluation>(page, `/evaluations/${evaluation.id}`)).objection).toBeNull();
}

async function supervisorJourney(page: Page, width: number, browser: Browser) {
  const home = await homeOf(page);
  // ── Every task of the home, in order; the evaluations due say how many and for which month.
  const tasks = page.getByTestId('home-task');
  await expect.poll(() => tasks.count(), { timeout: 15_000 }).toBe(home.tasks.length);
  const kinds = await tasks.evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
  expect(kinds).toEqual(home.tasks.map((t) => t.kind));
  const due = home.tasks.findIndex((t) => t.kind === 'evaluations.due');
  expect(due).toBeGreaterThanOrEqual(0);
  const dueTask = home.tasks[due]!;
  expect(squash(await tasks.nth(due).innerText())).toContain(
    `${dueTask.count} evaluasi ${dueTask.periodLabel} tim Anda belum final`,
  );
  await checkpoint(page, `home-supervisor-${width}`, { save: width === 1280 });
  // ── One click to that month's team evaluations: as many people without a final evaluation as the task said.
  await tasks.nth(due).getByTestId('home-task-action').click();
  await page.locator('[data-testid^="team-evaluation-row-"]').first().waitFor();
  await expect
    .poll(() => page.locator('[data-testid^="team-evaluation-row-"]:not([data-status="final"])').count(), {
      timeout: 15_000,
    })
    .toBe(dueTask.count);

  // ── The conflict view: the midwife's January evaluation is open here while it is saved elsewhere.
  const midwifeId = await employeeByNip(page, MIDWIFE.nip);
  const cycle = await api<{ periods: Period[] }>(page, '/cycles/current');
  const january = cycle.periods.find((p) => p.kind === 'periodic')!;
  const workPlanId = (await planOf(page, midwifeId))!;
  const evaluation = await evaluationFor(page, workPlanId, midwifeId, january.id);
  expect(evaluation.status).toBe('draft');
  await page.goto(`/evaluations/${evaluation.id}`);
  const strengths = page.getByTestId('evaluation-strengths');
  await strengths.waitFor();
  // rated once (finalising needs the ratings); the draft is never finalised here
  if (evaluation.resultRating === null) await rateEvaluation(page, 'meets');
  const other = await newPage(browser);
  await signIn(other.page, 'kapus');
  const theirs = `Disimpan di tab lain (${width} px).`;
  const fresh = await api<Evaluation>(other.page, `/evaluations/${evaluation.id}`);
  await write(other.page, 'PUT', `/evaluations/${evaluation.id}`, {
    strengths: theirs,
    version: fresh.version,
  });
  await other.context.close();
  const mine = `Ketelitian pencatatan K6 sangat baik (${width} px).`;
  await strengths.fill(mine);
  await page.getByTestId('evaluation-save').click();
  const slot = page.getByTestId('evaluation-conflict-slot');
  await slot.waitFor();
  expect(await slot.getAttribute('data-field')).toBe('strengths');
  expect(squash(await page.getByTestId('evaluation-conflict-mine').innerText())).toContain(mine);
  expect(squash(await page.getByTestId('evaluation-conflict-theirs').innerText())).toContain(theirs);
  // next to the field (its section), and the typing is kept
  expect(await strengths.inputValue()).toBe(mine);
  const gap = await page.evaluate(() => {
    const a = document.querySelector('[data-testid="evaluation-strengths"]')!.getBoundingClientRect();
    const b = document.querySelector('[data-testid="evaluation-conflict-slot"]')!.getBoundingClientRect();
    return Math.min(Math.abs(b.top - a.bottom), Math.abs(a.top - b.bottom));
  });
  expect(gap).toBeLessThan(400);
  await checkpoint(page, `evaluation-conflict-${width}`, { save: width === 1280 });
  await page.getByTestId('evaluation-conflict-keep-mine').click();
  await slot.waitFor({ state: 'detached' });
  await expect
    .poll(async () => (await api<Evaluation>(page, `/evaluations/${evaluation.id}`)).strengths, {
      timeout: 15_000,
    })
    .toBe(mine);

  // ── Finalising asks first, with a summary; cancelled, it stays a draft.
  await page.getByTestId('evaluation-finalize').click();
  const confirm = page.getByTestId('confirm-finalize');
  await confirm.getByTestId('confirm-finalize-cancel').waitFor();
  const summary = squash(await confirm.innerText());
  expect(summary).toContain(MIDWIFE.name);
  expect(summary).toContain(january.label);
  await checkpoint(page, `confirm-finalize-${width}`, { save: width === 1280 });
  await confirm.getByTestId('confirm-finalize-cancel').click();
  await confirm.getByTestId('confirm-finalize-cancel').waitFor({ state: 'detached' });
  expect((await api<Evaluation>(page, `/evaluations/${evaluation.id}`)).status).toBe('draft');
}

/** The employee's approved plan of the current cycle (as the assessor sees it). */
async function planOf(page: Page, employeeId: string): Promise<string | null> {
  const list = await api<{ items: Array<{ id: string; status: string; ended: boolean }> }>(
    page,
    `/work-plans?employeeId=${employeeId}`,
  );
  return list.items.find((p) => p.status === 'approved' && !p.ended)?.id ?? null;
}

async function unitHeadJourney(page: Page, width: number) {
  const home = await homeOf(page);
  const panel = page.getByTestId('home-unit');
  await panel.waitFor();
  const unit = home.unit!.units[0]!;
  const item = panel.getByTestId('home-unit-item').first();
  const text = squash(await item.innerText());
  expect(text).toContain(unit.name);
  const c = unit.completion;
  expect(text).toContain(`${c.plansApproved}/${c.employees}`);
  // the unit against its predicate: the counts per predicate are the distribution's for the period
  const dist = await api<{ orgPredicate: string | null; counts: Record<string, number> }>(
    page,
    `/units/${unit.unitId}/distribution${home.unit!.period ? `?periodId=${home.unit!.period.id}` : ''}`,
  );
  const counts = await item
    .getByTestId('home-unit-counts')
    .locator(':scope > div')
    .evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/\D+/g, '')));
  expect(counts.map(Number)).toEqual(
    ['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'].map((p) => dist.counts[p] ?? 0),
  );
  expect(text).toContain(
    dist.orgPredicate ? 'Capaian Kinerja Organisasi:' : 'Capaian Kinerja Organisasi belum ditetapkan',
  );
  await checkpoint(page, `home-unit-head-${width}`, { save: width === 1280 });
}

async function agencyJourney(page: Page, width: number, who: string) {
  const home = await homeOf(page);
  const agency = page.getByTestId('home-agency');
  await agency.waitFor();
  const a = home.agency!;
  expect(await agency.getByTestId('home-agency-worst').locator('tr').count()).toBe(a.worstUnits.length);
  expect(squash(await agency.getByTestId('home-agency-escalations').innerText())).toBe(
    `${a.escalations.objectionsOverdue} keberatan lewat batas keputusan · ${a.escalations.predicatesMissing} unit belum punya Capaian Kinerja Organisasi`,
  );
  await checkpoint(page, `home-${who}-${width}`, { save: width === 1280 });
}

/** Every item of the menu opens a page the user may see (no "forbidden", no "not found"). */
async function menuLeadsSomewhere(page: Page, width: number) {
  await page.goto('/');
  await page.getByTestId('nav-home').waitFor({ state: 'attached' });
  const hrefs = await page
    .locator('[data-testid^="nav-"][href]')
    .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('href')!))]);
  expect(hrefs.length).toBeGreaterThan(2);
  for (const href of hrefs) {
    await page.goto(href);
    // the page's own title, once its (lazily loaded) route is there
    await page.locator('#main-content h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('forbidden-page').count(), href).toBe(0);
    expect(await page.getByTestId('not-found-page').count(), href).toBe(0);
    if (href !== '/') await checkpoint(page, `bupati ${href} at ${width} px`, { save: false });
  }
}

async function auditorJourney(page: Page, width: number) {
  await page.goto('/admin/audit');
  const list = page.getByTestId('audit-list');
  await list.waitFor();
  await page.getByTestId('audit-entry').first().waitFor();
  const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
  // names, not ids; action labels, not codes; no sign-ins among the changes
  const actors = await page.getByTestId('audit-actor').allInnerTexts();
  expect(actors.length).toBeGreaterThan(0);
  for (const actor of actors) expect(actor).not.toMatch(uuid);
  const actions = await page.getByTestId('audit-action').allInnerTexts();
  for (const action of actions) {
    expect(action).not.toMatch(/^[a-z_]+\.[a-z_.]+$/);
    expect(action).not.toMatch(/^Masuk$/);
  }
  for (const filter of ['person', 'action', 'from', 'to', 'entity-type'])
    await page.getByTestId(`audit-filter-${filter}`).waitFor();
  await checkpoint(page, `audit-auditor-${width}`, { save: false });
  await page.getByTestId('audit-tab-signins').click();
  await expect.poll(() => page.url()).toContain('tab=signins');
  await expect
    .poll(async () => (await page.getByTestId('audit-action').allInnerTexts()).join('\n'), {
      timeout: 15_000,
    })
    .toMatch(/^Masuk$/m);
  await checkpoint(page, `audit-signins-${width}`, { save: false });
}

const JOURNEYS: Record<string, (page: Page, width: number, browser: Browser) => Promise<void>> = {
  [NURSE.username]: nurseJourney,
  kapus: supervisorJourney,
  kadinkes: unitHeadJourney,
  'admin.bkpsdm': (page, width) => agencyJourney(page, width, 'hr'),
  bupati: async (page, width) => {
    await agencyJourney(page, width, 'regent');
    await menuLeadsSomewhere(page, width);
  },
  inspektorat: auditorJourney,
};

describe('every role at 360 and 1280 px: the home and the main task say what they should, and axe finds nothing serious', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(async () => browser.close());

  for (const width of [360, 1280]) {
    it(`when the sign-in page opens at ${width} px, then axe finds no critical or serious violation`, async () => {
      const { page, context } = await newPage(browser, { viewport: { width, height: 800 } });
      await page.goto('/login');
      await page.getByTestId('login-username').waitFor();
      await checkpoint(page, `login at ${width} px`, { save: false });
      await context.close();
    });
    for (const username of new Set([...Object.keys(PAGES), ...Object.keys(JOURNEYS)]))
      it(`when ${username} works at ${width} px, then their home and task show the right content and axe finds no critical or serious violation`, async () => {
        const { page, context } = await newPage(browser, { viewport: { width, height: 800 } });
        await signIn(page, username);
        await JOURNEYS[username]?.(page, width, browser);
        for (const path of PAGES[username] ?? []) {
          await page.goto(path);
          await page.locator('#main-content').waitFor();
          await checkpoint(page, `${username} ${path} at ${width} px`, { save: false });
        }
        await context.close();
      }, 240_000);
  }
});
