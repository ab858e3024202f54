import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { amendSchema } from '../../../../domain/work-plans/schemas';
import { TextForm } from '../../../components/TextForm';
import { notifySuccess } from '../../../lib/notify';
import { useAmendWorkPlan } from '../api/amend-work-plan';

function AmendForm({ planId, onClose }: { planId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const amend = useAmendWorkPlan(planId);
  return (
    <TextForm
      field="reason"
      schema={amendSchema}
      onSubmit={async (reason) => {
        const next = await amend.mutateAsync(reason);
        notifySuccess(t('plan.amend.done'));
        onClose();
        void navigate(`/plans/${next.id}`);
      }}
      hint={t('plan.amend.hint')}
      label={t('plan.amend.reason')}
      placeholder={t('plan.amend.reasonPlaceholder')}
      required
      minRows={3}
      submitLabel={t('plan.amend.confirm')}
      size="md"
      onCancel={onClose}
      testIds={{ form: 'amend-form', field: 'amend-reason', submit: 'amend-confirm' }}
    />
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
