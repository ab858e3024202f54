import { describe, expect, it } from 'vitest';
import { BEHAVIOUR_VALUES, BERAKHLAK } from '../../../domain/work-plans/berakhlak.js';
import type { WorkPlanView } from '../../../domain/work-plans/view.js';
import { extractPdfPages, extractPdfText, formatDateId, formatNumberId, renderSkpDocument } from './index.js';
import { formatTarget } from './format.js';
import { indicator, jptPlan, nursePlan, qualitativePlan, result } from './skp.fixtures.js';

const printedAt = new Date('2026-11-29T03:00:00.000Z');

/** Every result text and indicator text of a plan. */
function planTexts(plan: WorkPlanView): string[] {
  return plan.results.flatMap((r) => [r.text, ...r.indicators.map((i) => i.text)]);
}

async function render(plan: WorkPlanView) {
  const pdf = await renderSkpDocument(plan, { printedAt });
  const pages = await extractPdfPages(pdf);
  return { pdf, pages, text: pages.join(' ') };
}

describe('formats', () => {
  it('prints numbers the Indonesian way', () => {
    expect(formatNumberId(1250.5)).toBe('1.250,5');
    expect(formatNumberId(1250000)).toBe('1.250.000');
    expect(formatNumberId(0)).toBe('0');
    expect(formatNumberId(-0.25)).toBe('-0,25');
    expect(formatNumberId(12.5)).toBe('12,5');
    expect(formatNumberId(999)).toBe('999');
  });

  it('prints dates in Indonesian, in Asia/Jakarta', () => {
    expect(formatDateId(printedAt)).toBe('29 November 2026');
    // 20:00 UTC on the 28th is already the 29th in Jakarta (UTC+7)
    expect(formatDateId(new Date('2026-11-28T20:00:00Z'))).toBe('29 November 2026');
    expect(formatDateId(new Date('2026-01-01T00:00:00Z'))).toBe('1 Januari 2026');
  });

  it('prints targets as a number, a range or a narrative', () => {
    const base = { target: null, targetMax: null, targetText: null, unit: null };
    expect(formatTarget({ ...base, target: 1250.5, unit: 'pasien' })).toBe('1.250,5 pasien');
    expect(formatTarget({ ...base, target: 90, targetMax: 95, unit: '%' })).toBe('90 – 95 %');
    expect(formatTarget({ ...base, target: 4 })).toBe('4');
    expect(formatTarget({ ...base, targetText: '  Laporan tepat waktu ' })).toBe('Laporan tepat waktu');
    expect(formatTarget(base)).toBe('—');
  });
});

describe('Dokumen SKP', () => {
  it('is a valid PDF with the metadata of the document', async () => {
    const plan = nursePlan();
    const pdf = await renderSkpDocument(plan, { printedAt });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
    try {
      expect(doc.numPages).toBeGreaterThanOrEqual(2);
      const info = (await doc.getMetadata()).info as Record<string, unknown>;
      expect(info.Author).toBe('Kinerja');
      expect(info.Title).toContain('Sasaran Kinerja Pegawai 2026');
      expect(info.Title).toContain('Siti Rahmawati');
      expect(info.Subject).toContain('Dokumen SKP');
      expect(String(info.CreationDate)).toMatch(/^D:20261129030000/);
      const page = await doc.getPage(1);
      const [, , width, height] = page.view as [number, number, number, number];
      // A4 landscape
      expect(Math.round(width)).toBe(842);
      expect(Math.round(height)).toBe(595);
    } finally {
      await doc.destroy();
    }
  });

  it('prints the title, the period and both identity blocks', async () => {
    const plan = nursePlan();
    const { text, pages } = await render(plan);
    expect(text).toContain('SASARAN KINERJA PEGAWAI');
    expect(text).toContain('PENDEKATAN HASIL KERJA KUANTITATIF');
    expect(text).toContain('BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL');
    expect(text).not.toContain('PIMPINAN TINGGI');
    expect(text).toContain('PEMERINTAH KABUPATEN KEMUNING');
    expect(text).toContain('PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026');
    expect(text).toContain('PEGAWAI YANG DINILAI');
    expect(text).toContain('PEJABAT PENILAI KINERJA');
    for (const label of ['NAMA', 'NIP', 'PANGKAT/GOL. RUANG', 'JABATAN', 'UNIT KERJA']) {
      expect(text).toContain(label);
    }
    expect(text).toContain('Siti Rahmawati, S.Kep., Ners');
    expect(text).toContain('19880412 201203 2 004');
    expect(text).toContain('Penata (III/c)');
    expect(text).toContain('Perawat Ahli Muda');
    expect(text).toContain('UPTD Puskesmas Kemuning');
    expect(text).toContain('dr. Bambang Sutrisno, M.Kes.');
    expect(text).toContain('19671110 199203 1 001');
    expect(text).toContain('Pembina (IV/a)');
    // an approved plan in force carries no status line
    expect(text).not.toMatch(/DRAF|Diajukan|Dikembalikan|Perubahan ke-/);
    // footer on every page
    pages.forEach((p, n) => {
      expect(p).toContain(`Halaman ${n + 1} dari ${pages.length}`);
      expect(p).toContain(plan.id);
    });
  });

  it('prints every result and indicator in sections A. UTAMA and B. TAMBAHAN', async () => {
    const plan = nursePlan();
    const { text } = await render(plan);
    expect(text).toContain('HASIL KERJA');
    for (const h of [
      'RENCANA HASIL KERJA PIMPINAN YANG DIINTERVENSI',
      'ASPEK',
      'INDIKATOR KINERJA INDIVIDU',
      'TARGET',
    ]) {
      expect(text).toContain(h);
    }
    expect(text).not.toContain('PERSPEKTIF');
    for (const s of planTexts(plan)) expect(text).toContain(s);
    const utama = text.indexOf('A. UTAMA');
    const tambahan = text.indexOf('B. TAMBAHAN');
    expect(utama).toBeGreaterThan(-1);
    expect(tambahan).toBeGreaterThan(utama);
    // main results come before B, the additional one after it
    expect(text.indexOf(plan.results[1]!.text)).toBeLessThan(tambahan);
    expect(text.indexOf(plan.results[2]!.text)).toBeGreaterThan(tambahan);
    // the leader's results that are supported, and the pending link
    expect(text).toContain(plan.results[0]!.parentResult!.text);
    expect(text).toContain('(belum ditautkan)');
    // aspects and targets in Indonesian format (a range, a lower-is-better, a narrative, decimals)
    for (const a of ['Kuantitas', 'Kualitas', 'Waktu', 'Biaya']) expect(text).toContain(a);
    expect(text).toContain('1.250 pasien');
    expect(text).toContain('90 – 95 %');
    expect(text).toContain('15 menit');
    expect(text).toContain('(makin rendah makin baik)');
    expect(text).toContain('125.000,5 rupiah');
    expect(text).toContain('Laporan bulanan diserahkan paling lambat tanggal 5 bulan berikutnya');
  });

  it('prints the seven BerAKHLAK values with their guides and the expectations', async () => {
    const plan = nursePlan();
    const { text } = await render(plan);
    expect(text).toContain('PERILAKU KERJA');
    expect(text).toContain('EKSPEKTASI KHUSUS PIMPINAN');
    for (const value of BEHAVIOUR_VALUES) {
      expect(text).toContain(BERAKHLAK[value].label);
      for (const guide of BERAKHLAK[value].guides) expect(text).toContain(guide);
    }
    for (const b of plan.behaviours.filter((x) => x.expectation)) expect(text).toContain(b.expectation);
    // typographic quotes and the multiplication sign survive
    expect(text).toContain('1×24 jam dengan sikap “ramah, cekatan, dan solutif”');
  });

  it('ends with the signatures and the annex page', async () => {
    const plan = nursePlan();
    const { text, pages } = await render(plan);
    expect(text).toContain('Kemuning, 29 November 2026');
    expect(text).toContain('Pegawai yang Dinilai');
    expect(text).toContain('Pejabat Penilai Kinerja');
    expect(text).toContain('NIP. 19880412 201203 2 004');
    expect(text).toContain('NIP. 19671110 199203 1 001');

    const annex = pages.findIndex((p) => p.includes('LAMPIRAN SASARAN KINERJA PEGAWAI'));
    expect(annex).toBe(pages.length - 1);
    expect(pages.slice(0, annex).join(' ')).not.toContain('LAMPIRAN');
    const last = pages[annex]!;
    for (const h of ['DUKUNGAN SUMBER DAYA', 'SKEMA PERTANGGUNGJAWABAN', 'KONSEKUENSI']) {
      expect(last).toContain(h);
    }
    for (const item of [...plan.annex.resources, ...plan.annex.accountability, ...plan.annex.consequences]) {
      expect(last).toContain(item);
    }
    // the identity summary repeats on the annex
    expect(last).toContain('19880412 201203 2 004');
    expect(last).toContain('dr. Bambang Sutrisno, M.Kes.');
  });

  it('gives a JPT plan its title, the PERSPEKTIF column and dashes for what is empty', async () => {
    const plan = jptPlan();
    const { text, pages } = await render(plan);
    expect(text).toContain('BAGI PEJABAT PIMPINAN TINGGI DAN PIMPINAN UNIT KERJA MANDIRI');
    expect(text).not.toContain('BAGI PEJABAT ADMINISTRASI DAN PEJABAT FUNGSIONAL');
    expect(text).toContain('PERSPEKTIF');
    for (const p of ['Penerima Layanan', 'Proses Bisnis', 'Anggaran']) expect(text).toContain(p);
    for (const s of planTexts(plan)) expect(text).toContain(s);
    expect(text).toContain('12,5 per 1.000 KH');
    // the empty B. TAMBAHAN section prints a dash
    expect(text).toMatch(/B\. TAMBAHAN — PERILAKU KERJA/);
    // empty annex lists print a dash
    const annex = pages[pages.length - 1]!;
    expect(annex).toMatch(/SKEMA PERTANGGUNGJAWABAN — KONSEKUENSI — /);
    expect(annex).toContain('Anggaran program kesehatan masyarakat tahun 2026');
    expect(text).toContain('Drs. H. Agus Setiawan, M.Si.');
  });

  it('prints the narrative targets of a qualitative plan and its draft status', async () => {
    const plan = qualitativePlan();
    const { text } = await render(plan);
    expect(text).toContain('PENDEKATAN HASIL KERJA KUALITATIF');
    expect(text).toContain('SOP triase ditetapkan dan disosialisasikan kepada seluruh tenaga kesehatan');
    expect(text).toContain('Diterapkan paling lambat Triwulan II');
    expect(text).toContain('DRAF — belum disetujui');
  });

  it('prints the span of a plan a transfer ended, and of the plan it opened, with the unit of its time', async () => {
    const ended = await render(nursePlan({ startDate: '2026-01-01', endDate: '2026-06-30', ended: true }));
    expect(ended.text).toContain('PERIODE PENILAIAN: 1 JANUARI SD 30 JUNI 2026');
    expect(ended.text).toContain('Berakhir 30 Juni 2026 karena mutasi');
    expect(ended.text).toContain('UPTD Puskesmas Kemuning');
    const opened = await render(nursePlan({ startDate: '2026-07-01', endDate: null }));
    expect(opened.text).toContain('PERIODE PENILAIAN: 1 JULI SD 31 DESEMBER 2026');
    expect(opened.text).not.toContain('Berakhir');
  });

  it('prints the status of a plan that is not approved and the amendment number', async () => {
    const submitted = await render(
      nursePlan({ status: 'submitted', revision: 2, amendmentReason: 'Penyesuaian target setelah APBD-P' }),
    );
    expect(submitted.text).toContain('Diajukan');
    expect(submitted.text).toContain('Perubahan ke-1 (revisi 2): Penyesuaian target setelah APBD-P');
    const returned = await render(nursePlan({ status: 'returned' }));
    expect(returned.text).toContain('Dikembalikan');
    expect(returned.text).not.toContain('Perubahan ke-');
    const superseded = await render(nursePlan({ isCurrent: false }));
    expect(superseded.text).toContain('Tidak berlaku lagi');
  });

  it('prints dashes when there is no assessor, no indicator or no result at all', async () => {
    const plan = nursePlan({
      assessor: null,
      assessorId: null,
      results: [
        result({
          kind: 'main',
          text: 'Tersusunnya rencana kerja ruang tindakan',
          linkStatus: 'not_required',
          indicators: [],
        }),
      ],
      annex: { resources: [], accountability: [' '], consequences: [] },
    });
    const { text, pages } = await render(plan);
    expect(text).toContain('Tersusunnya rencana kerja ruang tindakan');
    expect(text).toContain('NIP. —');
    expect(text).not.toContain('(belum ditautkan)');
    expect(pages[pages.length - 1]).toMatch(
      /DUKUNGAN SUMBER DAYA — SKEMA PERTANGGUNGJAWABAN — KONSEKUENSI — Kemuning/,
    );
  });

  it('wraps very long texts instead of breaking the layout', async () => {
    // 60 numbered steps: a result text far longer than a page, which must continue on the next pages
    const steps = Array.from({ length: 60 }, (_, k) => `langkah-${String(k + 1).padStart(2, '0')}`);
    const long = steps.map((s) => `${s} penerapan standar keselamatan pasien di ruang tindakan;`).join(' ');
    const plan = nursePlan();
    plan.results[0] = { ...plan.results[0]!, text: long };
    plan.results[1]!.indicators.push(
      indicator({
        text: `Indikator dengan kata sangat panjang ${'x'.repeat(300)} tetap terbaca`,
        target: 1,
        unit: 'dokumen',
        position: 9,
      }),
    );
    const pdf = await renderSkpDocument(plan, { printedAt });
    const pages = await extractPdfPages(pdf);
    const text = pages.join(' ');
    expect(pages.length).toBeGreaterThan(
      (await extractPdfPages(await renderSkpDocument(nursePlan(), { printedAt }))).length,
    );
    // every step is printed, in order (the text flows across pages, between the repeated table headers)
    const positions = steps.map((s) => text.indexOf(s));
    expect(positions.every((p) => p > -1)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain(
      steps
        .slice(0, 3)
        .map((s) => `${s} penerapan standar keselamatan pasien di ruang tindakan;`)
        .join(' '),
    );
    // an unbreakable word is cut to fit its column; the words around it stay
    expect(text).toContain('Indikator dengan kata sangat panjang');
    expect(text).toContain('tetap terbaca');
    // the rest of the document is still there, and the footer counts the pages
    expect(text).toContain(plan.results[2]!.text);
    expect(text).toContain('Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama');
    expect(pages[pages.length - 1]).toContain('LAMPIRAN SASARAN KINERJA PEGAWAI');
    expect(pages[pages.length - 1]).toContain(`Halaman ${pages.length} dari ${pages.length}`);
  });

  it('is deterministic for a given plan and printing date', async () => {
    const a = await renderSkpDocument(nursePlan(), { printedAt });
    const b = await renderSkpDocument(nursePlan(), { printedAt });
    expect(a.equals(b)).toBe(true);
    const later = await renderSkpDocument(nursePlan(), { printedAt: new Date('2026-12-01T03:00:00Z') });
    expect(later.equals(a)).toBe(false);
    expect(await extractPdfText(later)).toContain('Kemuning, 1 Desember 2026');
  });
});
