import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, employeeByNip, launchBrowser, newPage, rateEvaluation, checkpoint, signIn } from './support.js';

/**
 * A real agency year (issue 10), on the demo: a midwife of Puskesmas Kemuning moves to Puskesmas Sukamaju in June;
 * the new Kepala Puskesmas approves her new plan, evaluates July and starts the annual evaluation, which shows both
 * plans; the Bupati evaluates the Sekda. Usernames are NIPs (src/server/seed/demo-data.ts).
 */
const MIDWIFE = { name: 'Eka Novitasari', nip: '199511302020122004' };
const NEW_HEAD = { name: 'Hendra Wijaya', nip: '198311202009021001' };

/** Picks an option of a searchable Mantine select by typing part of its label. */
async function choose(page: Page, testId: string, text: string) {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(text);
  await page
    .getByRole('option', { name: new RegExp(text) })
    .first()
    .click();
}

describe('a real agency year: transfer in June → the new assessor approves and evaluates → annual with both plans; the Bupati evaluates the Sekda', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('when HR transfers the midwife in June, then the new Kepala Puskesmas approves her new plan, evaluates July and sees both plans in the annual evaluation', async () => {
    // ── HR transfers the midwife to Puskesmas Sukamaju from 1 June.
    const hr = await newPage(browser);
    await signIn(hr.page, 'admin.bkpsdm');
    const cycle = await api<{ year: number }>(hr.page, '/cycles/current');
    const midwifeId = await employeeByNip(hr.page, MIDWIFE.nip);
    await hr.page.goto(`/employees/${midwifeId}`);
    await hr.page.getByTestId('transfer-form').waitFor();
    await choose(hr.page, 'transfer-unit', 'Puskesmas Sukamaju');
    await choose(hr.page, 'transfer-supervisor', NEW_HEAD.name);
    await hr.page.getByTestId('transfer-date').fill(`${cycle.year}-06-01`);
    await hr.page.getByTestId('transfer-note').fill('Pemerataan tenaga kebidanan.');
    await hr.page.getByTestId('transfer-save').click();
    await hr.page.getByTestId('transfer-item').first().waitFor({ timeout: 15_000 });
    expect(await hr.page.getByTestId('transfer-list').innerText()).toContain('Puskesmas Sukamaju');

    // ── The midwife sees two plans: the first ended on 31 May; she fills and submits the new one.
    const emp = await newPage(browser, { viewport: { width: 390, height: 844 } });
    await signIn(emp.page, MIDWIFE.nip);
    await emp.page.goto('/plans/mine');
    await expect.poll(() => emp.page.getByTestId('my-plan-span-item').count(), { timeout: 15_000 }).toBe(2);
    expect(await emp.page.getByTestId('my-plan-span-ended').textContent()).toContain('31 Mei');
    await emp.page.getByTestId('plan-open').click();
    await emp.page.getByTestId('plan-status').waitFor();
    expect(await emp.page.getByTestId('plan-status').textContent()).toBe('Draf');
    await emp.page.getByTestId('result-add').click();
    await emp.page.getByTestId('result-text').fill('Terlaksananya pelayanan kebidanan di Puskesmas Sukamaju');
    const parent = emp.page.getByTestId('result-parent-select');
    await expect.poll(() => parent.locator('option').count(), { timeout: 15_000 }).toBeGreaterThan(1);
    await parent.selectOption({ index: 1 });
    await emp.page.getByTestId('result-save').click();
    await emp.page.getByTestId('result-link-linked').waitFor();
    await emp.page.getByTestId('indicator-add').click();
    await emp.page.getByTestId('indicator-text').fill('Jumlah persalinan yang ditolong tenaga kesehatan');
    await emp.page.getByTestId('indicator-target').fill('90');
    await emp.page.getByTestId('indicator-unit').fill('persalinan');
    await emp.page.getByTestId('indicator-save').click();
    await emp.page.getByTestId('indicator-item').waitFor();
    await emp.page.getByTestId('indicator-form').waitFor({ state: 'detached' });
    await emp.page.getByTestId('plan-submit').click();
    await expect
      .poll(() => emp.page.getByTestId('plan-status').textContent(), { timeout: 15_000 })
      .toBe('Diajukan');

    // ── The new Kepala Puskesmas approves it.
    const head = await newPage(browser);
    await signIn(head.page, NEW_HEAD.nip);
    await head.page.goto('/plans/inbox');
    await head.page.getByTestId('inbox-item-link').first().click();
    await head.page.getByTestId('plan-approve').click();
    await head.page.getByTestId('approve-confirm').click();
    await expect
      .poll(() => head.page.getByTestId('plan-status').textContent(), { timeout: 15_000 })
      .toBe('Disetujui');

    // ── He evaluates July from Evaluasi Tim (a Puskesmas without an organisation predicate: no pattern).
    await head.page.goto('/evaluations/team');
    await head.page.getByTestId('evaluation-period').selectOption({ label: `Juli ${cycle.year}` });
    await head.page.getByTestId(`team-evaluation-start-${midwifeId}`).click();
    await head.page.waitForURL(/\/evaluations\/[0-9a-f-]{36}/);
    await rateEvaluation(head.page, 'meets');
    await head.page.getByTestId('evaluation-finalize').click();
    await head.page.getByTestId('confirm-finalize-confirm').click();
    await head.page.getByTestId('evaluation-explanation').waitFor({ timeout: 20_000 });

    // ── The annual evaluation is his, and shows both plans of the year.
    await head.page.goto('/evaluations/team');
    const periodSelect = head.page.getByTestId('evaluation-period');
    const annualOption = periodSelect.locator('option', { hasText: `Tahunan ${cycle.year}` });
    await periodSelect.selectOption((await annualOption.getAttribute('value'))!);
    await head.page.getByTestId(`team-evaluation-start-${midwifeId}`).click();
    await head.page.waitForURL(/\/evaluations\/[0-9a-f-]{36}/);
    const annual = head.page.getByTestId('evaluation-annual');
    await annual.waitFor();
    await expect
      .poll(() => head.page.locator('[data-testid^="evaluation-annual-plan-"]').count(), { timeout: 15_000 })
      .toBe(2);
    const text = await annual.innerText();
    expect(text).toContain('Puskesmas Kemuning');
    expect(text).toContain('Puskesmas Sukamaju');
    expect(text).toContain(`Juli ${cycle.year}`);
    await checkpoint(head.page, 'annual-after-transfer');
    for (const p of [hr, emp, head]) await p.context.close();
  });

  it('when the Bupati sets the Sekretariat Daerah’s organisation predicate, then he evaluates the Sekda with the bound result rating', async () => {
    const regent = await newPage(browser);
    await signIn(regent.page, 'bupati');
    const units = await api<{ items: Array<{ id: string; code: string }> }>(regent.page, '/units?limit=200');
    const setda = units.items.find((u) => u.code === 'SETDA')!;
    await regent.page.goto('/org-predicates');
    await regent.page.getByTestId(`org-predicate-select-${setda.id}`).waitFor();
    await regent.page.getByTestId(`org-predicate-select-${setda.id}`).selectOption('baik');
    await regent.page
      .getByTestId(`org-predicate-basis-${setda.id}`)
      .fill('Capaian IKU Sekretariat Daerah sesuai target.');
    await regent.page.getByTestId(`org-predicate-save-${setda.id}`).click();
    await expect
      .poll(async () => (await regent.page.getByTestId('org-predicate-list').innerText()).includes('Baik'), {
        timeout: 15_000,
      })
      .toBe(true);

    await regent.page.goto('/evaluations/team');
    const start = regent.page.locator('[data-testid^="team-evaluation-start-"]').first();
    await start.waitFor({ timeout: 15_000 });
    await start.click();
    await regent.page.waitForURL(/\/evaluations\/[0-9a-f-]{36}/);
    const bound = regent.page.getByTestId('evaluation-leader-rule');
    await bound.waitFor();
    expect(await bound.innerText()).toContain('Sekretariat Daerah');
    await rateEvaluation(regent.page, null);
    await regent.page.getByTestId('evaluation-finalize').click();
    await regent.page.getByTestId('confirm-finalize-confirm').click();
    await regent.page.getByTestId('evaluation-explanation').waitFor({ timeout: 20_000 });
    expect(await regent.page.getByTestId('evaluation-predicate').innerText()).toMatch(/baik/i);
    await regent.page.context().close();
  });
});
