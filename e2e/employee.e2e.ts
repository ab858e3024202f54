import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, checkpoint, signIn } from './support.js';

describe('employee journey on a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('when a demo employee signs in, then they see their home and are refused the admin pages', async () => {
    const { context, page } = await newPage(browser, { viewport: { width: 360, height: 740 } });
    await signIn(page, 'perawat');
    await page.getByTestId('home-my-profile').waitFor();
    await expect
      .poll(() => page.getByTestId('home-my-profile').innerText(), { timeout: 15_000 })
      .toContain('Siti Nurhaliza');
    // Nothing sticks out sideways on a 360 px phone.
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await checkpoint(page, 'phone-home');

    for (const path of ['/admin/users', '/admin/import', '/admin/audit', '/admin/employees/new']) {
      await page.goto(path);
      await page.getByTestId('forbidden-page').waitFor();
    }
    // The admin entries are not in the (collapsed) menu at all, and the API refuses the admin endpoints too.
    await page.goto('/');
    await page.getByTestId('nav-home').waitFor({ state: 'attached' });
    expect(await page.getByTestId('nav-import').count()).toBe(0);
    expect(await page.getByTestId('nav-users').count()).toBe(0);
    const users = await page.request.get('/api/v1/users');
    expect(users.status()).toBe(403);
    await context.close();
  });
});
