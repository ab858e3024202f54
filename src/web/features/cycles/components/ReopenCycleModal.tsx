import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, maxLengthOf, zodValidate } from '../../../lib/form';
import { notifySuccess } from '../../../lib/notify';
import { useReopenCycle } from '../api/close-cycle';
import { reopenCycleSchema, type Cycle } from '../types';
import { LimitedTextarea } from '../../../components/LimitedText';

function ReopenForm({ cycle, onDone }: { cycle: Cycle; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const reopen = useReopenCycle(cycle.id);
  const form = useForm({
    initialValues: { reason: '' },
    validate: zodValidate(reopenCycleSchema, i18n, (v: { reason: string }) => ({ reason: v.reason.trim() })),
  });
  const submit = form.onSubmit(async (v) => {
    try {
      await reopen.mutateAsync({ reason: v.reason.trim(), version: cycle.version });
      notifySuccess(t('cycleClosing.reopened', { year: cycle.year }));
      onDone();
    } catch (error) {
      applyServerErrors(error, form, ['reason'], t);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="reopen-form">
      <Stack gap="sm">
        <Text size="sm">{t('cycleClosing.reopenHint', { year: cycle.year })}</Text>
        <LimitedTextarea
          maxLength={maxLengthOf(reopenCycleSchema, 'reason')}
          label={t('cycleClosing.reopenReason')}
          required
          autosize
          minRows={2}
          data-testid="reopen-reason"
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" color="orange" loading={reopen.isPending} data-testid="reopen-confirm">
            {t('cycleClosing.reopen')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "Buka Kembali": reopens a closed year with a required reason; its periods stay locked. */
export function ReopenCycleModal({
  cycle,
  opened,
  onClose,
}: {
  cycle: Cycle;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('cycleClosing.reopenTitle', { year: cycle.year })}
      centered
    >
      {opened ? <ReopenForm cycle={cycle} onDone={onClose} /> : null}
    </Modal>
  );
}
