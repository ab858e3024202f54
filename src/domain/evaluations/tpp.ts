/**
 * Tambahan Penghasilan Pegawai (TPP): regional allowances follow the monthly predicate under each regency's own
 * regulation (issue 14.7). The table predicate → percentage of the allowance is configurable (settings key
 * `tpp_rates`); the default below is the common one.
 */
import { z } from 'zod';
import { PREDICATES, type Predicate } from './matrix.js';

export type TppRates = Record<Predicate, number>;

/** Sangat Baik and Baik 100, Butuh Perbaikan 80, Kurang 60, Sangat Kurang 40. */
export const DEFAULT_TPP_RATES: Readonly<TppRates> = {
  sangat_baik: 100,
  baik: 100,
  butuh_perbaikan: 80,
  kurang: 60,
  sangat_kurang: 40,
};

const percentage = z.number().int().min(0).max(100);

/** Every predicate present, each a whole percentage 0–100; nothing else. */
export const tppRatesSchema = z.strictObject({
  sangat_baik: percentage,
  baik: percentage,
  butuh_perbaikan: percentage,
  kurang: percentage,
  sangat_kurang: percentage,
});

/** The percentage of the allowance for a predicate under a table. */
export function tppPercentage(rates: Readonly<TppRates>, predicate: Predicate): number {
  return rates[predicate];
}

/** The table as rows in the order of the predicates (best first), for a sheet or a form. */
export function tppRows(rates: Readonly<TppRates>): Array<{ predicate: Predicate; percentage: number }> {
  return PREDICATES.map((predicate) => ({ predicate, percentage: rates[predicate] }));
}
