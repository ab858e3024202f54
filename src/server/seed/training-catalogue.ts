import { inArray, sql } from 'drizzle-orm';
import type { TrainingMode } from '../../domain/trainings/competences.js';
import type { AuditInput } from '../platform/audit.js';
import type { Executor } from '../platform/db/client.js';
import { trainings } from '../platform/db/schema.js';

/**
 * The Kemuning demo's Katalog Pengembangan: programmes a regency's BKPSDM actually offers or brokers (its own
 * classes, the health office's and the provincial training centre's, LAN's ASN Unggul e-learning, the KPK's
 * anti-corruption courses, coaching and mentoring at work), each tagged with the BerAKHLAK values and indicator
 * categories it builds, so development plans have something to recommend. Codes are stable (`KMN-PP-01`): tests,
 * the journeys and an XLSX round trip may name them.
 */
export interface DemoTraining {
  code: string;
  title: string;
  provider: string;
  mode: TrainingMode;
  hours: number;
  cost: number | null;
  schedule: string | null;
  startDate: string | null;
  endDate: string | null;
  capacity: number | null;
  competences: string[];
  description: string;
  active?: boolean;
}

export const DEMO_TRAININGS: readonly DemoTraining[] = [
  {
    code: 'KMN-PP-01',
    title: 'Pelayanan Prima bagi Petugas Loket Puskesmas',
    provider: 'BKPSDM Kabupaten Kemuning',
    mode: 'classroom',
    hours: 16,
    cost: 750_000,
    schedule: 'Angkatan I Februari 2027, Angkatan II Juli 2027',
    startDate: '2027-02-15',
    endDate: '2027-02-16',
    capacity: 30,
    competences: ['berorientasi_pelayanan', 'effectiveness', 'kesehatan', 'pelayanan publik'],
    description:
      'Standar pelayanan, alur antrean, komunikasi dengan pasien dan keluarga, serta survei kepuasan masyarakat di loket pendaftaran puskesmas.',
  },
  {
    code: 'KMN-PP-02',
    title: 'Penanganan Pengaduan Masyarakat',
    provider: 'BKPSDM Kabupaten Kemuning bersama Ombudsman RI',
    mode: 'classroom',
    hours: 12,
    cost: 600_000,
    schedule: 'Maret 2027',
    startDate: '2027-03-09',
    endDate: '2027-03-10',
    capacity: 30,
    competences: ['berorientasi_pelayanan', 'harmonis', 'effectiveness', 'efficiency', 'pengaduan'],
    description:
      'Mengelola pengaduan melalui SP4N-LAPOR!: klasifikasi, tenggat tindak lanjut, jawaban yang solutif, dan pelaporan.',
  },
  {
    code: 'KMN-KES-01',
    title: 'Imunisasi Rutin Lengkap bagi Tenaga Kesehatan',
    provider: 'Dinas Kesehatan Kabupaten Kemuning dan Bapelkes Provinsi',
    mode: 'classroom',
    hours: 32,
    cost: 2_500_000,
    schedule: 'April 2027',
    startDate: '2027-04-12',
    endDate: '2027-04-15',
    capacity: 25,
    competences: ['kompeten', 'effectiveness', 'kesehatan', 'imunisasi'],
    description:
      'Jadwal imunisasi rutin lengkap, rantai dingin vaksin, penyuntikan aman, KIPI, dan pencatatan di ASIK.',
  },
  {
    code: 'KMN-KES-02',
    title: 'Pencatatan dan Pelaporan Kesehatan Ibu dan Anak',
    provider: 'Dinas Kesehatan Kabupaten Kemuning',
    mode: 'elearning',
    hours: 10,
    cost: 0,
    schedule: 'Belajar mandiri sepanjang 2027',
    startDate: '2027-01-04',
    endDate: '2027-12-17',
    capacity: null,
    competences: ['kompeten', 'efficiency', 'kesehatan', 'data'],
    description: 'Kohort ibu dan bayi, validasi data posyandu, dan laporan bulanan yang tepat waktu.',
  },
  {
    code: 'KMN-DIG-01',
    title: 'Literasi Data untuk ASN',
    provider: 'ASN Unggul (Lembaga Administrasi Negara)',
    mode: 'elearning',
    hours: 20,
    cost: 0,
    schedule: 'Belajar mandiri sepanjang 2027',
    startDate: null,
    endDate: null,
    capacity: null,
    competences: ['kompeten', 'adaptif', 'efficiency', 'data', 'transformasi digital'],
    description:
      'Membaca, mengolah, dan menyajikan data untuk keputusan: spreadsheet, visualisasi sederhana, dan Satu Data Indonesia.',
  },
  {
    code: 'KMN-DIG-02',
    title: 'Transformasi Digital Layanan Publik (SPBE)',
    provider: 'Dinas Komunikasi dan Informatika Kabupaten Kemuning',
    mode: 'classroom',
    hours: 24,
    cost: 1_200_000,
    schedule: 'Mei 2027',
    startDate: '2027-05-17',
    endDate: '2027-05-19',
    capacity: 30,
    competences: ['adaptif', 'innovation', 'efficiency', 'transformasi digital'],
    description:
      'Arsitektur SPBE kabupaten, digitalisasi proses layanan, keamanan informasi, dan pengukuran manfaat layanan digital.',
  },
  {
    code: 'KMN-INO-01',
    title: 'Inovasi Pelayanan Publik',
    provider: 'Lembaga Administrasi Negara (Laboratorium Inovasi) dan Bappeda Kemuning',
    mode: 'classroom',
    hours: 40,
    cost: 3_500_000,
    schedule: 'Juni 2027, pendampingan sampai September',
    startDate: '2027-06-07',
    endDate: '2027-06-11',
    capacity: 25,
    competences: ['adaptif', 'berorientasi_pelayanan', 'innovation', 'pelayanan publik'],
    description:
      'Dari masalah layanan ke prototipe: design thinking, uji coba kecil, dan pengusulan ke Kompetisi Inovasi Pelayanan Publik.',
  },
  {
    code: 'KMN-INT-01',
    title: 'Integritas dan Antikorupsi',
    provider: 'Inspektorat Kabupaten Kemuning dan ACLC KPK',
    mode: 'elearning',
    hours: 12,
    cost: 0,
    schedule: 'Belajar mandiri; sertifikat ACLC',
    startDate: null,
    endDate: null,
    capacity: null,
    competences: ['akuntabel', 'loyal', 'integritas'],
    description:
      'Gratifikasi, benturan kepentingan, pelaporan LHKPN/LHKASN, dan whistleblowing system daerah.',
  },
  {
    code: 'KMN-LDR-01',
    title: 'Pelatihan Kepemimpinan Pengawas (PKP)',
    provider: 'BPSDM Provinsi (terakreditasi LAN)',
    mode: 'classroom',
    hours: 380,
    cost: 21_000_000,
    schedule: 'Angkatan I: April–Agustus 2027 (klasikal dan aktualisasi)',
    startDate: '2027-04-05',
    endDate: '2027-08-27',
    capacity: 30,
    competences: ['kolaboratif', 'akuntabel', 'effectiveness', 'kepemimpinan'],
    description:
      'Pelatihan kepemimpinan wajib bagi pejabat pengawas: kepemimpinan kinerja, pengelolaan tim, dan proyek perubahan di unit kerja.',
  },
  {
    code: 'KMN-CO-01',
    title: 'Coaching oleh Atasan Langsung',
    provider: 'Unit kerja masing-masing',
    mode: 'coaching',
    hours: 8,
    cost: 0,
    schedule: 'Sesuai kesepakatan dengan atasan (4 sesi × 2 JP)',
    startDate: null,
    endDate: null,
    capacity: null,
    competences: ['kompeten', 'effectiveness', 'pengembangan diri'],
    description:
      'Sesi coaching terjadwal dengan Pejabat Penilai Kinerja: sasaran perbaikan, umpan balik, dan catatan kemajuan.',
  },
  {
    code: 'KMN-MT-01',
    title: 'Mentoring oleh Pejabat Fungsional Senior',
    provider: 'Unit kerja masing-masing',
    mode: 'mentoring',
    hours: 12,
    cost: 0,
    schedule: 'Tiga bulan, sesi dua mingguan',
    startDate: null,
    endDate: null,
    capacity: null,
    competences: ['kompeten', 'harmonis', 'kolaboratif', 'effectiveness'],
    description: 'Pendampingan oleh pejabat fungsional jenjang lebih tinggi di bidang yang sama.',
  },
  {
    code: 'KMN-OJT-01',
    title: 'Magang di Unit Layanan Mal Pelayanan Publik',
    provider: 'DPMPTSP Kabupaten Kemuning (Mal Pelayanan Publik)',
    mode: 'on_the_job',
    hours: 40,
    cost: 0,
    schedule: 'Dua minggu, bergilir sepanjang 2027',
    startDate: '2027-02-01',
    endDate: '2027-11-30',
    capacity: 6,
    competences: ['berorientasi_pelayanan', 'kolaboratif', 'effectiveness', 'pelayanan publik'],
    description:
      'Belajar langsung di loket layanan terpadu: standar pelayanan, antrean, dan penanganan keluhan di tempat.',
  },
  {
    code: 'KMN-EF-01',
    title: 'Manajemen Waktu dan Prioritas Kerja',
    provider: 'BKPSDM Kabupaten Kemuning',
    mode: 'classroom',
    hours: 8,
    cost: 400_000,
    schedule: 'Januari 2027',
    startDate: '2027-01-26',
    endDate: '2027-01-26',
    capacity: 35,
    competences: ['akuntabel', 'efficiency'],
    description: 'Menyusun prioritas, mengelola tenggat, dan mengurangi pekerjaan ulang.',
  },
  {
    code: 'KMN-EF-02',
    title: 'Tata Naskah Dinas Elektronik (SRIKANDI)',
    provider: 'Dinas Perpustakaan dan Kearsipan Kabupaten Kemuning',
    mode: 'classroom',
    hours: 12,
    cost: 350_000,
    schedule: 'Februari 2027',
    startDate: '2027-02-22',
    endDate: '2027-02-23',
    capacity: 30,
    competences: ['efficiency', 'adaptif', 'kearsipan', 'transformasi digital'],
    description: 'Membuat, menandatangani secara elektronik, dan mengarsipkan naskah dinas di SRIKANDI.',
  },
  {
    code: 'KMN-KOL-01',
    title: 'Kerja Tim dan Kolaborasi Lintas Perangkat Daerah',
    provider: 'BKPSDM Kabupaten Kemuning',
    mode: 'classroom',
    hours: 12,
    cost: 500_000,
    schedule: 'Maret 2027',
    startDate: '2027-03-23',
    endDate: '2027-03-24',
    capacity: 30,
    competences: ['kolaboratif', 'harmonis', 'effectiveness'],
    description:
      'Kerja lintas unit untuk satu sasaran: pembagian peran, rapat yang efektif, dan berbagi data.',
  },
  {
    code: 'KMN-KOL-02',
    title: 'Komunikasi Efektif dan Pengelolaan Konflik di Tempat Kerja',
    provider: 'RSUD Kabupaten Kemuning (Instalasi Psikologi)',
    mode: 'classroom',
    hours: 8,
    cost: 300_000,
    schedule: 'Mei 2027',
    startDate: '2027-05-04',
    endDate: '2027-05-04',
    capacity: 30,
    competences: ['harmonis', 'kolaboratif', 'berorientasi_pelayanan'],
    description:
      'Mendengar aktif, menyampaikan umpan balik, dan meredakan konflik dengan rekan kerja maupun warga.',
  },
  {
    code: 'KMN-AKN-01',
    title: 'Pengelolaan Keuangan Daerah dengan SIPD',
    provider: 'BPKAD Kabupaten Kemuning',
    mode: 'classroom',
    hours: 24,
    cost: 1_500_000,
    schedule: 'Juli 2027',
    startDate: '2027-07-12',
    endDate: '2027-07-14',
    capacity: 30,
    competences: ['akuntabel', 'efficiency', 'keuangan'],
    description: 'Penganggaran, penatausahaan, dan pertanggungjawaban keuangan perangkat daerah di SIPD.',
  },
  {
    code: 'KMN-PEND-01',
    title: 'Pembelajaran Berdiferensiasi bagi Guru',
    provider: 'Dinas Pendidikan Kabupaten Kemuning',
    mode: 'elearning',
    hours: 32,
    cost: 0,
    schedule: 'Semester genap 2027',
    startDate: '2027-01-11',
    endDate: '2027-06-18',
    capacity: null,
    competences: ['kompeten', 'innovation', 'pendidikan'],
    description: 'Asesmen awal, pengelompokan, dan rencana pembelajaran untuk kemampuan murid yang beragam.',
  },
  {
    code: 'KMN-SKP-01',
    title: 'Menyusun SKP dan Indikator Kinerja yang Terukur',
    provider: 'BKPSDM Kabupaten Kemuning',
    mode: 'classroom',
    hours: 8,
    cost: 250_000,
    schedule: 'Januari 2027',
    startDate: '2027-01-12',
    endDate: '2027-01-12',
    capacity: 40,
    competences: ['akuntabel', 'effectiveness', 'manajemen kinerja'],
    description:
      'Merumuskan RHK yang mengintervensi RHK atasan dan indikator efisiensi, efektivitas, dan inovasi.',
  },
  {
    code: 'KMN-PP-00',
    title: 'Pelayanan Prima (kurikulum 2024)',
    provider: 'BKPSDM Kabupaten Kemuning',
    mode: 'classroom',
    hours: 16,
    cost: 700_000,
    schedule: null,
    startDate: null,
    endDate: null,
    capacity: 30,
    competences: ['berorientasi_pelayanan', 'effectiveness'],
    description:
      'Diganti oleh KMN-PP-01 (kurikulum 2027); tetap tersimpan karena rencana pengembangan lama merujuknya.',
    active: false,
  },
];

/**
 * Adds the demo catalogue inside the demo's transaction (codes already there are left alone) and returns the audit
 * entries of what it added.
 */
export async function seedDemoTrainings(tx: Executor, now: Date = new Date()): Promise<AuditInput[]> {
  const taken = await tx
    .select({ code: trainings.code })
    .from(trainings)
    .where(
      inArray(
        sql`lower(${trainings.code})`,
        DEMO_TRAININGS.map((t) => t.code.toLowerCase()),
      ),
    );
  const skip = new Set(taken.map((t) => t.code.toLowerCase()));
  const fresh = DEMO_TRAININGS.filter((t) => !skip.has(t.code.toLowerCase()));
  if (fresh.length === 0) return [];
  const rows = await tx
    .insert(trainings)
    .values(fresh.map((t) => ({ ...t, active: t.active ?? true, createdAt: now, updatedAt: now })))
    .returning();
  return rows.map((row) => ({
    action: 'training.seed',
    entityType: 'training',
    entityId: row.id,
    after: { code: row.code, title: row.title, active: row.active },
  }));
}
