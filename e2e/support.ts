import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const CHROMIUM =
  ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)) ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with the flags that work as root on a closed network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    // playwright gives every launch a fresh, empty profile directory of its own
  });
}

export const baseURL = () => inject('baseURL');

export async function newPage(
  browser: Browser,
  options: { viewport?: { width: number; height: number }; locale?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseURL(),
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: options.locale ?? 'id-ID',
    timezoneId: 'Asia/Jakarta',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return { context, page };
}

export const DEMO_PASSWORD = 'kemuning2026';

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/**
 * A page of the journey is reached: axe-core checks it (WCAG 2.1 A/AA; no critical or serious violation may
 * remain, issue 12.5), and with E2E_SCREENSHOTS=1 (unless `save: false`) it is saved to docs/screenshots for the README.
 */
export async function checkpoint(page: Page, name: string, options: { save?: boolean } = {}) {
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map(
            (n) => `${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`,
          )
          .join(' | ')}`,
    );
  expect.soft(serious, `accessibility of ${name} (${page.url()})`).toEqual([]);
  if (process.env.E2E_SCREENSHOTS !== '1' || options.save === false) return;
  const dir = join(process.cwd(), 'docs/screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: false });
}

/** A GET of the API with the page's session (for ids the journey needs, not for what it checks). */
export async function api<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(`/api/v1${path}`);
  if (!res.ok()) throw new Error(`${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

/** The id of the employee with this NIP, from the directory. */
export async function employeeByNip(page: Page, nip: string) {
  const list = await api<{ items: Array<{ id: string; nip: string }> }>(page, `/employees?q=${nip}`);
  const found = list.items.find((e) => e.nip === nip);
  if (!found) throw new Error(`employee ${nip} not found`);
  return found.id;
}

/**
 * The assessor rates every RHK and BerAKHLAK value "meets", picks the overall result rating (`null`: bound by the
 * leader rule, nothing to pick; a departure from the suggestion gets a reason), the overall behaviour "meets", and
 * saves.
 */
export async function rateEvaluation(page: Page, overallResult: 'above' | 'meets' | null) {
  await page.getByTestId('evaluation-editor').waitFor();
  for (const picker of await page
    .locator('[data-testid^="evaluation-result-rating-"][data-testid$="-meets"]')
    .all())
    await picker.click();
  for (const picker of await page
    .locator('[data-testid^="evaluation-behaviour-rating-"][data-testid$="-meets"]')
    .all())
    await picker.click();
  if (overallResult) await page.getByTestId(`evaluation-overall-result-${overallResult}`).click();
  if (overallResult === 'above')
    await page.getByTestId('evaluation-reason').fill('Inovasi layanan kunjungan rumah melampaui harapan.');
  await page.getByTestId('evaluation-overall-behaviour-meets').click();
  const saved = page.waitForResponse(
    (r) => r.request().method() === 'PUT' && /\/api\/v1\/evaluations\//.test(r.url()) && r.status() === 200,
  );
  await page.getByTestId('evaluation-save').click();
  await saved;
}
