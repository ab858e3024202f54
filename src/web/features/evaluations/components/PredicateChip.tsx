import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Predicate } from '../../../../domain/evaluations/matrix';
import { PREDICATE_COLORS, PREDICATE_MARKERS, PREDICATE_RANKS } from './predicate-colors';

/**
 * The predicate (Predikat Kinerja) chip: the same colour for the same predicate everywhere, plus a shape marker
 * and the label, so it reads without colour. `null` shows a neutral "belum ada predikat" chip.
 */
export function PredicateChip({
  predicate,
  size = 'sm',
  testId,
}: {
  predicate: Predicate | null;
  size?: 'xs' | 'sm' | 'md' | 'lg';
  testId?: string;
}) {
  const { t } = useTranslation();
  if (!predicate) {
    return (
      <Badge
        color="gray"
        variant="outline"
        radius="sm"
        size={size}
        data-testid={testId}
        data-predicate="none"
      >
        {t('evaluations.predicate.none')}
      </Badge>
    );
  }
  return (
    <Badge
      color={PREDICATE_COLORS[predicate]}
      variant="light"
      radius="sm"
      size={size}
      data-testid={testId}
      data-predicate={predicate}
      data-rank={PREDICATE_RANKS[predicate]}
      leftSection={<span aria-hidden="true">{PREDICATE_MARKERS[predicate]}</span>}
    >
      {t(`evaluations.predicates.${predicate}`)}
    </Badge>
  );
}
