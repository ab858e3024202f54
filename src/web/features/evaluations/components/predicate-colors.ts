import type { MantineColor } from '@mantine/core';
import type { Predicate, Rating } from '../../../../domain/evaluations/matrix';

/**
 * One ordered colour scale for the five predicates (Sangat Baik → Sangat Kurang), the same everywhere. Colour is
 * never the only cue: chips and matrix cells also carry the label and a rank marker (see PREDICATE_MARKERS).
 */
export const PREDICATE_COLORS: Record<Predicate, string> = {
  sangat_baik: 'teal',
  baik: 'blue',
  butuh_perbaikan: 'yellow',
  kurang: 'orange',
  sangat_kurang: 'red',
};

/** The position on the scale (1 best … 5 worst). */
export const PREDICATE_RANKS: Record<Predicate, number> = {
  sangat_baik: 1,
  baik: 2,
  butuh_perbaikan: 3,
  kurang: 4,
  sangat_kurang: 5,
};

/** A shape marker per predicate, so the scale reads without colour (decorative; the label is the text). */
export const PREDICATE_MARKERS: Record<Predicate, string> = {
  sangat_baik: '▲▲',
  baik: '▲',
  butuh_perbaikan: '■',
  kurang: '▼',
  sangat_kurang: '▼▼',
};

export const RATING_COLORS: Record<Rating, MantineColor> = {
  above: 'teal',
  meets: 'blue',
  below: 'orange',
};

export const RATING_MARKERS: Record<Rating, string> = {
  above: '▲',
  meets: '●',
  below: '▼',
};
