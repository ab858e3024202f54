import { Alert, Button, Card, Group, List, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { createResultSchema } from '../../../../domain/work-plans/schemas';
import { applyServerErrors, maxLengthOf, zodValidate } from '../../../lib/form';
import { notifySuccess } from '../../../lib/notify';
import { useCreateResult } from '../api/create-result';
import type { AssessorPlanState } from '../api/use-assessor-plan';
import type { ResultInput } from '../types';
import { ParentResultField } from './ParentResultField';
import { LimitedTextarea } from '../../../components/LimitedText';

interface Values {
  kind: 'main' | 'additional';
  text: string;
  parentResultId: string | null;
}

const toInput = (v: Values): ResultInput => ({
  kind: v.kind,
  text: v.text.trim(),
  parentResultId: v.parentResultId,
});

/** A new RHK, with the guide to writing a measurable result. */
export function NewResultForm({
  planId,
  assessor,
  defaultKind,
  onDone,
}: {
  planId: string;
  assessor: AssessorPlanState;
  defaultKind: 'main' | 'additional';
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const create = useCreateResult(planId);
  const form = useForm<Values>({
    initialValues: { kind: defaultKind, text: '', parentResultId: null },
    validate: zodValidate(createResultSchema, i18n, toInput),
  });

  const submit = form.onSubmit(async (values) => {
    try {
      await create.mutateAsync(toInput(values));
      notifySuccess(t('plan.result.added'));
      onDone();
    } catch (error) {
      applyServerErrors(error, form, ['kind', 'text', 'parentResultId'], t);
    }
  });

  return (
    <Card withBorder padding="md" radius="md" data-testid="result-form" style={{ borderStyle: 'dashed' }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} fz="h5">
            {t('plan.result.addTitle')}
          </Title>
          <Alert variant="light" color="blue" p="xs" title={t('plan.result.tipsTitle')}>
            <List size="xs" spacing={2}>
              <List.Item>{t('plan.result.tip1')}</List.Item>
              <List.Item>{t('plan.result.tip2')}</List.Item>
              <List.Item>{t('plan.result.tip3')}</List.Item>
            </List>
            <Text size="xs" mt={4}>
              {t('plan.result.example')}
            </Text>
          </Alert>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="result-kind-label">
              {t('plan.result.kind')}
            </Text>
            <SegmentedControl
              aria-labelledby="result-kind-label"
              fullWidth
              data={[
                { value: 'main', label: t('terms.kind.main') },
                { value: 'additional', label: t('terms.kind.additional') },
              ]}
              value={form.values.kind}
              onChange={(v) => form.setFieldValue('kind', v === 'additional' ? 'additional' : 'main')}
              data-testid="result-kind"
            />
            <Text size="xs" c="dimmed">
              {form.values.kind === 'main'
                ? t('plan.result.kindMainHint')
                : t('plan.result.kindAdditionalHint')}
            </Text>
          </Stack>
          <LimitedTextarea
            maxLength={maxLengthOf(createResultSchema, 'text')}
            label={t('plan.result.text')}
            placeholder={t('plan.result.placeholder')}
            required
            autosize
            minRows={2}
            maxRows={8}
            data-testid="result-text"
            {...form.getInputProps('text')}
          />
          <ParentResultField
            state={assessor}
            value={form.values.parentResultId}
            currentText={null}
            onChange={(v) => form.setFieldValue('parentResultId', v)}
            testId="result-parent-select"
            error={typeof form.errors.parentResultId === 'string' ? form.errors.parentResultId : undefined}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" size="md" onClick={onDone}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" size="md" loading={create.isPending} data-testid="result-save">
              {t('plan.result.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
