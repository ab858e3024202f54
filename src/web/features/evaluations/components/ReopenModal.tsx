import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldIssuesFor } from '../../../lib/form';
import { errorMessage, notifySuccess } from '../../../lib/notify';
import { useReopenEvaluation } from '../api/reopen-evaluation';
import type { EvaluationView } from '../types';
import { withCharCount } from '../../../components/CharCount';

/** Buka Kembali (hr_admin): back to draft with a required reason (audited). */
export function ReopenModal({
  evaluation,
  opened,
  onClose,
}: {
  evaluation: EvaluationView;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const reopen = useReopenEvaluation(evaluation.id);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal opened={opened} onClose={onClose} title={t('evaluations.reopen.title')} centered>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = reason.trim();
          if (!trimmed) {
            setError(t('validation.required'));
            return;
          }
          reopen.mutate(
            { reason: trimmed, version: evaluation.version },
            {
              onSuccess: () => {
                notifySuccess(t('evaluations.reopen.done'));
                setReason('');
                onClose();
              },
              onError: (err) => setError(fieldIssuesFor(err)[0]?.message ?? errorMessage(err, t)),
            },
          );
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('evaluations.reopen.hint')}</Text>
          <Textarea
            label={t('evaluations.reopen.reason')}
            description={withCharCount(undefined, reason.length, 2000, 'evaluation-reopen-reason-count')}
            required
            autosize
            minRows={3}
            maxLength={2000}
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              if (error) setError(null);
            }}
            error={error}
            data-testid="evaluation-reopen-reason"
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button
              type="submit"
              color="grape"
              loading={reopen.isPending}
              data-testid="evaluation-reopen-submit"
            >
              {t('evaluations.reopen.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
