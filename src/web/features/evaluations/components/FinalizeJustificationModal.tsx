import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DistributionViolation } from '../types';
import { ViolationList } from './ViolationList';
import { withCharCount } from '../../../components/CharCount';

/**
 * After a 409 on Finalisasi: the distribution rules the unit would break, and the required Justifikasi that
 * accepts them (kept with the violations and audited).
 */
export function FinalizeJustificationModal({
  opened,
  violations,
  loading,
  onConfirm,
  onClose,
}: {
  opened: boolean;
  violations: DistributionViolation[];
  loading: boolean;
  onConfirm: (justification: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('evaluations.distribution.modalTitle')}
      centered
      size="lg"
      data-testid="finalize-violations-modal"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = text.trim();
          if (!trimmed) {
            setError(t('validation.required'));
            return;
          }
          onConfirm(trimmed);
        }}
        noValidate
      >
        <Stack gap="sm">
          <Text size="sm">{t('evaluations.distribution.modalLead')}</Text>
          <ViolationList violations={violations} testId="finalize-violations" />
          <Text size="xs" c="dimmed">
            {t('evaluations.distribution.soft')}
          </Text>
          <Textarea
            label={t('evaluations.distribution.justification')}
            description={withCharCount(
              t('evaluations.distribution.justificationHint'),
              text.length,
              4000,
              'finalize-justification-count',
            )}
            required
            autosize
            minRows={3}
            maxLength={4000}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              if (error) setError(null);
            }}
            error={error}
            data-testid="finalize-justification"
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={loading} data-testid="finalize-confirm">
              {t('evaluations.distribution.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
