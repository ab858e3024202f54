import { Alert, Button, Card, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { approveSchema, returnSchema } from '../../../../domain/work-plans/schemas';
import { applyServerErrors, zodValidate } from '../../../lib/form';
import { notifySuccess } from '../../../lib/notify';
import { useApproveWorkPlan } from '../api/approve-work-plan';
import { useReturnWorkPlan } from '../api/return-work-plan';
import type { WorkPlanView } from '../types';
import { ProblemText } from './SubmitPanel';

function ReturnForm({ planId, onDone }: { planId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const send = useReturnWorkPlan(planId);
  const form = useForm({
    initialValues: { comment: '' },
    validate: zodValidate(returnSchema, i18n, (v: { comment: string }) => ({ comment: v.comment.trim() })),
  });
  const submit = form.onSubmit(async (v) => {
    try {
      await send.mutateAsync(v.comment.trim());
      notifySuccess(t('plan.review.returned'));
      onDone();
    } catch (error) {
      applyServerErrors(error, form, ['comment'], t);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="return-form">
      <Stack gap="sm">
        <Text size="sm">{t('plan.review.returnHint')}</Text>
        <Textarea
          label={t('plan.review.returnComment')}
          placeholder={t('plan.review.returnPlaceholder')}
          required
          autosize
          minRows={3}
          data-testid="return-comment"
          {...form.getInputProps('comment')}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="md" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button
            type="submit"
            size="md"
            color="orange"
            loading={send.isPending}
            data-testid="return-confirm"
          >
            {t('plan.review.return')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ApproveForm({ planId, onDone }: { planId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const send = useApproveWorkPlan(planId);
  const form = useForm({
    initialValues: { comment: '' },
    validate: zodValidate(approveSchema, i18n, (v: { comment: string }) => ({
      comment: v.comment.trim() || null,
    })),
  });
  const submit = form.onSubmit(async (v) => {
    try {
      await send.mutateAsync(v.comment.trim() || null);
      notifySuccess(t('plan.review.approved'));
      onDone();
    } catch (error) {
      applyServerErrors(error, form, ['comment'], t);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="approve-form">
      <Stack gap="sm">
        <Text size="sm">{t('plan.review.approveHint')}</Text>
        <Textarea
          label={t('plan.review.approveComment')}
          autosize
          minRows={2}
          data-testid="approve-comment"
          {...form.getInputProps('comment')}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="md" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" size="md" loading={send.isPending} data-testid="approve-confirm">
            {t('plan.review.approve')}
          </Button>
        </Group>
      </Stack>
    </form>
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
