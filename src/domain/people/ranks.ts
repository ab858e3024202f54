/** Pangkat / golongan (domain §9) and position types. */
export const PNS_RANKS = [
  ['I/a', 'Juru Muda'],
  ['I/b', 'Juru Muda Tingkat I'],
  ['I/c', 'Juru'],
  ['I/d', 'Juru Tingkat I'],
  ['II/a', 'Pengatur Muda'],
  ['II/b', 'Pengatur Muda Tingkat I'],
  ['II/c', 'Pengatur'],
  ['II/d', 'Pengatur Tingkat I'],
  ['III/a', 'Penata Muda'],
  ['III/b', 'Penata Muda Tingkat I'],
  ['III/c', 'Penata'],
  ['III/d', 'Penata Tingkat I'],
  ['IV/a', 'Pembina'],
  ['IV/b', 'Pembina Tingkat I'],
  ['IV/c', 'Pembina Utama Muda'],
  ['IV/d', 'Pembina Utama Madya'],
  ['IV/e', 'Pembina Utama'],
] as const;

export const PPPK_RANKS = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
] as const;

export type PnsRank = (typeof PNS_RANKS)[number][0];
export type PppkRank = (typeof PPPK_RANKS)[number];

const PNS_RANK_CODES: readonly string[] = PNS_RANKS.map(([code]) => code);
const PPPK_RANK_CODES: readonly string[] = PPPK_RANKS;

export function isValidRank(asnType: 'PNS' | 'PPPK', rank: string): boolean {
  return asnType === 'PNS' ? PNS_RANK_CODES.includes(rank) : PPPK_RANK_CODES.includes(rank);
}

/** "Penata Muda (III/a)" for PNS, "Golongan IX" for PPPK. */
export function rankLabel(rank: string): string {
  const found = PNS_RANKS.find(([code]) => code === rank);
  return found ? `${found[1]} (${found[0]})` : `Golongan ${rank}`;
}

export const POSITION_TYPES = ['jpt', 'administrator', 'pengawas', 'pelaksana', 'fungsional'] as const;
export type PositionType = (typeof POSITION_TYPES)[number];

export const FUNCTIONAL_LEVELS = [
  'ahli_pertama',
  'ahli_muda',
  'ahli_madya',
  'ahli_utama',
  'pemula',
  'terampil',
  'mahir',
  'penyelia',
] as const;
export type FunctionalLevel = (typeof FUNCTIONAL_LEVELS)[number];

/** How documents print a functional level (jenjang jabatan fungsional). */
export const FUNCTIONAL_LEVEL_LABELS: Record<FunctionalLevel, string> = {
  ahli_pertama: 'Ahli Pertama',
  ahli_muda: 'Ahli Muda',
  ahli_madya: 'Ahli Madya',
  ahli_utama: 'Ahli Utama',
  pemula: 'Pemula',
  terampil: 'Terampil',
  mahir: 'Mahir',
  penyelia: 'Penyelia',
};

export const ASN_TYPES = ['PNS', 'PPPK'] as const;
