import { Alert, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AnnualPrefillView } from '../types';
import { PredicateChip } from './PredicateChip';

/** The annual evaluation's pre-fill: the final periodic predicates and the suggested annual predicate. */
export function AnnualPanel({ annual }: { annual: AnnualPrefillView }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="indigo"
      variant="light"
      title={t('evaluations.annual.title')}
      data-testid="evaluation-annual"
    >
      <Stack gap="xs">
        {annual.periodic.length === 0 ? (
          <Text size="sm">{t('evaluations.annual.none')}</Text>
        ) : (
          <>
            <Group gap="xs" wrap="wrap">
              <Text size="sm" fw={600}>
                {t('evaluations.annual.suggested')}:
              </Text>
              <PredicateChip predicate={annual.suggestedPredicate} testId="evaluation-annual-suggested" />
            </Group>
            <Text size="xs" c="dimmed">
              {t(`evaluations.annual.mode.${annual.mode}`)}
            </Text>
            <Text size="sm" fw={600}>
              {t('evaluations.annual.periodic')}
            </Text>
            <List size="sm" spacing={4}>
              {annual.periodic.map((p) => (
                <List.Item key={p.evaluationId}>
                  <Group gap="xs" wrap="wrap">
                    <Text size="sm" component={Link} to={`/evaluations/${p.evaluationId}`} td="underline">
                      {p.label}
                    </Text>
                    <PredicateChip predicate={p.predicate} size="xs" />
                  </Group>
                </List.Item>
              ))}
            </List>
          </>
        )}
        <Text size="xs">{t('evaluations.annual.hint')}</Text>
      </Stack>
    </Alert>
  );
}
