import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Rating } from '../../../../domain/evaluations/matrix';
import type { OfferedRatingView, SuggestionView } from '../types';
import { RatingChip } from './RatingChip';

/**
 * The suggested Rating Hasil Kerja with its reasoning: the rule that applied (in words) and the counts behind it;
 * for a unit head, the rating offered from the unit's Capaian Kinerja Organisasi.
 */
export function SuggestionBox({
  suggestion,
  offered,
  current,
  onUse,
}: {
  suggestion: SuggestionView | null;
  offered: OfferedRatingView | null;
  current: Rating | null;
  onUse?: (rating: Rating) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Alert
        color="blue"
        variant="light"
        title={t('evaluations.editor.suggestionTitle')}
        data-testid="evaluation-suggestion"
      >
        {suggestion ? (
          <Stack gap={6}>
            <Group gap="xs" wrap="wrap">
              <RatingChip rating={suggestion.rating} testId="evaluation-suggestion-rating" />
              {onUse && current !== suggestion.rating ? (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => onUse(suggestion.rating)}
                  data-testid="evaluation-use-suggestion"
                >
                  {t('evaluations.editor.useSuggestion')}
                </Button>
              ) : null}
            </Group>
            <Text size="sm" data-testid="evaluation-suggestion-reason" data-reason={suggestion.reason}>
              {t(`evaluations.editor.reasons.${suggestion.reason}`)}
            </Text>
            <Text size="xs" c="dimmed" data-testid="evaluation-suggestion-counts">
              {t('evaluations.editor.suggestionCounts', {
                rated: suggestion.rated,
                above: suggestion.above,
                meets: suggestion.meets,
                below: suggestion.below,
                mainBelow: suggestion.mainBelow,
              })}
            </Text>
          </Stack>
        ) : (
          <Text size="sm">{t('evaluations.editor.suggestionNone')}</Text>
        )}
      </Alert>
      {offered ? (
        <Alert
          color="grape"
          variant="light"
          title={t('evaluations.editor.offeredTitle')}
          data-testid="evaluation-offered"
        >
          <Stack gap={6}>
            <Text size="sm">
              {t('evaluations.editor.offered', {
                unit: offered.unitName,
                orgPredicate: t(`evaluations.orgPredicates.${offered.orgPredicate}`),
                rating: t(`evaluations.ratings.${offered.rating}`),
              })}
            </Text>
            {onUse && current !== offered.rating ? (
              <Group>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="grape"
                  onClick={() => onUse(offered.rating)}
                  data-testid="evaluation-use-offered"
                >
                  {t('evaluations.editor.useOffered')}
                </Button>
              </Group>
            ) : null}
          </Stack>
        </Alert>
      ) : null}
    </Stack>
  );
}
