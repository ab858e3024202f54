import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, zodValidate } from '../../../lib/form';
import { notifySuccess } from '../../../lib/notify';
import { useExplainObjection } from '../api/explain-objection';
import { explanationSchema } from '../types';

/** The employee's or the assessor's own explanation, asked for by the decider. */
export function ExplanationForm({ objectionId, as }: { objectionId: string; as: 'employee' | 'assessor' }) {
  const { t, i18n } = useTranslation();
  const explain = useExplainObjection(objectionId);
  const form = useForm({
    initialValues: { text: '' },
    validate: zodValidate(explanationSchema, i18n, (v: { text: string }) => v),
  });
  const submit = form.onSubmit(async (v) => {
    try {
      await explain.mutateAsync(v.text.trim());
      notifySuccess(t('objections.explain.done'));
      form.reset();
    } catch (error) {
      applyServerErrors(error, form, ['text'], t);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="objection-explain-form">
      <Stack gap="xs">
        <Textarea
          label={t(`objections.explain.label.${as}`)}
          required
          autosize
          minRows={3}
          maxRows={10}
          data-testid="objection-explain-text"
          {...form.getInputProps('text')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={explain.isPending} data-testid="objection-explain-submit">
            {t('objections.explain.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
