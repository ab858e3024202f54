import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, checkpoint, signIn } from './support.js';

/** The demo nurse (perawat) plans; her assessor is the Kepala Puskesmas (kapus), whose plan is approved. */
const RESULT = 'Terlayaninya pasien rawat jalan Puskesmas Kemuning sesuai standar pelayanan';
const RETURN_COMMENT = 'Target terlalu rendah; sesuaikan dengan jumlah kunjungan tahun lalu.';

async function openMyPlan(page: Page) {
  await page.goto('/plans/mine');
  await page.getByTestId('plan-open').click();
  await page.getByTestId('plan-status').waitFor();
}

describe('planning journey: draft → return → resubmit → approve → PDF', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('when the nurse drafts with a health template and the Kepala Puskesmas reviews, then the plan is approved and printable', async () => {
    // ── The employee drafts her SKP, using a template from the indicator library.
    const nurse = await newPage(browser);
    await signIn(nurse.page, 'perawat');
    await nurse.page.goto('/plans/mine');
    await nurse.page.getByTestId('plan-approach-quantitative').click();
    await nurse.page.getByTestId('plan-create').click();
    await nurse.page.getByTestId('plan-status').waitFor();
    expect(await nurse.page.getByTestId('plan-status').textContent()).toBe('Draf');

    await nurse.page.getByTestId('result-add').click();
    await nurse.page.getByTestId('result-text').fill(RESULT);
    const parent = nurse.page.getByTestId('result-parent-select');
    await expect.poll(() => parent.locator('option').count(), { timeout: 15_000 }).toBeGreaterThan(1);
    await parent.selectOption({ index: 1 });
    await nurse.page.getByTestId('result-save').click();
    await nurse.page.getByTestId('result-link-linked').waitFor();

    await nurse.page.getByTestId('indicator-add').click();
    await nurse.page.getByTestId('library-open').click();
    await nurse.page.getByTestId('library-search').fill('jumlah pasien');
    // The search is debounced: wait until the list shows the health templates about patients.
    await expect
      .poll(() => nurse.page.getByTestId('library-template').first().innerText(), { timeout: 15_000 })
      .toMatch(/pasien/i);
    await nurse.page.getByTestId('library-insert').first().click();
    expect(await nurse.page.getByTestId('indicator-text').inputValue()).toMatch(/pasien/i);
    await nurse.page.getByTestId('indicator-target').fill('1000');
    await nurse.page.getByTestId('indicator-save').click();
    await nurse.page.getByTestId('indicator-item').waitFor();
    await nurse.page.getByTestId('indicator-form').waitFor({ state: 'detached' });
    await nurse.page.waitForTimeout(600); // let the dialog's closing animation finish before the screenshot
    await nurse.page.evaluate('window.scrollTo(0, 0)');
    await checkpoint(nurse.page, 'plan-editor');

    await nurse.page.getByTestId('plan-submit').click();
    await expect
      .poll(() => nurse.page.getByTestId('plan-status').textContent(), { timeout: 15_000 })
      .toBe('Diajukan');

    // ── The Kepala Puskesmas returns it with a comment.
    const boss = await newPage(browser);
    await signIn(boss.page, 'kapus');
    await boss.page.goto('/plans/inbox');
    await boss.page.getByTestId('inbox-item-link').first().click();
    await boss.page.getByTestId('plan-return').click();
    await boss.page.getByTestId('return-comment').fill(RETURN_COMMENT);
    await boss.page.getByTestId('return-confirm').click();
    await expect
      .poll(() => boss.page.getByTestId('plan-status').textContent(), { timeout: 15_000 })
      .toBe('Dikembalikan');

    // ── The employee reads the comment, raises the target and resubmits.
    await openMyPlan(nurse.page);
    expect(await nurse.page.getByTestId('plan-status').textContent()).toBe('Dikembalikan');
    await expect
      .poll(async () => (await nurse.page.getByTestId('comment-entry').allInnerTexts()).join('\n'), {
        timeout: 15_000,
      })
      .toContain(RETURN_COMMENT);
    await nurse.page.getByTestId('indicator-edit').first().click();
    await nurse.page.getByTestId('indicator-target').fill('1500');
    await nurse.page.getByTestId('indicator-save').click();
    await expect
      .poll(() => nurse.page.getByTestId('indicator-item-target').first().innerText(), { timeout: 15_000 })
      .toContain('1.500');
    await nurse.page.getByTestId('plan-submit').click();
    await expect
      .poll(() => nurse.page.getByTestId('plan-status').textContent(), { timeout: 15_000 })
      .toBe('Diajukan');

    // ── The Kepala Puskesmas sees what changed and approves.
    await boss.page.reload();
    await boss.page.getByTestId('plan-changes').waitFor();
    await boss.page.getByTestId('plan-approve').click();
    await boss.page.getByTestId('approve-confirm').click();
    await expect
      .poll(() => boss.page.getByTestId('plan-status').textContent(), { timeout: 15_000 })
      .toBe('Disetujui');

    // ── The employee downloads the official document.
    await openMyPlan(nurse.page);
    expect(await nurse.page.getByTestId('plan-status').textContent()).toBe('Disetujui');
    const [download] = await Promise.all([
      nurse.page.waitForEvent('download'),
      nurse.page.getByTestId('plan-pdf').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^SKP-\d{4}-\d{18}\.pdf$/);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await nurse.context.close();
    await boss.context.close();
  });
});
