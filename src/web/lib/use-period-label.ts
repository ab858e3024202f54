import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { periodLabel } from './format';

/**
 * `periodName('Januari 2026')` in the reader's language ("January 2026" in English): every place that shows a
 * period's stored (Indonesian) name goes through it, so month names follow the UI language (issue 12).
 */
export function usePeriodLabel(): (label: string | null | undefined) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useCallback(
    (label: string | null | undefined) => (label ? periodLabel(label, language) : ''),
    [language],
  );
}
