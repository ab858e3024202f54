import type { FunctionalLevel } from '../../domain/people/ranks.js';

/** The vocabulary of the synthetic kabupaten: perangkat daerah, unit topics, names, degrees, positions, ranks. */

export type OpdKind = 'setda' | 'dinas' | 'badan' | 'kecamatan';

/** [code, name, kind, relative size] — the perangkat daerah of a typical kabupaten. */
export const OPDS: ReadonlyArray<readonly [string, string, OpdKind, number]> = [
  ['SETDA', 'Sekretariat Daerah', 'setda', 3],
  ['DISDIK', 'Dinas Pendidikan', 'dinas', 12],
  ['DINKES', 'Dinas Kesehatan', 'dinas', 8],
  ['RSUD', 'Rumah Sakit Umum Daerah', 'badan', 5],
  ['BKPSDM', 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'badan', 2],
  ['INSP', 'Inspektorat Daerah', 'badan', 2],
  ['BAPPEDA', 'Badan Perencanaan Pembangunan Daerah', 'badan', 2],
  ['BPKAD', 'Badan Pengelolaan Keuangan dan Aset Daerah', 'badan', 2],
  ['BAPENDA', 'Badan Pendapatan Daerah', 'badan', 2],
  ['BPBD', 'Badan Penanggulangan Bencana Daerah', 'badan', 1],
  ['KESBANGPOL', 'Badan Kesatuan Bangsa dan Politik', 'badan', 1],
  ['SETWAN', 'Sekretariat DPRD', 'badan', 2],
  ['PUPR', 'Dinas Pekerjaan Umum dan Penataan Ruang', 'dinas', 3],
  ['PERKIM', 'Dinas Perumahan dan Kawasan Permukiman', 'dinas', 1],
  ['SATPOLPP', 'Satuan Polisi Pamong Praja', 'dinas', 2],
  ['DINSOS', 'Dinas Sosial', 'dinas', 1],
  ['DP3A', 'Dinas Pemberdayaan Perempuan dan Perlindungan Anak', 'dinas', 1],
  ['DKP', 'Dinas Ketahanan Pangan', 'dinas', 1],
  ['DLH', 'Dinas Lingkungan Hidup', 'dinas', 2],
  ['DUKCAPIL', 'Dinas Kependudukan dan Pencatatan Sipil', 'dinas', 1],
  ['DPMD', 'Dinas Pemberdayaan Masyarakat dan Desa', 'dinas', 1],
  ['DPPKB', 'Dinas Pengendalian Penduduk dan Keluarga Berencana', 'dinas', 1],
  ['DISHUB', 'Dinas Perhubungan', 'dinas', 1],
  ['DISKOMINFO', 'Dinas Komunikasi dan Informatika', 'dinas', 1],
  ['DISKOPUKM', 'Dinas Koperasi dan Usaha Kecil Menengah', 'dinas', 1],
  ['DPMPTSP', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', 'dinas', 1],
  ['DISPORA', 'Dinas Kepemudaan dan Olahraga', 'dinas', 1],
  ['DISPAR', 'Dinas Pariwisata dan Kebudayaan', 'dinas', 1],
  ['DISPUSIP', 'Dinas Perpustakaan dan Kearsipan', 'dinas', 1],
  ['DISKAN', 'Dinas Perikanan', 'dinas', 1],
  ['DISTAN', 'Dinas Pertanian', 'dinas', 2],
  ['DISDAG', 'Dinas Perdagangan dan Perindustrian', 'dinas', 1],
  ['DISNAKER', 'Dinas Tenaga Kerja', 'dinas', 1],
  ['KEC-SUKAMAJU', 'Kecamatan Sukamaju', 'kecamatan', 1],
  ['KEC-SUKARAME', 'Kecamatan Sukarame', 'kecamatan', 1],
  ['KEC-CIBEUREUM', 'Kecamatan Cibeureum', 'kecamatan', 1],
  ['KEC-MEKARSARI', 'Kecamatan Mekarsari', 'kecamatan', 1],
  ['KEC-SUMBERSARI', 'Kecamatan Sumbersari', 'kecamatan', 1],
  ['KEC-TANJUNGSARI', 'Kecamatan Tanjungsari', 'kecamatan', 1],
  ['KEC-KARANGANYAR', 'Kecamatan Karanganyar', 'kecamatan', 1],
];

export const TOPICS = [
  'Perencanaan dan Evaluasi',
  'Pelayanan',
  'Pembinaan',
  'Pengembangan',
  'Pengendalian',
  'Data dan Informasi',
  'Sarana dan Prasarana',
  'Pemberdayaan',
  'Pengawasan',
  'Kerja Sama',
  'Tata Kelola',
  'Peningkatan Kapasitas',
];
export const OFFICE_TOPICS = ['Umum dan Kepegawaian', 'Keuangan', 'Perencanaan dan Pelaporan', 'Tata Usaha'];
export const SECTION_TOPICS = [
  'Pemerintahan',
  'Kesejahteraan Sosial',
  'Ketenteraman dan Ketertiban',
  'Pelayanan Umum',
];
export const PLACES = [
  'Sukamaju',
  'Sukarame',
  'Cibeureum',
  'Mekarsari',
  'Sumbersari',
  'Tanjungsari',
  'Karanganyar',
  'Sidomulyo',
  'Margahayu',
  'Pasirjati',
];

const words = (s: string): readonly string[] => s.trim().split(/\s+/);
export const MALE = words(`
  Agus Ahmad Andi Arif Bambang Budi Dedi Dimas Eko Fajar Hadi Hendra Heru Imam Irfan Joko Rudi Slamet Sugeng
  Teguh Wahyu Yusuf Rizky Bayu Yoga Fadli Rahmat Asep Ujang Heri Arief Taufik Gilang Ilham Putu Made Ketut Iwan
`);
export const FEMALE = words(`
  Siti Sri Dewi Ratna Rina Yuni Wulan Fitri Indah Ani Dian Ayu Lestari Maya Novi Putri Ratih Rosita Yanti Eka Nurul
  Lilis Mega Nadia Desi Endang Yulia Ningsih Anita Lina Sari Rahma Intan Kartika Wahyuni Nur Citra Fransiska Melati
`);
export const MALE_FAMILY = words(`
  Saputra Pratama Hidayat Santoso Wibowo Setiawan Kurniawan Nugroho Prasetyo Hartono Susanto Wijaya Gunawan Permana
  Ramadhan Firmansyah Hakim Maulana Sutrisno Purnomo
`);
export const FEMALE_FAMILY = words(`
  Handayani Rahmawati Suryani Puspitasari Kurniasih Wulandari Lestari Marlina Susanti Rahayu Anggraeni Oktaviani
  Permatasari Novitasari Purwaningsih Widyastuti
`);
/** clan and family names used by both sexes */
export const SHARED_FAMILY = words(
  'Sihombing Simanjuntak Nasution Siregar Lubis Pane Tanjung Wenas Mandagi Rumbiak',
);
export const DEGREES = words('S.E. S.Sos. S.H. S.Kom. S.T. S.AP. S.IP. S.Pd. S.KM. S.Ak.');
export const MASTERS = ['M.Si.', 'M.M.', 'M.AP.', 'M.Pd.', 'M.T.', 'M.H.', 'M.Kes.'] as const;

export const PELAKSANA = [
  ['Pengadministrasi Perkantoran', 'II/a', 'II/d'],
  ['Operator Layanan Operasional', 'II/a', 'II/d'],
  ['Pengelola Layanan Operasional', 'II/c', 'III/a'],
  ['Penata Layanan Operasional', 'III/a', 'III/c'],
] as const;

export interface FunctionalPosition {
  stem: string;
  levels: readonly FunctionalLevel[];
  /** degree for the ahli levels, and for the keterampilan levels (diploma) */
  degree: string;
  diploma: string;
  femaleOnly?: boolean;
}
export const FUNCTIONAL: readonly FunctionalPosition[] = [
  {
    stem: 'Analis Kebijakan',
    levels: ['ahli_pertama', 'ahli_muda', 'ahli_madya'],
    degree: 'S.AP.',
    diploma: '',
  },
  { stem: 'Analis SDM Aparatur', levels: ['ahli_pertama', 'ahli_muda'], degree: 'S.Psi.', diploma: '' },
  { stem: 'Perencana', levels: ['ahli_pertama', 'ahli_muda'], degree: 'S.E.', diploma: '' },
  {
    stem: 'Pranata Komputer',
    levels: ['terampil', 'ahli_pertama', 'ahli_muda'],
    degree: 'S.Kom.',
    diploma: 'A.Md.Kom.',
  },
  { stem: 'Arsiparis', levels: ['terampil', 'mahir', 'ahli_pertama'], degree: 'S.I.P.', diploma: 'A.Md.' },
  { stem: 'Auditor', levels: ['ahli_pertama', 'ahli_muda', 'ahli_madya'], degree: 'S.Ak.', diploma: '' },
  { stem: 'Guru Kelas', levels: ['ahli_pertama', 'ahli_muda', 'ahli_madya'], degree: 'S.Pd.', diploma: '' },
  {
    stem: 'Perawat',
    levels: ['terampil', 'mahir', 'ahli_pertama', 'ahli_muda'],
    degree: 'S.Kep., Ners',
    diploma: 'A.Md.Kep.',
  },
  {
    stem: 'Bidan',
    levels: ['terampil', 'mahir', 'ahli_pertama'],
    degree: 'S.Tr.Keb.',
    diploma: 'A.Md.Keb.',
    femaleOnly: true,
  },
  { stem: 'Dokter', levels: ['ahli_pertama', 'ahli_muda'], degree: '', diploma: '' },
  {
    stem: 'Penyuluh Pertanian',
    levels: ['terampil', 'ahli_pertama', 'ahli_muda'],
    degree: 'S.P.',
    diploma: 'A.Md.P.',
  },
  {
    stem: 'Pengelola Pengadaan Barang/Jasa',
    levels: ['ahli_pertama', 'ahli_muda'],
    degree: 'S.T.',
    diploma: '',
  },
];
export const SKILL_LEVELS: readonly FunctionalLevel[] = ['pemula', 'terampil', 'mahir', 'penyelia'];

export const LEVEL_NAMES: Record<FunctionalLevel, string> = {
  ahli_pertama: 'Ahli Pertama',
  ahli_muda: 'Ahli Muda',
  ahli_madya: 'Ahli Madya',
  ahli_utama: 'Ahli Utama',
  pemula: 'Pemula',
  terampil: 'Terampil',
  mahir: 'Mahir',
  penyelia: 'Penyelia',
};
export const LEVEL_RANKS: Record<FunctionalLevel, readonly [string, string]> = {
  pemula: ['II/a', 'II/a'],
  terampil: ['II/b', 'II/d'],
  mahir: ['III/a', 'III/b'],
  penyelia: ['III/c', 'III/d'],
  ahli_pertama: ['III/a', 'III/b'],
  ahli_muda: ['III/c', 'III/d'],
  ahli_madya: ['IV/a', 'IV/c'],
  ahli_utama: ['IV/d', 'IV/e'],
};
export const PPPK_LEVEL_RANKS: Partial<Record<FunctionalLevel, string>> = {
  terampil: 'VII',
  mahir: 'VIII',
  ahli_pertama: 'IX',
  ahli_muda: 'XI',
  ahli_madya: 'XIII',
};
export const PNS_RANK_ORDER = [
  'I/a',
  'I/b',
  'I/c',
  'I/d',
  'II/a',
  'II/b',
  'II/c',
  'II/d',
  'III/a',
  'III/b',
  'III/c',
  'III/d',
  'IV/a',
  'IV/b',
  'IV/c',
  'IV/d',
  'IV/e',
];
