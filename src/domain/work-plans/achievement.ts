/**
 * Achievement of a numeric indicator (domain §4): realised / target for higher-is-better, target / realised for
 * lower-is-better, as a percentage capped at `cap` (default 200). Lower-is-better with a realised 0 is the best
 * possible result: the cap. A target of 0 (or none), or no realised value, gives no numeric achievement (null).
 */
export const DEFAULT_ACHIEVEMENT_CAP = 200;

export interface AchievementInput {
  target: number | null | undefined;
  realised: number | null | undefined;
  direction: 'higher' | 'lower';
  cap?: number;
}

export function achievement({
  target,
  realised,
  direction,
  cap = DEFAULT_ACHIEVEMENT_CAP,
}: AchievementInput): number | null {
  if (target === null || target === undefined || !Number.isFinite(target) || target <= 0) return null;
  if (realised === null || realised === undefined || !Number.isFinite(realised) || realised < 0) return null;
  let pct: number;
  if (direction === 'higher') pct = (realised / target) * 100;
  else if (realised === 0) return cap;
  else pct = (target / realised) * 100;
  const capped = Math.min(pct, cap);
  return Math.round(capped * 100) / 100;
}

/** The formula in words, for showing next to the number. */
export function achievementFormula(direction: 'higher' | 'lower'): string {
  return direction === 'higher' ? 'realisasi ÷ target × 100%' : 'target ÷ realisasi × 100%';
}
