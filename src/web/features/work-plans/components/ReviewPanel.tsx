import { Alert, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { approveSchema, returnSchema } from '../../../../domain/work-plans/schemas';
import { TextForm } from '../../../components/TextForm';
import { notifySuccess } from '../../../lib/notify';
import { useApproveWorkPlan } from '../api/approve-work-plan';
import { useReturnWorkPlan } from '../api/return-work-plan';
import type { WorkPlanView } from '../types';
import { ProblemText } from './SubmitPanel';

function ReturnForm({ planId, onDone }: { planId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const send = useReturnWorkPlan(planId);
  return (
    <TextForm
      field="comment"
      schema={returnSchema}
      onSubmit={async (comment) => {
        await send.mutateAsync(comment);
        notifySuccess(t('plan.review.returned'));
        onDone();
      }}
      hint={t('plan.review.returnHint')}
      label={t('plan.review.returnComment')}
      placeholder={t('plan.review.returnPlaceholder')}
      required
      minRows={3}
      submitLabel={t('plan.review.return')}
      submitColor="orange"
      size="md"
      onCancel={onDone}
      testIds={{ form: 'return-form', field: 'return-comment', submit: 'return-confirm' }}
    />
  );
}

function ApproveForm({ planId, onDone }: { planId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const send = useApproveWorkPlan(planId);
  return (
    <TextForm
      field="comment"
      schema={approveSchema}
      optional
      onSubmit={async (comment) => {
        await send.mutateAsync(comment || null);
        notifySuccess(t('plan.review.approved'));
        onDone();
      }}
      hint={t('plan.review.approveHint')}
      label={t('plan.review.approveComment')}
      submitLabel={t('plan.review.approve')}
      size="md"
      onCancel={onDone}
      testIds={{ form: 'approve-form', field: 'approve-comment', submit: 'approve-confirm' }}
    />
  );
}

/** The assessor's decision: approve (optional comment) or return (a comment is required). */
export function ReviewPanel({ plan }: { plan: WorkPlanView }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<'approve' | 'return' | null>(null);
  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      data-testid="review-panel"
      style={{ borderColor: 'var(--mantine-color-blue-4)' }}
    >
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('plan.review.title')}
        </Title>
        <Text size="sm">{t('plan.review.hint', { name: plan.employee.name })}</Text>
        {plan.can.editBehaviours ? (
          <Text size="xs" c="dimmed">
            {t('plan.review.behavioursHint')}
          </Text>
        ) : null}
        {plan.submitProblems.length > 0 ? (
          <Alert color="yellow" variant="light" p="xs">
            <Text size="xs" fw={600}>
              {t('plan.review.problems')}
            </Text>
            {plan.submitProblems.map((p, i) => (
              <Text size="xs" key={i}>
                • <ProblemText plan={plan} problem={p} />
              </Text>
            ))}
          </Alert>
        ) : null}
        <Group gap="sm" grow>
          <Button size="md" onClick={() => setDialog('approve')} data-testid="plan-approve">
            {t('plan.review.approve')}
          </Button>
          <Button
            size="md"
            color="orange"
            variant="light"
            onClick={() => setDialog('return')}
            data-testid="plan-return"
          >
            {t('plan.review.return')}
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={dialog !== null}
        onClose={() => setDialog(null)}
        title={dialog === 'return' ? t('plan.review.returnTitle') : t('plan.review.approveTitle')}
        centered
      >
        {dialog === 'return' ? <ReturnForm planId={plan.id} onDone={() => setDialog(null)} /> : null}
        {dialog === 'approve' ? <ApproveForm planId={plan.id} onDone={() => setDialog(null)} /> : null}
      </Modal>
    </Card>
  );
}
