import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PredicateChip, RatingChip } from '../../evaluations';
import type { RatingsSnapshot } from '../types';

/** The two ratings and the predicate at one moment (before the objection, or after the decision). */
export function RatingsSummary({ snapshot, testId }: { snapshot: RatingsSnapshot; testId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} data-testid={testId}>
      <Group gap="xs" wrap="wrap">
        <Text size="sm" w={150}>
          {t('objections.resultRating')}
        </Text>
        <RatingChip rating={snapshot.resultRating} testId={`${testId}-result`} />
      </Group>
      <Group gap="xs" wrap="wrap">
        <Text size="sm" w={150}>
          {t('objections.behaviourRating')}
        </Text>
        <RatingChip rating={snapshot.behaviourRating} testId={`${testId}-behaviour`} />
      </Group>
      <Group gap="xs" wrap="wrap">
        <Text size="sm" w={150}>
          {t('objections.predicate')}
        </Text>
        <PredicateChip predicate={snapshot.predicate} testId={`${testId}-predicate`} />
      </Group>
    </Stack>
  );
}
