import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EvaluationView } from '../types';
import { ViolationList } from './ViolationList';

/** The unit's distribution pattern that finalising now would break: each rule with its limit and the count. */
export function DistributionWarning({ evaluation }: { evaluation: EvaluationView }) {
  const { t } = useTranslation();
  if (evaluation.pendingViolations.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      title={t('evaluations.distribution.title')}
      data-testid="evaluation-distribution-warning"
      role="status"
    >
      <Stack gap="xs">
        <Text size="sm">
          {evaluation.orgPredicate
            ? t('evaluations.distribution.lead', {
                unit: evaluation.unitName,
                orgPredicate: t(`evaluations.orgPredicates.${evaluation.orgPredicate}`),
              })
            : t('evaluations.distribution.leadPlain', { unit: evaluation.unitName })}
        </Text>
        <ViolationList violations={evaluation.pendingViolations} />
        <Text size="xs">{t('evaluations.distribution.soft')}</Text>
      </Stack>
    </Alert>
  );
}
