import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../lib/format';

/** "123/2.000": how many characters of the limit are used; red once the limit is reached. */
export function CharCount({ length, max, testId }: { length: number; max: number; testId?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Text
      span
      size="xs"
      c={length >= max ? 'red' : 'dimmed'}
      aria-label={t('common.charCount', { count: length, max })}
      data-testid={testId}
    >
      {formatNumber(length, i18n.language)}/{formatNumber(max, i18n.language)}
    </Text>
  );
}

/** A field's description with the character counter after it (Mantine `description`). */
export function withCharCount(
  description: ReactNode,
  length: number,
  max: number | undefined,
  testId?: string,
): ReactNode {
  if (max === undefined) return description;
  return (
    <>
      {description ? <>{description} · </> : null}
      <CharCount length={length} max={max} testId={testId} />
    </>
  );
}
