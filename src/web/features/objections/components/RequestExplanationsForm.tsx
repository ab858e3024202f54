import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { applyServerErrors, blankToNull, zodValidate } from '../../../lib/form';
import { notifySuccess } from '../../../lib/notify';
import { useRequestExplanations } from '../api/request-explanations';
import { explanationRequestSchema } from '../types';

/** "Minta Penjelasan": the decider asks both parties to explain, with an optional note of what to address. */
export function RequestExplanationsForm({ objectionId }: { objectionId: string }) {
  const { t, i18n } = useTranslation();
  const request = useRequestExplanations(objectionId);
  const form = useForm({
    initialValues: { note: '' },
    validate: zodValidate(explanationRequestSchema, i18n, (v: { note: string }) => ({
      note: blankToNull(v.note),
    })),
  });
  const submit = form.onSubmit(async (v) => {
    try {
      await request.mutateAsync(blankToNull(v.note));
      notifySuccess(t('objections.request.done'));
      form.reset();
    } catch (error) {
      applyServerErrors(error, form, ['note'], t);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="objection-request-form">
      <Stack gap="xs">
        <Textarea
          label={t('objections.request.note')}
          description={t('objections.request.noteHint')}
          autosize
          minRows={2}
          maxRows={6}
          data-testid="objection-request-note"
          {...form.getInputProps('note')}
        />
        <Group justify="flex-end">
          <Button
            type="submit"
            variant="light"
            loading={request.isPending}
            data-testid="objection-request-submit"
          >
            {t('objections.request.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
