import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, employeeByNip, launchBrowser, newPage, rateEvaluation, checkpoint, signIn } from './support.js';

/** The demo Puskesmas staff with approved plans (see src/server/seed/demo-planning.ts); their username is the NIP. */
const MIDWIFE = { name: 'Sri Mulyani', nip: '199202142015032003' };
const NURSE = { name: 'Dedi Kurniawan', nip: '199008032014031004' };
const JUSTIFICATION =
  'Kedua pegawai memenuhi seluruh target triwulan; tidak ada kinerja di bawah ekspektasi.';
const OBJECTION = 'Realisasi pemeriksaan K6 melampaui target dan bukti dukung sudah lengkap diunggah.';
const DECISION = 'Bukti dukung sah; hasil kerja di atas ekspektasi.';

describe('assessment journey: evaluate → calibrate → justify → finalise → explanation → objection → decision', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('when the Kepala Puskesmas evaluates two staff in a unit rated "Baik", then the pattern is checked, justified, explained and an objection decided', async () => {
    // ── The Kepala Dinas sets the Puskesmas' organisation predicate for the current period: Baik.
    const head = await newPage(browser);
    await signIn(head.page, 'kadinkes');
    await head.page.goto('/org-predicates');
    const units = await api<{ items: Array<{ id: string; code: string }> }>(head.page, '/units?limit=200');
    const pkm = units.items.find((u) => u.code === 'DINKES.PKM-KMN')!;
    await head.page.getByTestId(`org-predicate-select-${pkm.id}`).waitFor();
    await head.page.getByTestId(`org-predicate-select-${pkm.id}`).selectOption('baik');
    await head.page
      .getByTestId(`org-predicate-basis-${pkm.id}`)
      .fill('Capaian IKU Puskesmas triwulan ini 96%.');
    await head.page.getByTestId(`org-predicate-save-${pkm.id}`).click();
    await expect
      .poll(async () => (await head.page.getByTestId('org-predicate-list').innerText()).includes('Baik'), {
        timeout: 15_000,
      })
      .toBe(true);

    // ── The assessor rates both staff (drafts) from Evaluasi Tim.
    const boss = await newPage(browser);
    await signIn(boss.page, 'kapus');
    const midwifeId = await employeeByNip(boss.page, MIDWIFE.nip);
    const nurseId = await employeeByNip(boss.page, NURSE.nip);
    const evaluationUrls: string[] = [];
    for (const [id, overall] of [
      [midwifeId, 'meets'],
      [nurseId, 'above'],
    ] as const) {
      await boss.page.goto('/evaluations/team');
      await boss.page.getByTestId(`team-evaluation-start-${id}`).click();
      await boss.page.waitForURL(/\/evaluations\/[0-9a-f-]{36}/);
      evaluationUrls.push(new URL(boss.page.url()).pathname);
      await rateEvaluation(boss.page, overall);
      expect(await boss.page.getByTestId('evaluation-predicate-preview').innerText()).toMatch(/baik/i);
    }

    // ── On the calibration board the two Baik drafts break the pattern of "Baik" (BP + Kurang ≥ 1).
    await boss.page.goto(`/calibration?unitId=${pkm.id}`);
    await boss.page.getByTestId('calibration-board').waitFor();
    await boss.page.getByTestId(`calibration-person-${midwifeId}`).waitFor();
    const projected = boss.page.getByTestId('distribution-projected-warning');
    await projected.waitFor();
    expect(await projected.innerText()).toMatch(/butuh perbaikan/i);

    // ── The assessor finalises both with a justification (the server refuses without one).
    for (const url of evaluationUrls) {
      await boss.page.goto(url);
      await boss.page.getByTestId('evaluation-finalize').click();
      await boss.page.getByTestId('confirm-finalize-confirm').click();
      await boss.page.getByTestId('finalize-justification').fill(JUSTIFICATION);
      await boss.page.getByTestId('finalize-confirm').click();
      await boss.page.getByTestId('evaluation-explanation').waitFor({ timeout: 20_000 });
    }
    // ── The board now shows the accepted violations and their justifications.
    await boss.page.goto(`/calibration?unitId=${pkm.id}`);
    const warning = boss.page.getByTestId('distribution-warning');
    await warning.waitFor();
    expect(await warning.innerText()).toMatch(/butuh perbaikan/i);
    expect(await boss.page.getByTestId('calibration-justifications').innerText()).toContain(JUSTIFICATION);
    await checkpoint(boss.page, 'calibration-board');

    // ── The midwife reads the explanation, acknowledges and objects.
    const emp = await newPage(browser, { viewport: { width: 390, height: 844 } });
    await signIn(emp.page, MIDWIFE.nip);
    await emp.page.goto('/evaluations/mine');
    await emp.page.locator('[data-testid^="my-evaluation-"]').first().click();
    await emp.page.getByTestId('evaluation-explanation').waitFor();
    const cell = emp.page.getByTestId('predicate-cell-meets-meets');
    expect(await cell.getAttribute('aria-current')).toBeTruthy();
    expect(await emp.page.getByTestId('evaluation-explanation').innerText()).toContain(JUSTIFICATION);
    await emp.page.getByTestId('predicate-matrix').first().scrollIntoViewIfNeeded();
    await checkpoint(emp.page, 'evaluation-explanation');
    await emp.page.getByTestId('evaluation-acknowledge').click();
    await emp.page.getByTestId('evaluation-acknowledged').waitFor();
    await emp.page.getByTestId('objection-reason').fill(OBJECTION);
    await emp.page.getByTestId('objection-submit').click();
    await emp.page.getByTestId('confirm-objection-confirm').click();
    await emp.page.getByTestId('objection-status').waitFor();

    // ── The Kepala Dinas (the assessor's superior) must first ask both parties for explanations (PP 30/2019
    // art. 59): the procedure notice says so, and there is no decision form yet.
    await head.page.goto('/objections');
    await head.page.locator('[data-testid^="objection-row-"] a').first().click();
    expect(await head.page.getByTestId('objection-procedure').innerText()).toMatch(/mintalah penjelasan/i);
    expect(await head.page.getByTestId('objection-decide-submit').count()).toBe(0);
    const objectionUrl = new URL(head.page.url()).pathname;
    await head.page.getByTestId('objection-request-note').fill('Mohon penjelasan tertulis kedua pihak.');
    await head.page.getByTestId('objection-request-submit').click();
    await head.page.getByTestId('objection-explanation-request').waitFor();
    // ── Both parties explain.
    for (const [party, text] of [
      [boss, 'Rating sesuai bukti dukung triwulan ini.'],
      [emp, 'Laporan K6 dan bukti dukung terlampir lengkap.'],
    ] as const) {
      await party.page.goto(objectionUrl);
      await party.page.getByTestId('objection-explain-text').fill(text);
      await party.page.getByTestId('objection-explain-submit').click();
      await expect
        .poll(
          async () => (await party.page.getByTestId('objection-explanations').innerText()).includes(text),
          {
            timeout: 15_000,
          },
        )
        .toBe(true);
    }
    // ── Now the decider decides: both ratings raised to above → Sangat Baik.
    await head.page.reload();
    await head.page.getByTestId('objection-decide-outcome-changed').click();
    await head.page.getByTestId('objection-decide-result-above').click();
    await head.page.getByTestId('objection-decide-behaviour-above').click();
    await head.page.getByTestId('objection-decide-note').fill(DECISION);
    await head.page.getByTestId('objection-decide-submit').click();
    await head.page.getByTestId('confirm-decision-confirm').click();
    await expect
      .poll(async () => /sangat baik/i.test(await head.page.locator('body').innerText()), {
        timeout: 15_000,
      })
      .toBe(true);
    // ── The decision prints as a letter.
    const letter = await head.page.request.get(`/api/v1${objectionUrl}/decision.pdf`);
    expect(letter.status()).toBe(200);
    expect((await letter.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // ── The midwife sees the decision on her evaluation and downloads the Dokumen Evaluasi.
    await emp.page.goto(evaluationUrls[0]!);
    await expect
      .poll(async () => emp.page.getByTestId('objection-status').getAttribute('data-status'), {
        timeout: 15_000,
      })
      .toBe('decided');
    expect(await emp.page.getByTestId('evaluation-predicate').innerText()).toMatch(/sangat baik/i);
    const [download] = await Promise.all([
      emp.page.waitForEvent('download'),
      emp.page.getByTestId('evaluation-document-link').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    for (const p of [head, boss, emp]) await p.context.close();
  });
});
