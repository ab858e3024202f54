import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useAcknowledgeEvaluation } from '../api/acknowledge-evaluation';
import type { EvaluationView } from '../types';

/** Terima / Konfirmasi: the employee confirms receipt; afterwards the timestamp shows. */
export function AcknowledgeCard({ evaluation }: { evaluation: EvaluationView }) {
  const { t, i18n } = useTranslation();
  const acknowledge = useAcknowledgeEvaluation(evaluation.id);
  if (evaluation.acknowledgedAt) {
    return (
      <Text size="sm" c="teal" data-testid="evaluation-acknowledged">
        <span aria-hidden="true">✓ </span>
        {t('evaluations.acknowledge.done', {
          date: formatDateTime(evaluation.acknowledgedAt, i18n.language),
        })}
      </Text>
    );
  }
  if (!evaluation.can.acknowledge) return null;
  return (
    <Card withBorder padding="md" data-testid="evaluation-acknowledge-card">
      <Stack gap="xs">
        <Text size="sm">{t('evaluations.acknowledge.hint')}</Text>
        <Group>
          <Button
            color="teal"
            loading={acknowledge.isPending}
            onClick={() =>
              acknowledge.mutate(undefined, {
                onSuccess: () => notifySuccess(t('evaluations.acknowledge.success')),
                onError: (error) => notifyError(error, t),
              })
            }
            data-testid="evaluation-acknowledge"
          >
            {t('evaluations.acknowledge.button')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
