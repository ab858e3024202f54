/**
 * A synthetic kabupaten of any size, for benchmarks and scale tests: N employees in about N/16 units
 * (root → up to 40 perangkat daerah → bidang / bagian / seksi / UPTD), a complete supervisor chain, valid and
 * unique NIPs. Deterministic: the same `employees` and `seed` always give the same names, NIPs and structure
 * (only the row ids are fresh UUIDs).
 */
import { appendAudit } from '../platform/audit.js';
import { systemContext } from '../platform/context.js';
import type { Database } from '../platform/db/client.js';
import type { FunctionalLevel, PositionType } from '../../domain/people/ranks.js';
import {
  assertNoOrganisation,
  insertEmployees,
  insertUnits,
  setUnitHeads,
  type EmployeeRow,
  type UnitRow,
} from './demo.js';

export interface SyntheticOptions {
  employees: number;
  /** PRNG seed (default 2026) */
  seed?: number;
  /** called after each batch of employees is written */
  onProgress?: (done: number, total: number) => void;
}

export interface SyntheticResult {
  units: number;
  employees: number;
}

export const MAX_SYNTHETIC_EMPLOYEES = 200_000;

/** mulberry32: a small, fast, seeded PRNG (public domain). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  constructor(private readonly next: () => number) {}
  float(): number {
    return this.next();
  }
  /** integer in [min, max] */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

// ── Vocabulary ──────────────────────────────────────────────────────────────────────────────────────────────────

type OpdKind = 'setda' | 'dinas' | 'badan' | 'kecamatan';

/** [code, name, kind, relative size] — the perangkat daerah of a typical kabupaten. */
const OPDS: ReadonlyArray<readonly [string, string, OpdKind, number]> = [
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

const TOPICS = [
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
const OFFICE_TOPICS = ['Umum dan Kepegawaian', 'Keuangan', 'Perencanaan dan Pelaporan', 'Tata Usaha'];
const SECTION_TOPICS = [
  'Pemerintahan',
  'Kesejahteraan Sosial',
  'Ketenteraman dan Ketertiban',
  'Pelayanan Umum',
];
const PLACES = [
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
const MALE = words(`
  Agus Ahmad Andi Arif Bambang Budi Dedi Dimas Eko Fajar Hadi Hendra Heru Imam Irfan Joko Rudi Slamet Sugeng
  Teguh Wahyu Yusuf Rizky Bayu Yoga Fadli Rahmat Asep Ujang Heri Arief Taufik Gilang Ilham Putu Made Ketut Iwan
`);
const FEMALE = words(`
  Siti Sri Dewi Ratna Rina Yuni Wulan Fitri Indah Ani Dian Ayu Lestari Maya Novi Putri Ratih Rosita Yanti Eka Nurul
  Lilis Mega Nadia Desi Endang Yulia Ningsih Anita Lina Sari Rahma Intan Kartika Wahyuni Nur Citra Fransiska Melati
`);
const MALE_FAMILY = words(`
  Saputra Pratama Hidayat Santoso Wibowo Setiawan Kurniawan Nugroho Prasetyo Hartono Susanto Wijaya Gunawan Permana
  Ramadhan Firmansyah Hakim Maulana Sutrisno Purnomo
`);
const FEMALE_FAMILY = words(`
  Handayani Rahmawati Suryani Puspitasari Kurniasih Wulandari Lestari Marlina Susanti Rahayu Anggraeni Oktaviani
  Permatasari Novitasari Purwaningsih Widyastuti
`);
/** clan and family names used by both sexes */
const SHARED_FAMILY = words(
  'Sihombing Simanjuntak Nasution Siregar Lubis Pane Tanjung Wenas Mandagi Rumbiak',
);
const DEGREES = words('S.E. S.Sos. S.H. S.Kom. S.T. S.AP. S.IP. S.Pd. S.KM. S.Ak.');
const MASTERS = ['M.Si.', 'M.M.', 'M.AP.', 'M.Pd.', 'M.T.', 'M.H.', 'M.Kes.'] as const;

const PELAKSANA = [
  ['Pengadministrasi Perkantoran', 'II/a', 'II/d'],
  ['Operator Layanan Operasional', 'II/a', 'II/d'],
  ['Pengelola Layanan Operasional', 'II/c', 'III/a'],
  ['Penata Layanan Operasional', 'III/a', 'III/c'],
] as const;

interface FunctionalPosition {
  stem: string;
  levels: readonly FunctionalLevel[];
  /** degree for the ahli levels, and for the keterampilan levels (diploma) */
  degree: string;
  diploma: string;
  femaleOnly?: boolean;
}
const FUNCTIONAL: readonly FunctionalPosition[] = [
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
const SKILL_LEVELS: readonly FunctionalLevel[] = ['pemula', 'terampil', 'mahir', 'penyelia'];

const LEVEL_NAMES: Record<FunctionalLevel, string> = {
  ahli_pertama: 'Ahli Pertama',
  ahli_muda: 'Ahli Muda',
  ahli_madya: 'Ahli Madya',
  ahli_utama: 'Ahli Utama',
  pemula: 'Pemula',
  terampil: 'Terampil',
  mahir: 'Mahir',
  penyelia: 'Penyelia',
};
const LEVEL_RANKS: Record<FunctionalLevel, readonly [string, string]> = {
  pemula: ['II/a', 'II/a'],
  terampil: ['II/b', 'II/d'],
  mahir: ['III/a', 'III/b'],
  penyelia: ['III/c', 'III/d'],
  ahli_pertama: ['III/a', 'III/b'],
  ahli_muda: ['III/c', 'III/d'],
  ahli_madya: ['IV/a', 'IV/c'],
  ahli_utama: ['IV/d', 'IV/e'],
};
const PPPK_LEVEL_RANKS: Partial<Record<FunctionalLevel, string>> = {
  terampil: 'VII',
  mahir: 'VIII',
  ahli_pertama: 'IX',
  ahli_muda: 'XI',
  ahli_madya: 'XIII',
};
const PNS_RANK_ORDER = [
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

// ── Plan ────────────────────────────────────────────────────────────────────────────────────────────────────────

interface PlannedUnit {
  code: string;
  name: string;
  parent: number | null;
  /** head's title, type and rank range */
  head: {
    title: string;
    type: PositionType;
    level?: FunctionalLevel;
    ranks: readonly [string, string];
  } | null;
  /** share of the staff this unit receives */
  weight: number;
  /** whether this unit leads with section heads (pengawas) between its head and its staff */
  sections: boolean;
}

export interface SyntheticEmployee {
  nip: string;
  name: string;
  asnType: 'PNS' | 'PPPK';
  rank: string;
  positionTitle: string;
  positionType: PositionType;
  functionalLevel: FunctionalLevel | null;
  /** index into `units` */
  unit: number;
  /** index into `employees`, always smaller than the employee's own index */
  supervisor: number | null;
}

export interface SyntheticPlan {
  units: Array<{ code: string; name: string; parent: number | null; head: number | null }>;
  employees: SyntheticEmployee[];
}

function planUnits(rng: Random, unitCount: number): PlannedUnit[] {
  const units: PlannedUnit[] = [
    {
      code: 'SKM',
      name: 'Pemerintah Kabupaten Sukamaju',
      parent: null,
      head: null,
      weight: 0,
      sections: false,
    },
  ];
  if (unitCount <= 1) return units;
  const opdCount = Math.min(OPDS.length, Math.max(1, Math.round((unitCount - 1) / 4)));
  const subCount = unitCount - 1 - opdCount;
  const opds = OPDS.slice(0, opdCount);

  for (const [code, name, kind, weight] of opds) {
    const head =
      kind === 'setda'
        ? { title: 'Sekretaris Daerah', type: 'jpt' as const, ranks: ['IV/d', 'IV/d'] as const }
        : kind === 'kecamatan'
          ? {
              title: `Camat ${name.replace('Kecamatan ', '')}`,
              type: 'administrator' as const,
              ranks: ['IV/a', 'IV/b'] as const,
            }
          : { title: `Kepala ${name}`, type: 'jpt' as const, ranks: ['IV/c', 'IV/c'] as const };
    units.push({ code, name, parent: 0, head, weight, sections: false });
  }
  const opdUnits = units.slice(1);

  // Sub-units go to the perangkat daerah in proportion to their size (every one gets at least its secretariat).
  const perOpd = opds.map(() => 0);
  const totalWeight = opds.reduce((s, o) => s + o[3], 0);
  for (let i = 0; i < subCount; i++) {
    if (i < opdCount) {
      perOpd[i]! += 1;
      continue;
    }
    let r = rng.float() * totalWeight;
    let k = 0;
    while (k < opds.length - 1 && r >= opds[k]![3]) r -= opds[k++]![3];
    perOpd[k]! += 1;
  }
  opds.forEach(([code, name, kind, weight], k) => {
    const parent = k + 1;
    // The head's own office keeps a few staff; most work in the sub-units.
    if (perOpd[k]! > 0) opdUnits[k]!.weight = 0.2;
    else opdUnits[k]!.sections = true;
    for (let j = 0; j < perOpd[k]!; j++) {
      const n = String(j + 1).padStart(2, '0');
      const sub = subUnit(kind, name, j);
      units.push({
        code: `${code}.${sub.prefix}${n}`,
        name: sub.name,
        parent,
        head: sub.head,
        weight: weight / Math.max(1, perOpd[k]!) + 0.5,
        sections: sub.head.type === 'administrator',
      });
    }
  });
  return units;
}

function subUnit(kind: OpdKind, opdName: string, j: number) {
  const topic = TOPICS[j % TOPICS.length]!;
  const round = Math.floor(j / TOPICS.length);
  const admin = (title: string) => ({
    title,
    type: 'administrator' as const,
    ranks: ['IV/a', 'IV/b'] as const,
  });
  const pengawas = (title: string) => ({
    title,
    type: 'pengawas' as const,
    ranks: ['III/d', 'IV/a'] as const,
  });
  if (kind === 'kecamatan') {
    const place = opdName.replace(/^Kecamatan /, '');
    if (j === 0)
      return { prefix: 'SEKR', name: `Sekretariat Kecamatan ${place}`, head: admin('Sekretaris Kecamatan') };
    const suffix = j > SECTION_TOPICS.length ? ` ${Math.ceil(j / SECTION_TOPICS.length)}` : '';
    const section = `Seksi ${SECTION_TOPICS[(j - 1) % SECTION_TOPICS.length]}${suffix}`;
    return { prefix: 'SEKSI', name: `${section} Kecamatan ${place}`, head: pengawas(`Kepala ${section}`) };
  }
  if (kind === 'setda') {
    const name = `Bagian ${topic}${round > 0 ? ` ${round + 1}` : ''}`;
    return { prefix: 'BAG', name, head: admin(`Kepala ${name}`) };
  }
  if (j === 0) {
    const title = kind === 'badan' ? 'Sekretaris Badan' : 'Sekretaris Dinas';
    return { prefix: 'SEKR', name: `Sekretariat ${opdName}`, head: admin(title) };
  }
  if (j <= 4 || kind === 'badan') {
    const name = `Bidang ${TOPICS[(j - 1) % TOPICS.length]}${j > TOPICS.length ? ` ${Math.ceil(j / TOPICS.length)}` : ''}`;
    return { prefix: 'BID', name: `${name} ${opdName}`, head: admin(`Kepala ${name}`) };
  }
  const place = PLACES[(j - 5) % PLACES.length]!;
  const wave = Math.floor((j - 5) / PLACES.length);
  const name = `UPTD ${opdName.replace(/^Dinas /, '')} ${place}${wave > 0 ? ` ${wave + 1}` : ''}`;
  return { prefix: 'UPTD', name, head: pengawas(`Kepala ${name}`) };
}

function rankBetween(rng: Random, [lo, hi]: readonly [string, string]): string {
  const a = PNS_RANK_ORDER.indexOf(lo);
  const b = PNS_RANK_ORDER.indexOf(hi);
  return PNS_RANK_ORDER[rng.int(a, b)]!;
}

class NipFactory {
  private readonly used = new Map<string, number>();
  constructor(private readonly rng: Random) {}

  private birth(minYear: number, maxYear: number) {
    const y = this.rng.int(minYear, maxYear);
    const m = this.rng.int(1, 12);
    const d = this.rng.int(1, 28);
    return { y, ymd: `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}` };
  }

  private serial(prefix: string): string {
    const next = (this.used.get(prefix) ?? 0) + 1;
    if (next > 999) return '';
    this.used.set(prefix, next);
    return String(next).padStart(3, '0');
  }

  /** PNS: birth date, TMT CPNS at 20–30 years old (not after 2024), sex, serial. */
  pns(minBirth: number, maxBirth: number, sex: 1 | 2): string {
    for (;;) {
      const { y, ymd } = this.birth(minBirth, maxBirth);
      const tmtYear = Math.min(2024, y + this.rng.int(20, 30));
      if (tmtYear < y + 19) continue;
      const prefix = `${ymd}${tmtYear}${String(this.rng.int(1, 12)).padStart(2, '0')}${sex}`;
      const serial = this.serial(prefix);
      if (serial) return prefix + serial;
    }
  }

  /** PPPK: birth date, TMT year 2021–2025, '2' + code digit, sex, serial. */
  pppk(minBirth: number, maxBirth: number, sex: 1 | 2): string {
    for (;;) {
      const { y, ymd } = this.birth(minBirth, maxBirth);
      const tmtYear = this.rng.int(Math.max(2021, y + 18), 2025);
      if (tmtYear > 2025) continue;
      const prefix = `${ymd}${tmtYear}2${this.rng.int(1, 3)}${sex}`;
      const serial = this.serial(prefix);
      if (serial) return prefix + serial;
    }
  }
}

function personName(rng: Random, sex: 1 | 2, prefix: string, suffix: string): string {
  const first = rng.pick(sex === 1 ? MALE : FEMALE);
  const families = rng.chance(0.2) ? SHARED_FAMILY : sex === 1 ? MALE_FAMILY : FEMALE_FAMILY;
  const family = rng.chance(0.85) ? ` ${rng.pick(families)}` : '';
  return `${prefix}${first}${family}${suffix ? `, ${suffix}` : ''}`;
}

/** Builds the whole organisation in memory; pure and deterministic for a given size and seed. */
export function planSynthetic(employeeCount: number, seed = 2026): SyntheticPlan {
  if (!Number.isInteger(employeeCount) || employeeCount < 1 || employeeCount > MAX_SYNTHETIC_EMPLOYEES) {
    throw new Error(`employees must be a whole number from 1 to ${MAX_SYNTHETIC_EMPLOYEES}`);
  }
  const rng = new Random(mulberry32(seed));
  const nips = new NipFactory(rng);
  const unitCount = Math.max(1, Math.round(employeeCount / 16));
  const planned = planUnits(rng, unitCount);
  const employees: SyntheticEmployee[] = [];
  const unitHead: Array<number | null> = planned.map(() => null);

  const addLeader = (
    unitIndex: number,
    spec: NonNullable<PlannedUnit['head']>,
    supervisor: number | null,
  ) => {
    const sex: 1 | 2 = rng.chance(0.6) ? 1 : 2;
    const older =
      spec.type === 'jpt' ? [1966, 1975] : spec.type === 'administrator' ? [1968, 1982] : [1972, 1988];
    const title =
      spec.type === 'jpt'
        ? `${rng.pick(DEGREES)} ${rng.pick(MASTERS)}`
        : rng.pick(DEGREES) + (rng.chance(0.5) ? ` ${rng.pick(MASTERS)}` : '');
    employees.push({
      nip: nips.pns(older[0]!, older[1]!, sex),
      name: personName(
        rng,
        sex,
        sex === 2 && rng.chance(0.15) ? 'Hj. ' : sex === 1 && rng.chance(0.15) ? 'H. ' : '',
        title.replace(' ', ', '),
      ),
      asnType: 'PNS',
      rank: rankBetween(rng, spec.ranks),
      positionTitle: spec.title,
      positionType: spec.type,
      functionalLevel: spec.level ?? null,
      unit: unitIndex,
      supervisor,
    });
    return employees.length - 1;
  };

  // Leaders, level by level, so every supervisor precedes their staff.
  if (planned.length === 1) {
    unitHead[0] = addLeader(0, { title: 'Sekretaris Daerah', type: 'jpt', ranks: ['IV/d', 'IV/d'] }, null);
  } else {
    let top: number | null = null;
    for (let i = 1; i < planned.length; i++) {
      const u = planned[i]!;
      if (u.parent !== 0) continue;
      unitHead[i] = addLeader(i, u.head!, top);
      top ??= unitHead[i]!;
    }
    for (let i = 1; i < planned.length; i++) {
      const u = planned[i]!;
      if (u.parent === 0 || u.parent === null) continue;
      unitHead[i] = addLeader(i, u.head!, unitHead[u.parent]!);
    }
  }
  const leaders = employees.length;
  const remaining = Math.max(0, employeeCount - leaders);

  // Staff per unit, in proportion to the unit weights (the kabupaten itself has no staff of its own).
  const staffUnits = planned.length === 1 ? [0] : planned.map((_, i) => i).filter((i) => i !== 0);
  const weights = staffUnits.map((i) => (planned.length === 1 ? 1 : planned[i]!.weight));
  const cumulative: number[] = [];
  weights.reduce((s, w, k) => (cumulative[k] = s + w), 0);
  const total = cumulative[cumulative.length - 1]!;
  const staffCount = new Map<number, number>();
  for (let i = 0; i < remaining; i++) {
    const r = rng.float() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > r) hi = mid;
      else lo = mid + 1;
    }
    const u = staffUnits[lo]!;
    staffCount.set(u, (staffCount.get(u) ?? 0) + 1);
  }

  // Section heads (pengawas) first, then staff, unit by unit.
  const sectionHeads = new Map<number, number[]>();
  for (const u of staffUnits) {
    const n = staffCount.get(u) ?? 0;
    const k = planned[u]!.sections ? Math.floor(n / 8) : 0;
    const list: number[] = [];
    for (let s = 0; s < k; s++) {
      const sex: 1 | 2 = rng.chance(0.55) ? 1 : 2;
      const office = /^(Sekretariat|Bagian)/.test(planned[u]!.name);
      const topic = office ? OFFICE_TOPICS[s % OFFICE_TOPICS.length]! : TOPICS[s % TOPICS.length]!;
      const round = Math.floor(s / (office ? OFFICE_TOPICS.length : TOPICS.length));
      employees.push({
        nip: nips.pns(1972, 1990, sex),
        name: personName(rng, sex, '', rng.pick(DEGREES)),
        asnType: 'PNS',
        rank: rankBetween(rng, ['III/d', 'IV/a']),
        positionTitle: `Kepala ${office ? 'Subbagian' : 'Seksi'} ${topic}${round > 0 ? ` ${round + 1}` : ''}`,
        positionType: 'pengawas',
        functionalLevel: null,
        unit: u,
        supervisor: unitHead[u]!,
      });
      list.push(employees.length - 1);
    }
    sectionHeads.set(u, list);
    staffCount.set(u, n - k);
  }
  for (const u of staffUnits) {
    const n = staffCount.get(u) ?? 0;
    const sections = sectionHeads.get(u) ?? [];
    for (let s = 0; s < n; s++) {
      const sexRoll: 1 | 2 = rng.chance(0.5) ? 1 : 2;
      const roll = rng.float();
      const supervisor = sections.length > 0 && roll < 0.45 ? sections[s % sections.length]! : unitHead[u]!;
      if (roll < 0.45) {
        const [title, lo, hi] = rng.pick(PELAKSANA);
        const pppk = rng.chance(0.15);
        employees.push({
          nip: pppk ? nips.pppk(1980, 2001, sexRoll) : nips.pns(1970, 2000, sexRoll),
          name: personName(rng, sexRoll, '', rng.chance(0.5) ? rng.pick(['A.Md.', ...DEGREES]) : ''),
          asnType: pppk ? 'PPPK' : 'PNS',
          rank: pppk ? rng.pick(['V', 'VII']) : rankBetween(rng, [lo, hi]),
          positionTitle: title,
          positionType: 'pelaksana',
          functionalLevel: null,
          unit: u,
          supervisor,
        });
      } else {
        const position = rng.pick(FUNCTIONAL);
        const level = rng.pick(position.levels);
        const sex: 1 | 2 = position.femaleOnly ? 2 : sexRoll;
        const pppkRank = PPPK_LEVEL_RANKS[level];
        const pppk = pppkRank !== undefined && rng.chance(0.3);
        const older =
          level === 'ahli_madya' ? [1966, 1980] : level === 'ahli_muda' ? [1970, 1988] : [1975, 2000];
        const degree = SKILL_LEVELS.includes(level) ? position.diploma : position.degree;
        employees.push({
          nip: pppk
            ? nips.pppk(Math.max(1975, older[0]!), older[1]!, sex)
            : nips.pns(older[0]!, older[1]!, sex),
          name: personName(rng, sex, position.stem === 'Dokter' ? 'dr. ' : '', degree),
          asnType: pppk ? 'PPPK' : 'PNS',
          rank: pppk && pppkRank ? pppkRank : rankBetween(rng, LEVEL_RANKS[level]),
          positionTitle: `${position.stem} ${LEVEL_NAMES[level]}`,
          positionType: 'fungsional',
          functionalLevel: level,
          unit: u,
          supervisor,
        });
      }
    }
  }

  return {
    units: planned.map((u, i) => ({
      code: u.code,
      name: u.name,
      parent: u.parent,
      head: unitHead[i] ?? null,
    })),
    employees: employees.slice(0, employeeCount),
  };
}

/**
 * Seeds a synthetic organisation of `employees` people into an empty database: 1000-row inserts in one
 * transaction, ending with one `seed.synthetic` audit entry. Refuses when units or employees exist.
 */
export async function seedSynthetic(database: Database, options: SyntheticOptions): Promise<SyntheticResult> {
  const { db } = database;
  const seed = options.seed ?? 2026;
  const plan = planSynthetic(options.employees, seed);
  await assertNoOrganisation(db, 'synthetic data');

  const unitIds = plan.units.map(() => crypto.randomUUID());
  const employeeIds = plan.employees.map(() => crypto.randomUUID());
  const unitRows: UnitRow[] = plan.units.map((u, i) => ({
    id: unitIds[i]!,
    code: u.code,
    name: u.name,
    parentId: u.parent === null ? null : unitIds[u.parent]!,
  }));
  const employeeRows: EmployeeRow[] = plan.employees.map((e, i) => ({
    id: employeeIds[i]!,
    nip: e.nip,
    name: e.name,
    asnType: e.asnType,
    rank: e.rank,
    positionTitle: e.positionTitle,
    positionType: e.positionType,
    functionalLevel: e.functionalLevel,
    unitId: unitIds[e.unit]!,
    supervisorId: e.supervisor === null ? null : employeeIds[e.supervisor]!,
  }));
  const heads = plan.units.flatMap((u, i) =>
    u.head === null || u.head >= employeeIds.length
      ? []
      : [{ unitId: unitIds[i]!, headId: employeeIds[u.head]! }],
  );
  const total = employeeRows.length;

  await db.transaction(async (tx) => {
    await assertNoOrganisation(tx, 'synthetic data');
    await insertUnits(tx, unitRows);
    options.onProgress?.(0, total);
    await insertEmployees(tx, employeeRows, (done) => options.onProgress?.(done, total));
    await setUnitHeads(tx, heads);
    await appendAudit(tx, systemContext('seed'), {
      action: 'seed.synthetic',
      entityType: 'unit',
      entityId: unitIds[0]!,
      after: { units: unitRows.length, employees: total, seed },
    });
  });
  return { units: unitRows.length, employees: total };
}
