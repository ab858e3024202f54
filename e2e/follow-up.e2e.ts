import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateIn } from '../src/domain/dates.js';
import { canFinalizeOn } from '../src/domain/evaluations/timing.js';
import { api, checkpoint, employeeByNip, launchBrowser, newPage, signIn } from './support.js';

/**
 * The follow-up of an evaluation (issue 14), on the demo: a nurse of Puskesmas Sukamaju is finalised as Butuh
 * Perbaikan → on her phone she reads the development plan's focus areas and the recommended catalogue programmes
 * with why → she adds the first one and agrees, her assessor agrees → she completes it with a certificate → her JP
 * ledger and her next evaluation show it → HR downloads the TPP and the credit-point XLSX.
 *
 * The nurse (Yanti Susanti, moved to Sukamaju on 1 July by the demo year, src/server/seed/demo-year.ts) is evaluated
 * by no other journey; her assessor since July, the Kepala Puskesmas Sukamaju, evaluates a midwife for July and the
 * annual evaluation in the year journey, so this one takes the latest month from August whose evaluations may be
 * finalised and that has a next month (on the demo's current-year cycle: run from late August to December).
 * Usernames are NIPs (src/server/seed/demo-data.ts).
 */
const NURSE = { name: 'Yanti Susanti', nip: '198501172008012005' };
const HEAD = { name: 'Hendra Wijaya', nip: '198311202009021001' };
const PHONE = { width: 360, height: 800 };

const STRENGTHS = 'Tertib mendokumentasikan asuhan keperawatan.';
const IMPROVEMENTS = 'Percepat pelayanan pasien rawat jalan dan perbaiki komunikasi dengan keluarga pasien.';
const BELOW_COMMENT = 'Capaian triwulan di bawah target; antrean pasien sering menumpuk.';
const SERVICE_COMMENT = 'Beberapa keluhan pasien tentang sikap di loket belum ditindaklanjuti.';
const CRITERIA =
  'Lulus pelatihan dan menerapkan materinya di Puskesmas: rencana tindak lanjut disetujui atasan dalam dua minggu.';
const COMPLETION_NOTE = 'Pelatihan selesai; rencana tindak lanjut sudah dibagikan ke tim rawat jalan.';
const JUSTIFICATION = 'Capaian di bawah target tercatat dalam bukti dukung; rencana pengembangan disiapkan.';

/** A small but real one-page PDF (the certificate), built in memory with a correct cross-reference table. */
function certificatePdf(): Buffer {
  const text = 'Sertifikat Pelatihan - Yanti Susanti';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    null, // the content stream, below
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const stream = `BT /F1 18 Tf 72 760 Td (${text}) Tj ET`;
  objects[3] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

interface Period {
  id: string;
  kind: string;
  label: string;
  startDate: string;
  endDate: string;
}
interface Cycle {
  id: string;
  year: number;
  periods: Period[];
}
interface Recommendation {
  trainingId: string;
  title: string;
  hours: number;
  reasons: string[];
}
interface PlanDetail {
  id: string;
  status: string;
  focusAreas: Array<{ kind: string; text: string }>;
  recommendations: Recommendation[];
  items: Array<{ id: string; title: string; hours: number; status: string }>;
  agreedByEmployeeAt: string | null;
  agreedByAssessorAt: string | null;
  progress: { total: number; completed: number; completedHours: number };
}
interface PlanListItem {
  id: string;
  evaluationId: string | null;
  status: string;
}

const num = (v: number) => new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(v);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const isoDaysFromNow = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(d);
};

/** The text of every cell of a worksheet row, as strings. */
function rowTexts(row: ExcelJS.Row): string[] {
  const out: string[] = [];
  row.eachCell({ includeEmpty: true }, (cell) => out.push(cell.text));
  return out;
}

/** A downloaded workbook: its suggested file name matches, it is not empty, and exceljs opens it. */
async function workbookOf(download: Download, name: RegExp) {
  expect(download.suggestedFilename()).toMatch(name);
  const buffer = readFileSync((await download.path())!);
  expect(buffer.length).toBeGreaterThan(0);
  expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

/** The row of a data sheet (header on row 4) with this NIP, as header → text. */
function rowByNip(sheet: ExcelJS.Worksheet, nip: string): Record<string, string> | null {
  const header = rowTexts(sheet.getRow(4));
  for (let r = 5; r <= sheet.rowCount; r++) {
    const cells = rowTexts(sheet.getRow(r));
    if (cells[0] === nip) return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  }
  return null;
}

/** The assessor rates every RHK below expectation and the values meets (one below), so the matrix says Butuh Perbaikan. */
async function rateButuhPerbaikan(page: Page) {
  await page.getByTestId('evaluation-editor').waitFor();
  for (const picker of await page
    .locator('[data-testid^="evaluation-result-rating-"][data-testid$="-below"]')
    .all())
    await picker.click();
  for (const comment of await page.locator('textarea[data-testid^="evaluation-result-comment-"]').all())
    await comment.fill(BELOW_COMMENT);
  for (const picker of await page
    .locator('[data-testid^="evaluation-behaviour-rating-"][data-testid$="-meets"]')
    .all())
    await picker.click();
  await page.getByTestId('evaluation-behaviour-rating-berorientasi_pelayanan-below').click();
  await page.getByTestId('evaluation-behaviour-comment-berorientasi_pelayanan').fill(SERVICE_COMMENT);
  await page.getByTestId('evaluation-overall-result-below').click();
  if (await page.getByTestId('evaluation-reason').isVisible())
    await page.getByTestId('evaluation-reason').fill(BELOW_COMMENT);
  await page.getByTestId('evaluation-overall-behaviour-meets').click();
  await page.getByTestId('evaluation-strengths').fill(STRENGTHS);
  await page.getByTestId('evaluation-improvements').fill(IMPROVEMENTS);
  const saved = page.waitForResponse(
    (r) => r.request().method() === 'PUT' && /\/api\/v1\/evaluations\//.test(r.url()) && r.status() === 200,
  );
  await page.getByTestId('evaluation-save').click();
  await saved;
}

describe('follow-up journey: Butuh Perbaikan → development plan → agreed → completed with a certificate → JP ledger, next evaluation, TPP and credit points', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('when a nurse is finalised as Butuh Perbaikan, then she completes the recommended training her assessor agreed and HR exports it', async () => {
    // ── The Kepala Puskesmas Sukamaju finalises the nurse's evaluation of the month as Butuh Perbaikan.
    const head = await newPage(browser);
    await signIn(head.page, HEAD.nip);
    const cycle = await api<Cycle>(head.page, '/cycles/current');
    const monthly = cycle.periods
      .filter((p) => p.kind === 'periodic')
      .sort((a, b) => a.startDate.localeCompare(b.startDate));
    const today = dateIn(new Date());
    const evaluated = monthly
      .filter(
        (p, i) => p.startDate >= `${cycle.year}-08-01` && canFinalizeOn(today, p.endDate) && monthly[i + 1],
      )
      .pop();
    expect(evaluated, `a month from August that may be finalised on ${today}`).toBeTruthy();
    const evaluatedPeriod = evaluated!;
    // the month after it, whose draft the assessor starts at the end
    const nextPeriod = monthly[monthly.indexOf(evaluatedPeriod) + 1]!;
    const nurseId = await employeeByNip(head.page, NURSE.nip);

    await head.page.goto(`/evaluations/team?periodId=${evaluatedPeriod.id}`);
    await head.page.getByTestId(`team-evaluation-start-${nurseId}`).click();
    await head.page.waitForURL(/\/evaluations\/[0-9a-f-]{36}/);
    const evaluationPath = new URL(head.page.url()).pathname;
    const evaluationId = evaluationPath.split('/').pop()!;
    await rateButuhPerbaikan(head.page);
    expect(await head.page.getByTestId('evaluation-predicate-preview').innerText()).toMatch(
      /butuh perbaikan/i,
    );
    await head.page.getByTestId('evaluation-finalize').click();
    await head.page.getByTestId('confirm-finalize-confirm').click();
    // the distribution curve may ask for a justification (it depends on the unit's other finals)
    const next = head.page
      .locator('[data-testid="finalize-justification"], [data-testid="evaluation-explanation"]')
      .first();
    await next.waitFor({ timeout: 20_000 });
    if ((await next.getAttribute('data-testid')) === 'finalize-justification') {
      await next.fill(JUSTIFICATION);
      await head.page.getByTestId('finalize-confirm').click();
    }
    await head.page.getByTestId('evaluation-explanation').waitFor({ timeout: 20_000 });
    expect(await head.page.getByTestId('evaluation-predicate').innerText()).toMatch(/butuh perbaikan/i);

    // ── Finalising made a development plan for this evaluation.
    const plans = await api<{ items: PlanListItem[] }>(head.page, `/employees/${nurseId}/development-plans`);
    const planRow = plans.items.find((p) => p.evaluationId === evaluationId);
    expect(planRow?.status).toBe('open');
    const planId = planRow!.id;

    // ── The nurse, on her phone, opens Evaluasi Saya → the development plan.
    const emp = await newPage(browser, { viewport: PHONE });
    await signIn(emp.page, NURSE.nip);
    await emp.page.goto('/evaluations/mine');
    const card = emp.page.getByTestId(`development-plan-${planId}`);
    await card.waitFor();
    expect(await card.getByTestId('development-plan-focus-areas').innerText()).toMatch(
      /berorientasi pelayanan/i,
    );
    await card.getByTestId('development-plan-open').click();
    await emp.page.waitForURL(new RegExp(`/development-plans/${planId}$`));
    await emp.page.getByTestId('focus-areas').waitFor();

    // she sees the focus areas and the recommended programmes with why (what the API says)
    const plan = await api<PlanDetail>(emp.page, `/development-plans/${planId}`);
    expect(plan.focusAreas.length).toBeGreaterThan(0);
    expect(plan.recommendations.length).toBeGreaterThan(0);
    const focusText = squash(await emp.page.getByTestId('focus-areas').innerText());
    expect(focusText).toMatch(/berorientasi pelayanan/i);
    for (const area of plan.focusAreas.filter((a) => a.kind === 'result'))
      expect(focusText).toContain(squash(area.text));
    expect(focusText).toMatch(/perilaku di bawah ekspektasi: berorientasi pelayanan/i);
    const recommended = plan.recommendations[0]!;
    const recCard = emp.page.getByTestId(`recommendation-${recommended.trainingId}`);
    const recText = squash(await recCard.innerText());
    expect(recText).toContain(recommended.title);
    expect(recText).toContain('Mengapa direkomendasikan');
    expect(recommended.reasons.length).toBeGreaterThan(0);
    expect(await recCard.getByTestId('recommendation-reasons').locator('li').count()).toBe(
      recommended.reasons.length,
    );
    expect(squash(await recCard.getByTestId('recommendation-reasons').innerText())).toContain(
      squash(recommended.reasons[0]!),
    );
    await checkpoint(emp.page, 'development-plan-recommendations', { save: false });

    // ── She adds the first recommendation with a due date and success criteria, and agrees.
    await recCard.getByTestId('recommendation-add').click();
    const form = emp.page.getByTestId('add-item-form');
    await form.waitFor();
    expect(await form.getByTestId('add-item-programme').innerText()).toBe(recommended.title);
    const due = isoDaysFromNow(21);
    await emp.page.getByTestId('add-item-due').fill(due);
    await emp.page.getByTestId('add-item-criteria').fill(CRITERIA);
    await emp.page.getByTestId('add-item-submit').click();
    await form.waitFor({ state: 'detached' });
    const items = emp.page.getByTestId('development-items');
    await expect.poll(async () => squash(await items.innerText()), { timeout: 15_000 }).toContain(CRITERIA);
    expect(squash(await items.innerText())).toContain(recommended.title);
    // the programme is in the plan now: no longer recommended
    expect(await emp.page.getByTestId(`recommendation-${recommended.trainingId}`).count()).toBe(0);

    await emp.page.getByTestId('agree-employee').click();
    await expect
      .poll(() => emp.page.getByTestId('agreement-employee').innerText(), { timeout: 15_000 })
      .toMatch(/disetujui .*Yanti Susanti.* pada/);
    expect(await emp.page.getByTestId('agreement-assessor').innerText()).toMatch(/belum menyetujui/);

    // ── The assessor agrees too; both agreement times are shown.
    await head.page.goto(`/development-plans/${planId}`);
    await head.page.getByTestId('agree-assessor').click();
    await expect
      .poll(() => head.page.getByTestId('agreement-assessor').innerText(), { timeout: 15_000 })
      .toMatch(/disetujui .*Hendra Wijaya.* pada/);
    const agreed = await api<PlanDetail>(head.page, `/development-plans/${planId}`);
    expect(agreed.agreedByEmployeeAt).not.toBeNull();
    expect(agreed.agreedByAssessorAt).not.toBeNull();
    await emp.page.reload();
    await emp.page.getByTestId('development-agreement').waitFor();
    await expect
      .poll(() => emp.page.getByTestId('agreement-assessor').innerText(), { timeout: 15_000 })
      .toMatch(/disetujui .*Hendra Wijaya.* pada/);
    expect(await emp.page.getByTestId('agreement-employee').innerText()).toMatch(/disetujui .* pada/);
    await emp.page.getByTestId('focus-areas').scrollIntoViewIfNeeded();
    await checkpoint(emp.page, 'development-plan');

    // ── She completes the item with a certificate (a real PDF) and a note, on her phone.
    const item = agreed.items[0]!;
    const itemCard = emp.page.getByTestId(`item-${item.id}`);
    await itemCard.getByTestId('item-complete').click();
    const completeForm = emp.page.getByTestId('complete-form');
    await completeForm.waitFor();
    await completeForm.locator('input[type="file"]').setInputFiles({
      name: 'sertifikat-pelatihan.pdf',
      mimeType: 'application/pdf',
      buffer: certificatePdf(),
    });
    await completeForm.getByRole('textbox', { name: /catatan/i }).fill(COMPLETION_NOTE);
    const completed = emp.page.waitForResponse(
      (r) => r.request().method() === 'POST' && /\/complete$/.test(new URL(r.url()).pathname),
    );
    await emp.page.getByTestId('complete-submit').click();
    expect((await completed).status()).toBe(200);
    await completeForm.waitFor({ state: 'detached' });
    await expect
      .poll(() => itemCard.getByTestId('item-status').getAttribute('data-status'), { timeout: 15_000 })
      .toBe('completed');
    expect(await itemCard.getByTestId('item-certificate').innerText()).toContain('sertifikat-pelatihan.pdf');
    expect(squash(await itemCard.innerText())).toContain(COMPLETION_NOTE);
    // the last item of an agreed plan: the plan is done
    await expect
      .poll(() => emp.page.getByTestId('plan-status').getAttribute('data-status'), { timeout: 15_000 })
      .toBe('done');
    const certificate = await emp.page.request.get(
      (await itemCard.getByTestId('item-certificate').getAttribute('href'))!,
    );
    expect(certificate.status()).toBe(200);
    expect((await certificate.body()).subarray(0, 5).toString()).toBe('%PDF-');
    // the "done" toast closes by itself (4 s) before the picture
    await emp.page
      .locator('.mantine-Notification-root')
      .first()
      .waitFor({ state: 'detached', timeout: 15_000 });
    await emp.page.getByTestId('development-items').scrollIntoViewIfNeeded();
    await checkpoint(emp.page, 'development-plan-items');

    // ── Her JP ledger on Evaluasi Saya shows the item's hours.
    const ledger = await api<{ hours: number; year: number; items: Array<{ title: string; hours: number }> }>(
      emp.page,
      `/employees/${nurseId}/learning-hours`,
    );
    const done = ledger.items.find((i) => i.title === recommended.title);
    expect(done?.hours).toBe(recommended.hours);
    await emp.page.goto('/evaluations/mine');
    const jp = emp.page.getByTestId('learning-hours');
    await jp.getByTestId('jp-items').waitFor();
    expect(squash(await jp.getByTestId('jp-hours').innerText())).toBe(
      `${num(ledger.hours)} JP tahun ${ledger.year}`,
    );
    expect(squash(await jp.getByTestId('jp-items').innerText())).toContain(
      `${recommended.title} — ${num(recommended.hours)} JP`,
    );
    await checkpoint(emp.page, 'learning-hours-360', { save: false });

    // ── The assessor starts her next month's evaluation: the plan's progress is beside the ratings.
    await head.page.goto(`/evaluations/team?periodId=${nextPeriod.id}`);
    await head.page.getByTestId(`team-evaluation-start-${nurseId}`).click();
    await head.page.waitForURL(/\/evaluations\/[0-9a-f-]{36}/);
    expect(new URL(head.page.url()).pathname).not.toBe(evaluationPath);
    await head.page.getByTestId('evaluation-editor').waitFor();
    const progress = head.page.getByTestId(`development-progress-${planId}`);
    await progress.waitFor();
    expect(squash(await progress.getByTestId('development-progress-summary').innerText())).toBe(
      `1 dari 1 kegiatan selesai · ${num(recommended.hours)} JP`,
    );
    expect(squash(await progress.innerText())).toContain(recommended.title);
    await checkpoint(head.page, 'next-evaluation-development-progress', { save: false });

    // ── HR opens the exports page and downloads the TPP (that month) and the credit-point XLSX.
    const hr = await newPage(browser);
    await signIn(hr.page, 'admin.bkpsdm');
    const tppView = await api<{ items: Array<{ nip: string; predicate: string; percentage: number }> }>(
      hr.page,
      `/exports/tpp?periodId=${evaluatedPeriod.id}`,
    );
    const tppRow = tppView.items.find((i) => i.nip === NURSE.nip);
    expect(tppRow?.predicate).toBe('butuh_perbaikan');
    await hr.page.goto('/exports');
    await hr.page.getByTestId('tpp-period').selectOption(evaluatedPeriod.id);
    const tppTable = hr.page.getByTestId('tpp-items');
    await tppTable.waitFor();
    expect(squash(await tppTable.innerText())).toContain(NURSE.nip);
    await checkpoint(hr.page, 'follow-up-exports', { save: false });
    const [tppDownload] = await Promise.all([
      hr.page.waitForEvent('download'),
      hr.page.getByTestId('tpp-xlsx').click(),
    ]);
    const tppBook = await workbookOf(tppDownload, /^tpp-.+\.xlsx$/);
    const tppSheet = tppBook.getWorksheet('TPP')!;
    expect(rowTexts(tppSheet.getRow(4))).toEqual([
      'NIP',
      'Nama',
      'Unit Kerja',
      'Predikat',
      'Persentase TPP (%)',
    ]);
    const tppLine = rowByNip(tppSheet, NURSE.nip);
    expect(tppLine?.Nama).toContain(NURSE.name);
    expect(tppLine?.Predikat).toBe('Butuh Perbaikan');
    expect(Number(tppLine?.['Persentase TPP (%)'])).toBe(tppRow!.percentage);

    const [creditDownload] = await Promise.all([
      hr.page.waitForEvent('download'),
      hr.page.getByTestId('credit-points-xlsx').click(),
    ]);
    const creditBook = await workbookOf(creditDownload, new RegExp(`^angka-kredit-${cycle.year}\\.xlsx$`));
    const creditSheet = creditBook.getWorksheet('Angka Kredit')!;
    const creditHeader = rowTexts(creditSheet.getRow(4));
    expect(creditHeader.slice(0, 2)).toEqual(['NIP', 'Nama']);
    expect(creditHeader).toContain('Angka Kredit');
    const creditLines: Array<Record<string, string>> = [];
    for (let r = 5; r <= creditSheet.rowCount; r++) {
      const cells = rowTexts(creditSheet.getRow(r));
      if (cells[0] === NURSE.nip)
        creditLines.push(Object.fromEntries(creditHeader.map((h, i) => [h, cells[i] ?? ''])));
    }
    const monthLine = creditLines.find((l) => l.Predikat === 'Butuh Perbaikan');
    expect(monthLine?.Nama).toContain(NURSE.name);
    expect(monthLine?.Periode).toBe(evaluatedPeriod.label);
    expect(Number(monthLine?.['Angka Kredit'])).toBeGreaterThan(0);

    // ── The follow-up dashboard (HR, desktop) counts her hours.
    const dashboard = await api<{ totals: { learning: { hours: number }; items: { completed: number } } }>(
      hr.page,
      `/dashboards/follow-up?year=${cycle.year}`,
    );
    expect(dashboard.totals.learning.hours).toBeGreaterThanOrEqual(recommended.hours);
    expect(dashboard.totals.items.completed).toBeGreaterThanOrEqual(1);
    await hr.page.goto('/dashboards/follow-up');
    await hr.page.getByTestId('follow-up-summary').waitFor();
    await expect
      .poll(() => hr.page.getByTestId('follow-up-card-hours-value').innerText(), { timeout: 15_000 })
      .toBe(num(dashboard.totals.learning.hours));
    await checkpoint(hr.page, 'follow-up-dashboard');

    for (const p of [head, emp, hr]) await p.context.close();
  }, 240_000);
});
