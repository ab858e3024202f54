import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { checkpoint, launchBrowser, newPage, signIn } from './support.js';

/**
 * Every main page of each role, on a phone (360 px) and a desktop (1280 px), passes axe-core without a critical or
 * serious violation (issue 12.5). The journeys check the pages of their own tasks the same way.
 */
const PAGES: Record<string, string[]> = {
  perawat: ['/', '/plans/mine', '/evaluations/mine', '/objections', '/profile', '/employees'],
  kapus: ['/', '/plans/inbox', '/evaluations/team', '/team/matrix', '/calibration', '/monitoring'],
  kadinkes: ['/', '/monitoring', '/calibration', '/org-predicates', '/units'],
  'admin.bkpsdm': [
    '/',
    '/units',
    '/admin/employees/new',
    '/admin/users',
    '/admin/cycles',
    '/admin/import',
    '/library',
    '/settings/assessment',
    '/monitoring',
  ],
  bupati: ['/', '/org-predicates', '/objections', '/monitoring'],
  inspektorat: ['/', '/admin/audit'],
};

describe('accessibility of every main page per role', () => {
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
    for (const [username, paths] of Object.entries(PAGES))
      it(`when ${username} opens their pages at ${width} px, then axe finds no critical or serious violation`, async () => {
        const { page, context } = await newPage(browser, { viewport: { width, height: 800 } });
        await signIn(page, username);
        for (const path of paths) {
          await page.goto(path);
          await page.locator('#main-content').waitFor();
          await checkpoint(page, `${username} ${path} at ${width} px`, { save: false });
        }
        await context.close();
      }, 240_000);
  }
});
