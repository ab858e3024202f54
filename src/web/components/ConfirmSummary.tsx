import { Alert, Button, Group, Modal, Stack, Text, type ButtonProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailList, type DetailItem } from './DetailList';

export interface ConfirmSummaryProps {
  opened: boolean;
  title: string;
  /** what the step does and what follows from it (e.g. "this starts the formal procedure; the deadline is …") */
  lead: ReactNode;
  /** what is about to be sent, as label/value pairs */
  items: DetailItem[];
  /** a warning the person should have seen (e.g. the distribution rules the unit would break) */
  warning?: ReactNode;
  confirmLabel: string;
  confirmColor?: ButtonProps['color'];
  loading?: boolean;
  onConfirm: () => void;
  onClose: () => void;
  /** the modal's test id; its buttons are `${testId}-confirm` and `${testId}-cancel` */
  testId: string;
}

/**
 * Asks before a formal step (finalising an evaluation, filing or deciding an objection) with a summary of what is
 * about to be sent. Explicit buttons, "Batal" focused first so Enter does not confirm by accident; Escape closes.
 */
export function ConfirmSummary({
  opened,
  title,
  lead,
  items,
  warning,
  confirmLabel,
  confirmColor,
  loading = false,
  onConfirm,
  onClose,
  testId,
}: ConfirmSummaryProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered size="lg" data-testid={testId}>
      <Stack gap="md">
        <Text size="sm">{lead}</Text>
        <DetailList items={items} />
        {warning ? (
          <Alert color="orange" variant="light" data-testid={`${testId}-warning`}>
            {warning}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} data-autofocus data-testid={`${testId}-cancel`}>
            {t('actions.cancel')}
          </Button>
          <Button
            color={confirmColor}
            onClick={onConfirm}
            loading={loading}
            data-testid={`${testId}-confirm`}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
