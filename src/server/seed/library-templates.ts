import { eq, sql } from 'drizzle-orm';
import type { Sector } from '../../domain/library/schemas.js';
import { appendAuditMany } from '../platform/audit.js';
import { systemContext } from '../platform/context.js';
import type { Database } from '../platform/db/client.js';
import { indicatorTemplates } from '../platform/db/schema.js';

/**
 * The starting indicator library of Kemuning: indicators of efficiency, effectiveness and innovation
 * (Kemuning brief, "Indikator Kinerja yang Digunakan") for the sectors most employees work in, each with a
 * sample RHK and an example target, so nobody has to start from an empty page (domain §10).
 */
export interface LibraryTemplate {
  sector: Sector;
  text: string;
  resultExample: string;
  aspect: 'quantity' | 'quality' | 'time' | 'cost';
  unit: string;
  direction: 'higher' | 'lower';
  category: 'efficiency' | 'effectiveness' | 'innovation';
  exampleTarget: string;
}

export const LIBRARY_TEMPLATES: readonly LibraryTemplate[] = [
  // ───── kesehatan (puskesmas, rumah sakit daerah, dinas kesehatan) ─────
  {
    sector: 'health',
    text: 'Rata-rata waktu respons pengaduan masyarakat',
    resultExample: 'Meningkatnya kecepatan tindak lanjut pengaduan masyarakat atas layanan kesehatan',
    aspect: 'time',
    unit: 'jam',
    direction: 'lower',
    category: 'efficiency',
    exampleTarget: '24',
  },
  {
    sector: 'health',
    text: 'Jumlah pasien yang dilayani per bulan',
    resultExample: 'Terlaksananya pelayanan kesehatan dasar bagi masyarakat di wilayah kerja puskesmas',
    aspect: 'quantity',
    unit: 'pasien',
    direction: 'higher',
    category: 'effectiveness',
    exampleTarget: '1200',
  },
  {
    sector: 'health',
    text: 'Cakupan imunisasi dasar lengkap pada bayi',
    resultExample: 'Meningkatnya cakupan imunisasi dasar lengkap di wilayah kerja',
    aspect: 'quantity',
    unit: '%',
    direction: 'higher',
    category: 'effectiveness',
    exampleTarget: '95',
  },
  {
    sector: 'health',
    text: 'Persentase ibu hamil yang mendapat pelayanan antenatal K4',
    resultExample: 'Meningkatnya kualitas pelayanan kesehatan ibu hamil',
    aspect: 'quantity',
    unit: '%',
    direction: 'higher',
    category: 'effectiveness',
    exampleTarget: '90',
  },
  {
    sector: 'health',
    text: 'Rata-rata waktu tunggu pelayanan rawat jalan',
    resultExample: 'Meningkatnya kecepatan pelayanan rawat jalan',
    aspect: 'time',
    unit: 'menit',
    direction: 'lower',
    category: 'efficiency',
    exampleTarget: '60',
  },
  {
    sector: 'health',
    text: 'Jumlah inovasi pelayanan kesehatan yang diterapkan',
    resultExample: 'Terwujudnya inovasi pelayanan kesehatan yang memudahkan masyarakat',
    aspect: 'quantity',
    unit: 'inovasi',
    direction: 'higher',
    category: 'innovation',
    exampleTarget: '1',
  },
  {
    sector: 'health',
    text: 'Persentase balita yang ditimbang dan dipantau pertumbuhannya di posyandu',
    resultExample: 'Terpantaunya status gizi balita untuk pencegahan stunting',
    aspect: 'quantity',
    unit: '%',
    direction: 'higher',
    category: 'effectiveness',
    exampleTarget: '85',
  },
  {
    sector: 'health',
    text: 'Indeks kepuasan pasien terhadap pelayanan puskesmas',
    resultExample: 'Meningkatnya kepuasan masyarakat terhadap pelayanan kesehatan',
    aspect: 'quality',
    unit: 'indeks',
    direction: 'higher',
    category: 'effectiveness',
    exampleTarget: '85',
  },
  {
    sector: 'health',
    text: 'Persentase rekam medis yang lengkap dalam 24 jam setelah pelayanan',
    resultExample: 'Tertibnya pengelolaan rekam medis pasien',
    aspect: 'quality',
    unit: '%',
    direction: 'higher',
    category: 'efficiency',
    exampleTarget: '95',
  },

  // ───── pendidikan (dinas pendidikan, sekolah) ─────
  {
    sector: 'education',
    text: 'Angka partisipasi murni (APM) jenjang SD',
    resultExample: 'Meningkatnya akses layanan pendidikan dasar',
    aspect: 'quantity',
    unit: '%',
    direction: 'higher',
    category: 'effectiveness',
    exampleTarget: '98',
  },
  {
    sector: 'education',
    text: 'Persentase guru yang telah tersertifikasi pendidik',
    resultExample: 'Meningkatnya kompetensi dan profesionalisme guru',
    aspect: 'quality',
    unit: '%',
    direction: 'higher',
    category: 'effectiveness',
    exampleTarget: '80',
  },
  {
    sector: 'education',
    text: 'Rata-rata nilai asesmen literasi peserta didik',
    resultExample: 'Meningkatnya kemampuan literasi peserta didik',
    aspect: 'quality',
    unit: 'nilai',
    direction: 'higher',
    category: 'effectiveness',
    exampleTarget: '75',
  },
  {
    sector: 'education',
    text: 'Jumlah inovasi pembelajaran yang diterapkan di kelas',
    resultExample: 'Terlaksananya pembelajaran yang kreatif dan berpusat pada peserta didik',
    aspect: 'quantity',
    unit: 'inovasi',
    direction: 'higher',
    category: 'innovation',
    exampleTarget: '2',
  },
  {
    sector: 'education',
    text: 'Angka putus sekolah jenjang SMP',
    resultExample: 'Menurunnya jumlah anak putus sekolah',
    aspect: 'quantity',
    unit: '%',
    direction: 'lower',
    category: 'effectiveness',
    exampleTarget: '1',
  },
  {
    sector: 'education',
    text: 'Persentase sekolah yang memenuhi standar pelayanan minimal',
    resultExample: 'Meningkatnya mutu satuan pendidikan',
    aspect: 'quality',
    unit: '%',
    direction: 'higher',
    category: 'effectiveness',
    exampleTarget: '70',
  },
  {
    sector: 'education',
    text: 'Persentase penyaluran bantuan operasional sekolah tepat waktu',
    resultExample: 'Tersalurkannya dana BOS secara tepat waktu dan akuntabel',
    aspect: 'time',
    unit: '%',
    direction: 'higher',
    category: 'efficiency',
    exampleTarget: '100',
  },

  // ───── administrasi kependudukan (kecamatan, Disdukcapil) ─────
  {
    sector: 'population',
    text: 'Rata-rata waktu penyelesaian KTP-el',
    resultExample: 'Meningkatnya kecepatan pelayanan dokumen kependudukan di kecamatan',
    aspect: 'time',
    unit: 'hari',
    direction: 'lower',
    category: 'efficiency',
    exampleTarget: '3',
  },
  {
    sector: 'population',
    text: 'Rata-rata waktu penyelesaian Kartu Keluarga',
    resultExample: 'Meningkatnya kecepatan pelayanan dokumen kependudukan di kecamatan',
    aspect: 'time',
    unit: 'hari',
    direction: 'lower',
    category: 'efficiency',
    exampleTarget: '1',
  },
  {
    sector: 'population',
    text: 'Jumlah dokumen kependudukan yang diterbitkan',
    resultExample: 'Terpenuhinya kebutuhan dokumen kependudukan masyarakat',
    aspect: 'quantity',
    unit: 'dokumen',
    direction: 'higher',
    category: 'effectiveness',
    exampleTarget: '2400',
  },
  {
    sector: 'population',
    text: 'Indeks kepuasan masyarakat terhadap pelayanan kecamatan',
    resultExample: 'Meningkatnya kualitas pelayanan publik di kecamatan',
    aspect: 'quality',
    unit: 'indeks',
    direction: 'higher',
    category: 'effectiveness',
    exampleTarget: '85',
  },
  {
    sector: 'population',
    text: 'Jumlah kegiatan layanan keliling (jemput bola) ke desa',
    resultExample: 'Terjangkaunya pelayanan administrasi kependudukan bagi warga desa terpencil',
    aspect: 'quantity',
    unit: 'kegiatan',
    direction: 'higher',
    category: 'innovation',
    exampleTarget: '12',
  },
  {
    sector: 'population',
    text: 'Persentase anak usia 0–17 tahun yang memiliki Kartu Identitas Anak',
    resultExample: 'Meningkatnya kepemilikan dokumen identitas anak',
    aspect: 'quantity',
    unit: '%',
    direction: 'higher',
    category: 'effectiveness',
    exampleTarget: '60',
  },
  {
    sector: 'population',
    text: 'Persentase permohonan layanan kependudukan yang diajukan secara daring',
    resultExample: 'Meningkatnya pemanfaatan layanan kependudukan daring',
    aspect: 'quantity',
    unit: '%',
    direction: 'higher',
    category: 'innovation',
    exampleTarget: '40',
  },

  // ───── administrasi umum (sekretariat, bagian umum) ─────
  {
    sector: 'administration',
    text: 'Persentase surat masuk yang diselesaikan tepat waktu',
    resultExample: 'Tertibnya penyelesaian naskah dinas',
    aspect: 'time',
    unit: '%',
    direction: 'higher',
    category: 'efficiency',
    exampleTarget: '95',
  },
  {
    sector: 'administration',
    text: 'Persentase arsip yang telah didigitalkan',
    resultExample: 'Terwujudnya pengelolaan arsip berbasis elektronik',
    aspect: 'quantity',
    unit: '%',
    direction: 'higher',
    category: 'innovation',
    exampleTarget: '60',
  },
  {
    sector: 'administration',
    text: 'Jumlah SOP yang diperbarui',
    resultExample: 'Tersedianya standar operasional prosedur yang mutakhir',
    aspect: 'quantity',
    unit: 'SOP',
    direction: 'higher',
    category: 'effectiveness',
    exampleTarget: '5',
  },
  {
    sector: 'administration',
    text: 'Rata-rata waktu penyelesaian permohonan layanan administrasi',
    resultExample: 'Meningkatnya kecepatan layanan administrasi perkantoran',
    aspect: 'time',
    unit: 'hari kerja',
    direction: 'lower',
    category: 'efficiency',
    exampleTarget: '2',
  },
  {
    sector: 'administration',
    text: 'Persentase barang milik daerah yang tercatat dan terinventarisasi',
    resultExample: 'Tertibnya penatausahaan barang milik daerah',
    aspect: 'quality',
    unit: '%',
    direction: 'higher',
    category: 'effectiveness',
    exampleTarget: '100',
  },
  {
    sector: 'administration',
    text: 'Jumlah laporan kinerja yang disampaikan tepat waktu',
    resultExample: 'Tersusunnya laporan kinerja instansi yang akuntabel',
    aspect: 'time',
    unit: 'laporan',
    direction: 'higher',
    category: 'effectiveness',
    exampleTarget: '4',
  },

  // ───── keuangan (BPKAD, bendahara, perencanaan) ─────
  {
    sector: 'finance',
    text: 'Persentase realisasi anggaran',
    resultExample: 'Terlaksananya anggaran unit kerja sesuai rencana',
    aspect: 'quantity',
    unit: '%',
    direction: 'higher',
    category: 'effectiveness',
    exampleTarget: '95',
  },
  {
    sector: 'finance',
    text: 'Ketepatan waktu penyampaian laporan keuangan',
    resultExample: 'Tersusunnya laporan keuangan yang tepat waktu dan andal',
    aspect: 'time',
    unit: '% laporan tepat waktu',
    direction: 'higher',
    category: 'efficiency',
    exampleTarget: '100',
  },
  {
    sector: 'finance',
    text: 'Persentase rekomendasi temuan BPK yang ditindaklanjuti',
    resultExample: 'Meningkatnya akuntabilitas pengelolaan keuangan daerah',
    aspect: 'quality',
    unit: '%',
    direction: 'higher',
    category: 'effectiveness',
    exampleTarget: '90',
  },
  {
    sector: 'finance',
    text: 'Persentase efisiensi belanja barang dan jasa terhadap pagu',
    resultExample: 'Terwujudnya belanja daerah yang efisien',
    aspect: 'cost',
    unit: '%',
    direction: 'higher',
    category: 'efficiency',
    exampleTarget: '5',
  },
  {
    sector: 'finance',
    text: 'Rata-rata waktu verifikasi dokumen pencairan (SPP/SPM)',
    resultExample: 'Meningkatnya kecepatan layanan pencairan anggaran',
    aspect: 'time',
    unit: 'hari kerja',
    direction: 'lower',
    category: 'efficiency',
    exampleTarget: '2',
  },
  {
    sector: 'finance',
    text: 'Persentase transaksi belanja yang dilakukan secara nontunai',
    resultExample: 'Terwujudnya transaksi keuangan daerah yang transparan',
    aspect: 'quantity',
    unit: '%',
    direction: 'higher',
    category: 'innovation',
    exampleTarget: '90',
  },
  {
    sector: 'finance',
    text: 'Biaya rata-rata per kegiatan pelayanan',
    resultExample: 'Terkendalinya biaya penyelenggaraan pelayanan',
    aspect: 'cost',
    unit: 'rupiah',
    direction: 'lower',
    category: 'efficiency',
    exampleTarget: '2500000',
  },

  // ───── umum (berlaku di semua unit) ─────
  {
    sector: 'general',
    text: 'Jumlah inovasi pelayanan publik yang diusulkan dan diterapkan',
    resultExample: 'Terwujudnya budaya inovasi di unit kerja',
    aspect: 'quantity',
    unit: 'inovasi',
    direction: 'higher',
    category: 'innovation',
    exampleTarget: '1',
  },
  {
    sector: 'general',
    text: 'Persentase pengaduan masyarakat yang ditindaklanjuti',
    resultExample: 'Meningkatnya responsivitas unit kerja terhadap pengaduan',
    aspect: 'quantity',
    unit: '%',
    direction: 'higher',
    category: 'effectiveness',
    exampleTarget: '100',
  },
  {
    sector: 'general',
    text: 'Jumlah jam pelajaran pengembangan kompetensi yang diikuti',
    resultExample: 'Meningkatnya kompetensi pegawai sesuai kebutuhan jabatan',
    aspect: 'quantity',
    unit: 'JP',
    direction: 'higher',
    category: 'effectiveness',
    exampleTarget: '20',
  },
  {
    sector: 'general',
    text: 'Persentase kegiatan yang diselesaikan sesuai jadwal',
    resultExample: 'Terlaksananya program kerja unit sesuai rencana',
    aspect: 'time',
    unit: '%',
    direction: 'higher',
    category: 'efficiency',
    exampleTarget: '90',
  },
];

/**
 * Seeds the library when it holds no adopted template yet (idempotent: safe on every start). Seeded templates are
 * adopted, with no proposer; each insert is audited as the system.
 */
export async function seedLibrary(database: Database): Promise<{ inserted: number }> {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('kinerja:library-seed'))`);
    const [existing] = await tx
      .select({ id: indicatorTemplates.id })
      .from(indicatorTemplates)
      .where(eq(indicatorTemplates.status, 'adopted'))
      .limit(1);
    if (existing) return { inserted: 0 };
    const now = new Date();
    const rows = await tx
      .insert(indicatorTemplates)
      .values(
        LIBRARY_TEMPLATES.map((t) => ({ ...t, status: 'adopted' as const, createdAt: now, updatedAt: now })),
      )
      .returning();
    await appendAuditMany(
      tx,
      systemContext('seed'),
      rows.map((row) => ({
        action: 'indicator_template.seed',
        entityType: 'indicator_template',
        entityId: row.id,
        after: row,
      })),
      now,
    );
    return { inserted: rows.length };
  });
}
