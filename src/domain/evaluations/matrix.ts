/** Ratings and the predicate matrix (domain §5). Exact, not configurable. */

export const RATINGS = ['above', 'meets', 'below'] as const;
export type Rating = (typeof RATINGS)[number];

export const PREDICATES = ['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] as const;
export type Predicate = (typeof PREDICATES)[number];

export const RATING_LABELS: Record<Rating, string> = {
  above: 'Di Atas Ekspektasi',
  meets: 'Sesuai Ekspektasi',
  below: 'Di Bawah Ekspektasi',
};

export const PREDICATE_LABELS: Record<Predicate, string> = {
  sangat_baik: 'Sangat Baik',
  baik: 'Baik',
  butuh_perbaikan: 'Butuh Perbaikan',
  kurang: 'Kurang/Misconduct',
  sangat_kurang: 'Sangat Kurang',
};

/** Rows: the result (hasil kerja) rating; columns: the behaviour (perilaku kerja) rating. */
export const PREDICATE_MATRIX: Readonly<Record<Rating, Readonly<Record<Rating, Predicate>>>> = {
  above: { below: 'kurang', meets: 'baik', above: 'sangat_baik' },
  meets: { below: 'kurang', meets: 'baik', above: 'baik' },
  below: { below: 'sangat_kurang', meets: 'butuh_perbaikan', above: 'butuh_perbaikan' },
};

/** The employee predicate for a result rating and a behaviour rating. */
export function predicateFor(result: Rating, behaviour: Rating): Predicate {
  return PREDICATE_MATRIX[result][behaviour];
}
