import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { amendSchema } from '../../../../domain/work-plans/schemas';
import { applyServerErrors, zodValidate } from '../../../lib/form';
import { notifySuccess } from '../../../lib/notify';
import { useAmendWorkPlan } from '../api/amend-work-plan';

function AmendForm({ planId, onClose }: { planId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const amend = useAmendWorkPlan(planId);
  const form = useForm({
    initialValues: { reason: '' },
    validate: zodValidate(amendSchema, i18n, (v: { reason: string }) => ({ reason: v.reason.trim() })),
  });
  const submit = form.onSubmit(async (v) => {
    try {
      const next = await amend.mutateAsync(v.reason.trim());
      notifySuccess(t('plan.amend.done'));
      onClose();
      void navigate(`/plans/${next.id}`);
    } catch (error) {
      applyServerErrors(error, form, ['reason'], t);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="amend-form">
      <Stack gap="sm">
        <Text size="sm">{t('plan.amend.hint')}</Text>
        <Textarea
          label={t('plan.amend.reason')}
          placeholder={t('plan.amend.reasonPlaceholder')}
          required
          autosize
          minRows={3}
          data-testid="amend-reason"
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="md" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" size="md" loading={amend.isPending} data-testid="amend-confirm">
            {t('plan.amend.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "Ajukan perubahan": an approved plan changes only through a new version with a reason. */
export function AmendModal({
  planId,
  opened,
  onClose,
}: {
  planId: string;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('plan.amend.title')} centered>
      {opened ? <AmendForm planId={planId} onClose={onClose} /> : null}
    </Modal>
  );
}
