import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Rating } from '../../../../domain/evaluations/matrix';
import { RATING_COLORS, RATING_MARKERS } from './predicate-colors';

/** A rating (Di Atas / Sesuai / Di Bawah Ekspektasi) chip: colour, marker and label. */
export function RatingChip({
  rating,
  size = 'sm',
  testId,
}: {
  rating: Rating | null;
  size?: 'xs' | 'sm' | 'md' | 'lg';
  testId?: string;
}) {
  const { t } = useTranslation();
  if (!rating) {
    return (
      <Badge color="gray" variant="outline" radius="sm" size={size} data-testid={testId} data-rating="none">
        {t('evaluations.rating.none')}
      </Badge>
    );
  }
  return (
    <Badge
      color={RATING_COLORS[rating]}
      variant="light"
      radius="sm"
      size={size}
      data-testid={testId}
      data-rating={rating}
      leftSection={<span aria-hidden="true">{RATING_MARKERS[rating]}</span>}
    >
      {t(`evaluations.ratings.${rating}`)}
    </Badge>
  );
}
