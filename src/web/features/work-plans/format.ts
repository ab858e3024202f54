import type { TFunction } from 'i18next';
import { formatNumber } from '../../lib/format';
import type { IndicatorView } from './types';

/** "Versi awal" for the first version, "Perubahan ke-N" for the N-th amendment (revision N + 1). */
export function revisionLabel(revision: number, t: TFunction): string {
  return revision <= 1 ? t('plan.revisionOriginal') : t('plan.revisionN', { n: revision - 1 });
}

/** A target as read aloud: `95 %`, `10–12 laporan`, or the narrative; null when there is none. */
export function formatTarget(
  i: Pick<IndicatorView, 'target' | 'targetMax' | 'targetText' | 'unit'>,
  language: string,
): string | null {
  const unit = i.unit?.trim() ? ` ${i.unit.trim()}` : '';
  if (i.target !== null && i.targetMax !== null && i.targetMax !== undefined) {
    return `${formatNumber(i.target, language)}–${formatNumber(i.targetMax, language)}${unit}`;
  }
  if (i.target !== null) return `${formatNumber(i.target, language)}${unit}`;
  const text = i.targetText?.trim();
  return text ? text : null;
}

/** The first words of a long text, for lists and messages. */
export function shorten(text: string, max = 90): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}
