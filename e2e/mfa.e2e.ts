import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, signIn } from './support.js';

/** The code of a TOTP secret for the next 30-second step (a code whose step was used is refused as a replay). */
async function freshCode(secret: string, after: number | null): Promise<{ code: string; step: number }> {
  let step = Math.floor(Date.now() / 30_000);
  while (after !== null && step <= after) {
    await new Promise((r) => setTimeout(r, 1000));
    step = Math.floor(Date.now() / 30_000);
  }
  const totp = new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 });
  return { code: totp.generate({ timestamp: step * 30_000 + 1000 }), step };
}

async function csrf(page: Page) {
  const res = await page.request.get('/api/v1/auth/me');
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

describe('second factor journey', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('when a user enrols from the profile page, then signing in asks for the code and the code signs in', async () => {
    // a fresh account, so the demo accounts keep signing in with the password alone
    const admin = await newPage(browser);
    await signIn(admin.page, 'admin.bkpsdm');
    const username = `mfa.${Date.now().toString(36)}`;
    const password = 'Rahasia-Dua-Langkah-7';
    const created = await admin.page.request.post('/api/v1/users', {
      data: { username, password, roles: ['employee'] },
      headers: { 'x-csrf-token': await csrf(admin.page) },
    });
    expect(created.status()).toBe(201);
    await admin.context.close();

    const { context, page } = await newPage(browser);
    await signIn(page, username, password);
    await page.goto('/profile');
    await page.getByTestId('totp-start').click();
    await page.getByTestId('totp-qr').waitFor();
    const secret = (await page.getByTestId('totp-secret').innerText()).trim();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const first = await freshCode(secret, null);
    await page.getByTestId('totp-enable-code').fill(first.code);
    await page.getByTestId('totp-enable-submit').click();
    await page.getByTestId('recovery-codes').waitFor();
    expect(await page.getByTestId('recovery-code').count()).toBe(10);
    await page.getByTestId('recovery-done').click();
    await expect.poll(() => page.getByTestId('totp-status').textContent()).toBe('Aktif');

    await page.getByTestId('user-menu').click();
    await page.getByTestId('logout').click();
    await page.waitForURL((url) => url.pathname.startsWith('/login'));

    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    const field = page.getByTestId('mfa-code');
    await field.waitFor();
    expect(await field.getAttribute('autocomplete')).toBe('one-time-code');
    await field.fill('000000');
    await page.getByTestId('mfa-submit').click();
    await page.getByTestId('mfa-error').waitFor();
    const second = await freshCode(secret, first.step);
    await field.fill(second.code);
    await page.getByTestId('mfa-submit').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.getByTestId('user-menu').waitFor();
    await context.close();
  });
});
