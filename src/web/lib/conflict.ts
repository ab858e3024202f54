/**
 * The fields of a form where the user's values and the version saved elsewhere differ, in the form's order (the
 * first is where the conflict view shows). Texts compare trimmed, blank as none, as they would be saved.
 */
export function differingFields<K extends string>(
  fields: readonly K[],
  mine: Readonly<Record<K, unknown>>,
  theirs: Readonly<Record<K, unknown>>,
): K[] {
  const norm = (v: unknown): string => {
    if (typeof v === 'string') return JSON.stringify(v.trim() === '' ? null : v.trim());
    return JSON.stringify(v ?? null);
  };
  return fields.filter((f) => norm(mine[f]) !== norm(theirs[f]));
}
