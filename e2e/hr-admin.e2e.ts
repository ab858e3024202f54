import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, checkpoint, signIn } from './support.js';

/** Dedi Kurniawan, perawat at Puskesmas Kemuning in the demo data; the new supervisor is the Kasubbag TU. */
const NURSE_NIP = '199008032014031004';
const NEW_SUPERVISOR = 'Slamet Riyanto';

describe('HR administrator journey', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('when the demo HR admin signs in, then they browse the tree, find an employee by NIP, change the supervisor and see the audit entry', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/login');
    await page.getByTestId('demo-accounts').waitFor();
    expect(await page.getByTestId('demo-account-admin.bkpsdm').isVisible()).toBe(true);
    await checkpoint(page, 'login');
    await signIn(page, 'admin.bkpsdm');

    // The unit tree.
    await page.getByTestId('nav-units').click();
    const tree = page.getByTestId('unit-tree');
    await tree.waitFor();
    await tree.getByText('Dinas Kesehatan', { exact: false }).first().waitFor();
    await page.getByTestId('unit-expand-all').click();
    await tree.getByText('Puskesmas Kemuning', { exact: false }).first().waitFor();
    await checkpoint(page, 'org-tree');

    // Find the employee by NIP.
    await page.getByTestId('nav-employees').click();
    await page.getByTestId('employee-search').fill(NURSE_NIP);
    const rows = page.getByTestId('employee-row');
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(1);
    expect(await rows.first().innerText()).toContain('Dedi Kurniawan');
    await checkpoint(page, 'employees');
    await rows.first().click();

    // Change the supervisor.
    await page.getByTestId('employee-edit').waitFor();
    const picker = page.getByTestId('supervisor-select');
    await picker.click();
    await picker.fill(NEW_SUPERVISOR);
    await page.getByRole('option', { name: new RegExp(NEW_SUPERVISOR) }).click();
    await page.getByTestId('employee-save').click();

    // The change history shows the update, by this user.
    const history = page.getByTestId('change-history');
    await expect
      .poll(async () => (await history.getByTestId('audit-entry').allInnerTexts()).join('\n'), {
        timeout: 15_000,
      })
      .toContain('Data pegawai diubah');
    expect(await history.innerText()).toContain('admin.bkpsdm');
    // the change as a table: the field's label, not its key
    expect(await history.getByTestId('audit-diff').first().innerText()).toContain('Atasan langsung');
    await checkpoint(page, 'employee-edit');

    // The API agrees: the supervisor really changed.
    const found = await page.request.get(`/api/v1/employees?q=${NURSE_NIP}`);
    const body = (await found.json()) as { items: Array<{ supervisor: { name: string } | null }> };
    expect(body.items[0]?.supervisor?.name).toContain(NEW_SUPERVISOR);

    // The audit log page lists the entry too.
    await page.getByTestId('nav-audit').click();
    await page.getByTestId('audit-list').waitFor();
    expect(await page.getByTestId('audit-list').innerText()).toContain('Data pegawai diubah');
    // Sign-ins have their own tab, kept in the address.
    await page.getByTestId('audit-tab-signins').click();
    await expect.poll(() => page.url()).toContain('tab=signins');
    await expect
      .poll(async () => (await page.getByTestId('audit-action').allInnerTexts()).join('\n'), {
        timeout: 15_000,
      })
      .toMatch(/^Masuk$/m);
    await checkpoint(page, 'audit-log');

    // Switch the language to English and back.
    await page.getByTestId('lang-switch').getByText('EN', { exact: true }).click();
    await expect.poll(() => page.getByTestId('nav-units').innerText()).toContain('Organisation');
    await page.getByTestId('lang-switch').getByText('ID', { exact: true }).click();
    await expect.poll(() => page.getByTestId('nav-units').innerText()).toContain('Organisasi');
    await context.close();
  });
});
