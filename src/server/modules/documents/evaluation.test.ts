import { describe, expect, it } from 'vitest';
import { PREDICATE_LABELS, RATING_LABELS } from '../../../domain/evaluations/matrix.js';
import { parseNip } from '../../../domain/people/nip.js';
import { BEHAVIOUR_VALUES, BERAKHLAK } from '../../../domain/work-plans/berakhlak.js';
import {
  evaluationTitleLine,
  formatRealisation,
  ORG_PREDICATE_LABELS,
  shareText,
} from './assessment-text.js';
import {
  ADMIN_JUSTIFICATION,
  annualEvaluation,
  decidedObjection,
  draftEvaluation,
  DRAFT_ON_BOARD,
  evaluationInput,
  FINAL_PEOPLE,
  NURSE_JUSTIFICATION,
  nurseEvaluation,
  penetapanInput,
  puskesmasCalibration,
  puskesmasDistribution,
  UNPLACED,
} from './evaluation.fixtures.js';
import {
  extractPdfPages,
  extractPdfText,
  renderEvaluationDocument,
  renderPenetapanDocument,
  type EvaluationDocumentInput,
  type PenetapanDocumentInput,
} from './index.js';
import { formatNipAuto } from './format.js';
import { patternRuleText } from './penetapan.js';

async function evaluationText(input: EvaluationDocumentInput) {
  const pdf = await renderEvaluationDocument(input);
  const pages = await extractPdfPages(pdf);
  return { pdf, pages, text: pages.join(' ') };
}

async function penetapanText(input: PenetapanDocumentInput) {
  const pdf = await renderPenetapanDocument(input);
  const pages = await extractPdfPages(pdf);
  return { pdf, pages, text: pages.join(' ') };
}

/**
 * `s` is printed, its words in order: a table row may continue on the next page, where the footer, the repeated
 * table header and the other cells of the row come between two of its lines.
 */
function expectPrinted(text: string, s: string) {
  const words = s.split(/\s+/);
  const printed =
    text.includes(s) ||
    words.some((_, k) => {
      if (k === 0) return false;
      const head = words.slice(0, k).join(' ');
      const tail = words.slice(k).join(' ');
      const at = text.indexOf(`${head} `);
      const next = at < 0 ? -1 : text.indexOf(` ${tail}`, at + head.length);
      return next > -1 && next - (at + head.length) < 1000;
    });
  expect(printed, s).toBe(true);
}

/** The page size and information dictionary of a PDF. */
async function pdfMeta(pdf: Buffer) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  try {
    const info = (await doc.getMetadata()).info as Record<string, unknown>;
    const page = await doc.getPage(1);
    const [, , width, height] = page.view as [number, number, number, number];
    return { info, width: Math.round(width), height: Math.round(height), pages: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

describe('document helpers', () => {
  it('formats a NIP by recognising PNS and PPPK', () => {
    expect(formatNipAuto('198804122012032004')).toBe('19880412 201203 2 004');
    expect(formatNipAuto('199203152022212003')).toBe('19920315 2022 21 2 003');
    expect(formatNipAuto('')).toBe('—');
    expect(formatNipAuto(null)).toBe('—');
  });

  it('prints shares, pattern rules, realisations and the subtitle', () => {
    expect(shareText(1, 8)).toBe('12,5%');
    expect(shareText(6, 8)).toBe('75%');
    expect(shareText(1, 3)).toBe('33,3%');
    expect(shareText(0, 0)).toBe('—');
    expect(patternRuleText({ rule: 'max', percent: 70, persons: null })).toBe('Paling banyak 70%');
    expect(patternRuleText({ rule: 'min', percent: null, persons: 1 })).toBe('Paling sedikit 1 orang');
    expect(patternRuleText({ rule: 'none', percent: null, persons: null })).toBe('Tidak boleh ada');
    expect(
      formatRealisation({ indicatorId: 'x', value: 1310, text: null, achievement: 104.8 }, 'pasien'),
    ).toBe('1.310 pasien\nCapaian 104,8%');
    expect(
      formatRealisation({ indicatorId: 'x', value: null, text: ' Tepat waktu ', achievement: null }, null),
    ).toBe('Tepat waktu');
    expect(formatRealisation(undefined, 'pasien')).toBe('—');
    expect(evaluationTitleLine(nurseEvaluation(), 2026)).toBe('PERIODE TRIWULAN III 2026');
    expect(evaluationTitleLine(annualEvaluation(), 2026)).toBe('TAHUNAN 2026');
  });

  it('uses valid NIPs in the fixtures', () => {
    for (const p of [...FINAL_PEOPLE, DRAFT_ON_BOARD, ...UNPLACED]) {
      const pppk = p.nip.charAt(12) === '2';
      expect(parseNip(p.nip, pppk ? 'PPPK' : 'PNS').ok, p.name).toBe(true);
    }
  });
});

describe('Dokumen Evaluasi Kinerja Pegawai', () => {
  it('is a landscape A4 PDF with the metadata of the evaluation', async () => {
    const pdf = await renderEvaluationDocument(evaluationInput());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const meta = await pdfMeta(pdf);
    expect([meta.width, meta.height]).toEqual([842, 595]);
    expect(meta.info.Author).toBe('Kinerja');
    expect(meta.info.Title).toContain('Evaluasi Kinerja Pegawai Triwulan III 2026');
    expect(meta.info.Title).toContain('Siti Rahmawati');
    expect(String(meta.info.CreationDate)).toMatch(/^D:20261012030000/);
  });

  it('prints the periodic title, the period and the three identity blocks', async () => {
    const input = evaluationInput();
    const { text, pages } = await evaluationText(input);
    expect(text).toContain('DOKUMEN EVALUASI KINERJA PEGAWAI');
    expect(text).toContain('PERIODE TRIWULAN III 2026');
    expect(text).not.toContain('TAHUNAN');
    expect(text).toContain('PEMERINTAH KABUPATEN KEMUNING');
    expect(text).toContain('PERIODE PENILAIAN: 1 JULI 2026 SD 30 SEPTEMBER 2026');
    expect(text).toContain('PEGAWAI YANG DINILAI PEJABAT PENILAI KINERJA ATASAN PEJABAT PENILAI KINERJA');
    // each row reads the three people in order
    expect(text).toContain(
      'NAMA Siti Rahmawati, S.Kep., Ners dr. Bambang Sutrisno, M.Kes. dr. Ratna Kusumawardhani, M.P.H.',
    );
    expect(text).toContain('NIP 19880412 201203 2 004 19671110 199203 1 001 19730315 200012 2 002');
    expect(text).toContain('PANGKAT/GOL. RUANG Penata (III/c) Pembina (IV/a) Pembina Utama Muda (IV/c)');
    expect(text).toContain('JABATAN Perawat Ahli Muda Kepala UPTD Puskesmas Kemuning Kepala Dinas Kesehatan');
    expect(text).toContain('UNIT KERJA UPTD Puskesmas Kemuning UPTD Puskesmas Kemuning Dinas Kesehatan');
    // a final evaluation carries no draft marker
    expect(text).not.toContain('DRAF');
    pages.forEach((p, n) => {
      expect(p).toContain(`Halaman ${n + 1} dari ${pages.length}`);
      expect(p).toContain(input.evaluation.id);
    });
  });

  it('prints the Capaian Kinerja Organisasi and the distribution of the unit', async () => {
    const { text } = await evaluationText(evaluationInput());
    expect(text).toContain('UNIT KERJA UPTD Puskesmas Kemuning CAPAIAN KINERJA ORGANISASI Baik');
    expect(text).toContain(
      'Sangat Baik Baik Butuh Perbaikan Kurang/Misconduct Sangat Kurang JUMLAH 1 6 1 0 0 8 Tidak sesuai pola distribusi — Baik: paling banyak 5 orang, realisasi 6 orang',
    );
  });

  it('prints the period target, the aggregation and the to-date and year achievements of each numeric indicator', async () => {
    const base = evaluationInput();
    const [patients, coverage] = base.evaluation.results.flatMap((r) => r.indicators);
    // 1.250 patients a year summed over four quarters: 312,5 a quarter; the third quarter realised 330
    const input = evaluationInput(base.evaluation, {
      realisations: [
        { indicatorId: patients!.id, value: 330, text: null, achievement: 105.6 },
        ...base.realisations.slice(1),
      ],
      figures: [
        {
          indicatorId: patients!.id,
          aggregation: 'sum',
          periodTarget: 312.5,
          toDate: { periodCount: 3, realised: 960, target: 937.5, achievement: 102.4 },
          year: { realised: 960, target: 1250, achievement: 76.8 },
        },
        {
          indicatorId: coverage!.id,
          aggregation: 'average',
          periodTarget: 90,
          toDate: { periodCount: 3, realised: 92, target: 90, achievement: 102.22 },
          year: { realised: 92, target: 90, achievement: 102.22 },
        },
      ],
    });
    const { text } = await evaluationText(input);
    expect(text).toContain('1.250 pasien Periode ini: 312,5 pasien 330 pasien Capaian 105,6%');
    expect(text).toContain('Agregasi: jumlah');
    expectPrinted(text, 'S.d. periode ini (3 periode): 960 dari target 937,5 pasien, capaian 102,4%');
    expectPrinted(text, 'Tahunan: 960 dari target 1.250 pasien, capaian 76,8%');
    expect(text).toContain('Agregasi: rata-rata');
    expectPrinted(text, 'S.d. periode ini (3 periode): 92 dari target 90 %, capaian 102,22%');

    // the annual evaluation: no period target and no to-date line, the year against the annual target
    const annualView = annualEvaluation();
    const annual = evaluationInput(annualView, {
      figures: [
        {
          indicatorId: annualView.results[0]!.indicators[0]!.id,
          aggregation: 'sum',
          periodTarget: null,
          toDate: { periodCount: 4, realised: 1310, target: 1250, achievement: 104.8 },
          year: { realised: 1310, target: 1250, achievement: 104.8 },
        },
      ],
    });
    const year = (await evaluationText(annual)).text;
    expectPrinted(year, 'Agregasi: jumlah Tahunan: 1.310 dari target 1.250 pasien, capaian 104,8%');
    expect(year).not.toContain('S.d. periode ini');
    expect(year).not.toContain('Periode ini:');
  });

  it('prints every result with its indicators, targets, realisations, ratings and feedback', async () => {
    const input = evaluationInput();
    const e = input.evaluation;
    const { text } = await evaluationText(input);
    for (const h of ['RENCANA HASIL KERJA', 'INDIKATOR KINERJA INDIVIDU', 'TARGET', 'REALISASI', 'RATING']) {
      expect(text).toContain(h);
    }
    expect(text).toContain('UMPAN BALIK / CATATAN');
    for (const r of e.results) {
      expectPrinted(text, r.text);
      for (const i of r.indicators) expectPrinted(text, i.text);
    }
    // sections: the main results before B, the additional one after it
    const utama = text.indexOf('A. UTAMA');
    const tambahan = text.indexOf('B. TAMBAHAN');
    expect(utama).toBeGreaterThan(-1);
    expect(tambahan).toBeGreaterThan(utama);
    expect(text.indexOf(e.results[0]!.text)).toBeGreaterThan(utama);
    expect(text.indexOf(e.results[1]!.text)).toBeLessThan(tambahan);
    expect(text.indexOf(e.results[2]!.text)).toBeGreaterThan(tambahan);
    // the leader's result each one supports
    expect(text).toContain(`Mendukung: ${e.results[0]!.parentText!}`);
    // targets and realisations in Indonesian format, with the achievement
    expect(text).toContain('1.250 pasien 1.310 pasien Capaian 104,8%');
    expect(text).toContain('90 – 95 % 93,5 % Capaian 103,89%');
    expect(text).toContain('125.000,5 rupiah 118.500 rupiah');
    expect(text).toContain('Capaian 105,49%');
    expect(text).toContain('Dua keluarga pindah domisili pada Agustus');
    expect(text).toContain('Laporan Juli, Agustus dan September diserahkan tanggal 3, 4 dan 2');
    // the rating of each result and its comment, and the feedback threads
    expect(text).toContain('Capaian 104,8% Di Atas Ekspektasi Catatan penilai: Cakupan melampaui target');
    expect(text).toContain('Capaian 75% Sesuai Ekspektasi Perlu ditingkatkan: Jadwalkan kunjungan pengganti');
    expect(text).toContain(
      'Kekuatan: Dokumentasi asuhan keperawatan lengkap pada audit rekam medis Agustus (dr. Bambang Sutrisno, M.Kes.)',
    );
    expect(text).toContain('Melatih 24 kader, melebihi rencana');
    expect(text).toContain('Materi pelatihan kader dapat dibagikan ke puskesmas lain');
  });

  it('prints the seven BerAKHLAK values with their rating and comment', async () => {
    const input = evaluationInput();
    const { text } = await evaluationText(input);
    expect(text).toContain('PERILAKU KERJA');
    for (const value of BEHAVIOUR_VALUES) {
      expect(text).toContain(BERAKHLAK[value].label);
      const rating = input.evaluation.behaviourRatings.find((b) => b.value === value)!.rating;
      // the label's last guide is followed by the rating of the value
      expect(text).toContain(`${BERAKHLAK[value].guides[2]} ${RATING_LABELS[rating]}`);
    }
    expect(text).toContain('Keluhan pasien selalu ditanggapi pada hari yang sama');
    expect(text).toContain('Kekuatan: Menyelesaikan pelatihan triase 24 JPL');
  });

  it('prints both ratings, the predicate, the notes, who set it and the signatures', async () => {
    const { text } = await evaluationText(evaluationInput());
    expect(text).toMatch(
      /RATING HASIL KERJA Di Atas Ekspektasi Saran sistem: Di Atas Ekspektasi \(3 RHK dinilai/,
    );
    expect(text).toContain('RATING PERILAKU KERJA Di Atas Ekspektasi');
    expect(text).toContain(`PREDIKAT KINERJA PEGAWAI ${PREDICATE_LABELS.sangat_baik.toUpperCase()}`);
    expect(text).not.toContain('pratinjau');
    expect(text).toContain('Alasan berbeda dari saran rating hasil kerja —');
    expect(text).toContain(`Justifikasi pola distribusi ${NURSE_JUSTIFICATION}`);
    expect(text).toContain('Pola yang tidak dipenuhi: Baik: paling banyak 5 orang, realisasi 6 orang');
    expect(text).toContain(
      'Kekuatan Teliti dalam dokumentasi asuhan keperawatan dan sigap menanggapi keluhan pasien.',
    );
    expect(text).toContain(
      'Area Pengembangan Perencanaan kunjungan rumah agar target keluarga binaan tercapai setiap bulan.',
    );
    expect(text).toContain('Umpan balik umum Perlu ditingkatkan: Ikut aktif dalam lokakarya mini bulanan');
    expect(text).toContain('Ditetapkan oleh dr. Bambang Sutrisno, M.Kes. pada 5 Oktober 2026');
    expect(text).toContain('Diterima oleh pegawai pada 6 Oktober 2026');
    expect(text).toContain('Batas pengajuan keberatan: 19 Oktober 2026');
    expect(text).not.toContain('KEBERATAN');
    expect(text).not.toContain('PREDIKAT KINERJA PERIODIK');
    // the three signatures, dated the day of printing
    expect(text.match(/Kemuning, 12 Oktober 2026/g)).toHaveLength(3);
    expect(text).toMatch(
      /Pegawai yang Dinilai .*Pejabat Penilai Kinerja .*Atasan Pejabat Penilai Kinerja .*NIP\. 19730315 200012 2 002/,
    );
    expect(text).toContain('NIP. 19880412 201203 2 004');
    expect(text).toContain('NIP. 19671110 199203 1 001');
  });

  it('marks a draft: status line, watermark, preview predicate, no establishment', async () => {
    const { text, pages } = await evaluationText(evaluationInput(draftEvaluation()));
    expect(text).toContain('DRAF — belum ditetapkan');
    expect(text).toContain('DRAF — evaluasi ini belum ditetapkan oleh Pejabat Penilai Kinerja');
    expect(text).toContain('PREDIKAT KINERJA PEGAWAI SANGAT BAIK pratinjau — belum ditetapkan');
    expect(text).toContain(
      'Peringatan pola distribusi Jika ditetapkan sekarang, pola distribusi unit tidak terpenuhi: Baik: paling banyak 5 orang, realisasi 6 orang',
    );
    expect(text).not.toContain('Ditetapkan oleh');
    expect(text).not.toContain('Batas pengajuan keberatan');
    // the watermark and the footer mark every page
    for (const p of pages) expect(p.match(/DRAF/g)!.length).toBeGreaterThanOrEqual(2);
    // a reopened draft says why
    const reopened = await evaluationText(
      evaluationInput(
        draftEvaluation({
          reopenedAt: '2026-10-20T02:00:00.000Z',
          reopenReason: 'Salah input rating perilaku',
        }),
      ),
    );
    expect(reopened.text).toContain('Dibuka kembali pada 20 Oktober 2026: Salah input rating perilaku');
  });

  it('gives the annual evaluation its title and the periodic predicates', async () => {
    const input = evaluationInput(annualEvaluation());
    const { text, pdf } = await evaluationText(input);
    expect(text).toContain('DOKUMEN EVALUASI KINERJA PEGAWAI TAHUNAN 2026');
    expect(text).not.toContain('PERIODE TRIWULAN');
    expect(text).toContain('PERIODE PENILAIAN: 1 JANUARI 2026 SD 31 DESEMBER 2026');
    expect(text).toContain('PREDIKAT KINERJA PERIODIK');
    expect(text).toContain(
      'Triwulan I 2026 Baik 2 Triwulan II 2026 Baik 3 Triwulan III 2026 Sangat Baik 4 Triwulan IV 2026 Baik',
    );
    expect(text).toContain('Saran predikat tahunan (predikat periodik terakhir): Baik');
    expect(text).toContain('RATING HASIL KERJA Sesuai Ekspektasi');
    expect(text).toContain('PREDIKAT KINERJA PEGAWAI BAIK');
    expect(text).toContain(
      'Alasan berbeda dari saran rating hasil kerja Target kunjungan Perkesmas tahunan tidak tercapai',
    );
    expect(text).toContain('Ditetapkan oleh dr. Bambang Sutrisno, M.Kes. pada 20 Januari 2027');
    expect((await pdfMeta(pdf)).info.Title).toContain('Tahunan 2026');
  });

  it('prints the objection and its outcome once decided', async () => {
    const e = nurseEvaluation();
    const decided = await evaluationText(evaluationInput({ ...e, objection: decidedObjection(e.id) }));
    expect(decided.text).toContain('KEBERATAN');
    expect(decided.text).toContain(
      'Alasan keberatan Realisasi kunjungan Perkesmas terhambat perpindahan keluarga binaan, bukan kinerja saya.',
    );
    expect(decided.text).toContain('Diajukan 13 Oktober 2026');
    expect(decided.text).toContain('Keputusan Hasil evaluasi diubah');
    expect(decided.text).toContain(
      'Sebelum Hasil Kerja Sesuai Ekspektasi · Perilaku Kerja Di Atas Ekspektasi · Predikat Baik',
    );
    expect(decided.text).toContain(
      'Sesudah Hasil Kerja Di Atas Ekspektasi · Perilaku Kerja Di Atas Ekspektasi · Predikat Sangat Baik',
    );
    expect(decided.text).toContain(
      'Perpindahan domisili di luar kendali pegawai; rating hasil kerja dinaikkan.',
    );
    expect(decided.text).toContain('Diputuskan oleh dr. Ratna Kusumawardhani, M.P.H. pada 19 Oktober 2026');

    const pending = await evaluationText(
      evaluationInput({
        ...e,
        objection: decidedObjection(e.id, {
          status: 'filed',
          outcome: null,
          after: null,
          note: null,
          decidedAt: null,
          decidedByName: null,
        }),
      }),
    );
    expect(pending.text).toContain('Diajukan — menunggu keputusan atasan Pejabat Penilai Kinerja');
    expect(pending.text).not.toContain('Keputusan Hasil');
    expect(pending.text).not.toContain('Diputuskan oleh');
  });

  it('prints dashes when the assessor, the superior, the org predicate or the distribution are missing', async () => {
    const e = nurseEvaluation({
      assessor: null,
      assessorId: null,
      assessorSuperior: null,
      orgPredicate: null,
    });
    const { text } = await evaluationText(evaluationInput(e, { distribution: null, feedback: [] }));
    expect(text).toContain('NAMA Siti Rahmawati, S.Kep., Ners — —');
    expect(text).toContain('CAPAIAN KINERJA ORGANISASI —');
    expect(text).toContain('Distribusi belum tersedia');
    expect(text.match(/NIP\. —/g)).toHaveLength(2);
    expect(text).toContain('Umpan balik umum —');
    // an org predicate known only from the distribution still prints
    const fromDistribution = await evaluationText(
      evaluationInput(nurseEvaluation({ orgPredicate: null }), {
        distribution: puskesmasDistribution({ orgPredicate: 'istimewa', violations: [], pattern: [] }),
      }),
    );
    expect(fromDistribution.text).toContain(`CAPAIAN KINERJA ORGANISASI ${ORG_PREDICATE_LABELS.istimewa}`);
    expect(fromDistribution.text).toContain('Sesuai pola distribusi');
  });

  it('lets a very long result or feedback continue over the next pages without losing text', async () => {
    const steps = Array.from({ length: 120 }, (_, k) => `langkah-${String(k + 1).padStart(3, '0')}`);
    const long = steps.map((s) => `${s} penerapan standar keselamatan pasien di ruang tindakan;`).join(' ');
    const e = nurseEvaluation();
    e.results[2] = { ...e.results[2]!, text: long };
    const input = evaluationInput(e);
    input.feedback.push({
      resultId: e.results[1]!.id,
      behaviour: null,
      kind: null,
      text: long,
      authorName: 'Tim',
    });
    const { pages, text } = await evaluationText(input);
    expect(pages.length).toBeGreaterThan((await evaluationText(evaluationInput())).pages.length);
    for (const step of steps) expect(text.split(step)).toHaveLength(3);
    expect(pages[pages.length - 1]).toContain('Atasan Pejabat Penilai Kinerja');
  });

  it('is deterministic for a given input', async () => {
    const a = await renderEvaluationDocument(evaluationInput());
    const b = await renderEvaluationDocument(evaluationInput());
    expect(a.equals(b)).toBe(true);
  });
});

describe('Penetapan Predikat Kinerja Pegawai', () => {
  it('is a portrait A4 PDF with the metadata of the unit and period', async () => {
    const pdf = await renderPenetapanDocument(penetapanInput());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const meta = await pdfMeta(pdf);
    expect([meta.width, meta.height]).toEqual([595, 842]);
    expect(meta.info.Title).toContain('Penetapan Predikat Kinerja Pegawai Triwulan III 2026');
    expect(meta.info.Title).toContain('UPTD Puskesmas Kemuning');
  });

  it('prints the unit, the period and the Capaian Kinerja Organisasi', async () => {
    const { text, pages } = await penetapanText(penetapanInput());
    expect(text).toContain(
      'PEMERINTAH KABUPATEN KEMUNING PENETAPAN PREDIKAT KINERJA PEGAWAI PERIODE TRIWULAN III 2026',
    );
    expect(text).toContain('UNIT KERJA UPTD Puskesmas Kemuning (DINKES.PKM-KMN)');
    expect(text).toContain('PERIODE PENILAIAN Triwulan III 2026 (1 Juli 2026 – 30 September 2026)');
    expect(text).toContain('CAPAIAN KINERJA ORGANISASI Predikat Baik');
    expect(text).toContain(
      'Dasar penetapan Capaian indikator SPM kesehatan triwulan III rata-rata 96% dari target',
    );
    expect(text).toContain('Ditetapkan oleh dr. Ratna Kusumawardhani, M.P.H. pada 1 Oktober 2026');
    pages.forEach((p, n) => expect(p).toContain(`Halaman ${n + 1} dari ${pages.length}`));
  });

  it('lists the final employees with NIP, position, both ratings and the predicate', async () => {
    const { text } = await penetapanText(penetapanInput());
    expect(text).toContain('PREDIKAT KINERJA PEGAWAI (8 pegawai dengan evaluasi final)');
    for (const p of FINAL_PEOPLE) {
      expect(text).toContain(
        `${p.name} NIP. ${formatNipAuto(p.nip)} ${p.positionTitle} ${RATING_LABELS[p.resultRating!]} ${RATING_LABELS[p.behaviourRating!]} ${PREDICATE_LABELS[p.predicate!]}`,
      );
    }
    expect(text).toContain('Yuni Astuti, A.Md.Gz. NIP. 19920315 2022 21 2 003');
    expect(text).toContain('1 Siti Rahmawati, S.Kep., Ners NIP. 19880412 201203 2 004 Perawat Ahli Muda');
    // by predicate: Sangat Baik first, Butuh Perbaikan last
    const finalsEnd = text.indexOf('BELUM FINAL');
    const nurseAt = text.indexOf('Siti Rahmawati');
    const weakest = text.indexOf('Nur Hidayah, S.Kep.');
    for (const p of FINAL_PEOPLE.slice(1, 7)) {
      expect(text.indexOf(p.name)).toBeGreaterThan(nurseAt);
      expect(text.indexOf(p.name)).toBeLessThan(weakest);
    }
    expect(weakest).toBeLessThan(finalsEnd);
    expect(text).toContain(
      'Kepala unit (dr. Bambang Sutrisno, M.Kes.) tidak termasuk dalam pola distribusi unit ini.',
    );
  });

  it('lists the people not final yet apart, with a count', async () => {
    const { text } = await penetapanText(penetapanInput());
    expect(text).toContain('Belum semua evaluasi final: 3 pegawai belum final');
    const heading = text.indexOf('BELUM FINAL (3 pegawai, tidak termasuk dalam penetapan ini)');
    expect(heading).toBeGreaterThan(-1);
    for (const p of [DRAFT_ON_BOARD, ...UNPLACED]) {
      // only in the "not final" list, never in the table of predicates
      expect(text.indexOf(p.name)).toBeGreaterThan(heading);
      expect(text.split(p.name)).toHaveLength(2);
    }
    expect(text).toContain('Eko Prasetyo, A.Md.Kep. NIP. 19961203 202103 1 001 Perawat Terampil Draf');
    expect(text).toContain('Agus Salim NIP. 19870707 201001 1 003 Pengemudi Ambulans Belum dimulai');
  });

  it('prints counts and shares per predicate against the allowed pattern', async () => {
    const { text } = await penetapanText(penetapanInput());
    expect(text).toContain(
      'JUMLAH DAN PERSENTASE PER PREDIKAT PREDIKAT KINERJA JUMLAH (ORANG) PERSENTASE Sangat Baik 1 12,5% Baik 6 75% Butuh Perbaikan 1 12,5% Kurang/Misconduct 0 0% Sangat Kurang 0 0% JUMLAH 8 100%',
    );
    expect(text).toContain('POLA DISTRIBUSI UNTUK CAPAIAN KINERJA ORGANISASI BAIK');
    expect(text).toContain('1 Baik Paling banyak 70% maks. 5 orang 6 orang (75%) Tidak sesuai');
    expect(text).toContain(
      '2 Butuh Perbaikan + Kurang/Misconduct Paling sedikit 1 orang min. 1 orang 1 orang (12,5%) Sesuai',
    );
    expect(text).toContain('tidak sesuai pada 1 ketentuan (Baik: paling banyak 5 orang, realisasi 6 orang)');
  });

  it('prints the justifications and the signature of the unit head', async () => {
    const { text } = await penetapanText(penetapanInput());
    expect(text).toContain(`1 Siti Rahmawati, S.Kep., Ners ${NURSE_JUSTIFICATION} 5 Oktober 2026`);
    expect(text).toContain(`2 Hendra Wijaya ${ADMIN_JUSTIFICATION} 7 Oktober 2026`);
    expect(text).toMatch(
      /Kemuning, 12 Oktober 2026 Kepala UPTD Puskesmas Kemuning dr\. Bambang Sutrisno, M\.Kes\. NIP\. 19671110 199203 1 001 Penetapan Predikat Kinerja/,
    );
  });

  it('handles a unit without an org predicate, with everyone final and no signer', async () => {
    const base = puskesmasCalibration();
    const calibration = puskesmasCalibration({
      orgPredicate: null,
      distribution: { ...base.distribution, orgPredicate: null, violations: [], pattern: [] },
      cells: base.cells.map((c) => ({ ...c, people: c.people.filter((p) => p.status === 'final') })),
      unplaced: [],
      justifications: [],
    });
    const { text } = await penetapanText(penetapanInput({ calibration, signer: null }));
    expect(text).toContain('Predikat — (belum ditetapkan: unit ini tanpa pola distribusi)');
    expect(text).toContain('Tanpa pola distribusi: Capaian Kinerja Organisasi unit ini belum ditetapkan');
    expect(text).not.toContain('Tidak sesuai');
    expect(text).not.toContain('BELUM FINAL');
    expect(text).not.toContain('Belum semua evaluasi final');
    expect(text).toContain('JUSTIFIKASI NO PEGAWAI JUSTIFIKASI TANGGAL —');
    // the head's name from the board, no NIP to print
    expect(text).toContain('Kepala UPTD Puskesmas Kemuning dr. Bambang Sutrisno, M.Kes. NIP. —');
  });

  it('is deterministic and dated by its printing date', async () => {
    const a = await renderPenetapanDocument(penetapanInput());
    const b = await renderPenetapanDocument(penetapanInput());
    expect(a.equals(b)).toBe(true);
    const later = await renderPenetapanDocument(
      penetapanInput({ printedAt: new Date('2026-12-01T03:00:00Z') }),
    );
    expect(await extractPdfText(later)).toContain('Kemuning, 1 Desember 2026');
  });
});
