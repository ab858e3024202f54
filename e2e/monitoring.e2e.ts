import { deflateSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, checkpoint, signIn } from './support.js';

/** A real (tiny) PNG, as a phone camera would send an image: signature, IHDR, IDAT, IEND with CRCs. */
function pngPhoto(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const raw = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const STRENGTH = 'Respons pengaduan sangat cepat bulan ini, pertahankan.';
const REPLY = 'Terima kasih, Bu/Pak. Akan kami pertahankan.';

describe('monitoring journey: progress with a photo → feedback → notification → reply', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('when the Kepala Puskesmas reports on a phone and the Kepala Dinas gives feedback, then she is notified and replies', async () => {
    // ── The employee (Kepala Puskesmas, whose demo plan is approved) records progress with a photo, on a phone.
    const emp = await newPage(browser, { viewport: { width: 360, height: 740 } });
    await signIn(emp.page, 'kapus');
    await emp.page.goto('/plans/mine');
    await emp.page.getByTestId('plan-open').click();
    await emp.page.getByTestId('tab-progress').click();
    const planUrl = emp.page.url().split('?')[0]!;
    await emp.page.getByTestId('progress-new').click();
    await emp.page.getByTestId('progress-quick').waitFor();
    await emp.page.getByTestId('progress-value').fill('1520');
    await emp.page
      .getByTestId('evidence-file')
      .setInputFiles({ name: 'foto-layanan.png', mimeType: 'image/png', buffer: pngPhoto() });
    await emp.page.getByTestId('progress-save').click();
    await emp.page.getByTestId('progress-saved').waitFor({ timeout: 20_000 });

    // ── The assessor (Kepala Dinas) sees it and writes feedback tagged as a strength.
    const boss = await newPage(browser);
    await signIn(boss.page, 'kadinkes');
    await boss.page.goto(`${new URL(planUrl).pathname}?tab=progress`);
    await boss.page.getByTestId('progress-grid').waitFor();
    await expect
      .poll(async () => (await boss.page.getByTestId('progress-grid').innerText()).replace(/\s+/g, ' '), {
        timeout: 15_000,
      })
      .toContain('1.520');
    await checkpoint(boss.page, 'progress-grid');
    await boss.page.getByTestId('tab-feedback').click();
    await boss.page.getByTestId('feedback-new').click();
    await boss.page.getByTestId('feedback-kind').getByText('Kekuatan', { exact: true }).click();
    await boss.page.getByTestId('feedback-text').fill(STRENGTH);
    await boss.page.getByTestId('feedback-send').click();
    await expect
      .poll(async () => (await boss.page.getByTestId('feedback-thread').allInnerTexts()).join('\n'), {
        timeout: 15_000,
      })
      .toContain(STRENGTH);

    // ── The employee sees the notification, opens it and replies.
    await emp.page.goto('/');
    await expect
      .poll(async () => Number((await emp.page.getByTestId('notification-count').textContent()) ?? '0'), {
        timeout: 30_000,
      })
      .toBeGreaterThan(0);
    await emp.page.getByTestId('notification-bell').click();
    await emp.page
      .getByTestId('notification-item')
      .filter({ hasText: /umpan balik/i })
      .first()
      .click();
    await emp.page.getByTestId('feedback-thread').filter({ hasText: STRENGTH }).waitFor();
    await emp.page.getByTestId('feedback-reply').first().click();
    await emp.page.getByTestId('reply-text').fill(REPLY);
    await emp.page.getByTestId('reply-send').click();
    await expect
      .poll(async () => (await emp.page.getByTestId('feedback-thread').allInnerTexts()).join('\n'), {
        timeout: 15_000,
      })
      .toContain(REPLY);

    // ── HR sees the agency's completion numbers.
    const hr = await newPage(browser);
    await signIn(hr.page, 'admin.bkpsdm');
    await hr.page.goto('/monitoring');
    await hr.page.getByTestId('monitoring-table').waitFor();
    await expect
      .poll(() => hr.page.getByTestId('monitoring-row').count(), { timeout: 15_000 })
      .toBeGreaterThan(10);
    await checkpoint(hr.page, 'completion-dashboard');
    for (const p of [emp, boss, hr]) await p.context.close();
  });
});
