import { Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { withCharCount } from '../../../components/CharCount';
import { applyServerErrors, zodValidate } from '../../../lib/form';
import { notifySuccess } from '../../../lib/notify';
import { useDecideNomination } from '../api/decide-nomination';
import {
  NOMINATION_REASON_MAX,
  decideNominationSchema,
  type DecideNominationInput,
  type NominationView,
} from '../types';

interface Values {
  status: 'accepted' | 'declined' | '';
  note: string;
}

const toInput = (v: Values, version: number) => ({ status: v.status || undefined, note: v.note, version });

/** HR or the agency head accepts or declines a nomination, with a note for the employee. */
export function NominationDecisionForm({
  nomination,
  onDone,
}: {
  nomination: NominationView;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const decide = useDecideNomination(nomination.id);
  const form = useForm<Values>({
    initialValues: { status: '', note: '' },
    validate: zodValidate(decideNominationSchema, i18n, (v: Values) => toInput(v, nomination.version)),
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await decide.mutateAsync(toInput(values, nomination.version) as DecideNominationInput);
      notifySuccess(t('nominations.decide.done'));
      onDone();
    } catch (error) {
      applyServerErrors(error, form, ['status', 'note'], t);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="nomination-decide-form">
      <Stack gap="sm">
        <Radio.Group
          label={t('nominations.decide.status')}
          required
          {...form.getInputProps('status')}
          onChange={(value) => form.setFieldValue('status', value as Values['status'])}
        >
          <Group gap="md" mt={6} wrap="wrap">
            <Radio
              value="accepted"
              label={t('nominations.status.accepted')}
              data-testid="nomination-accept"
            />
            <Radio
              value="declined"
              label={t('nominations.status.declined')}
              data-testid="nomination-decline"
            />
          </Group>
        </Radio.Group>
        <Textarea
          label={t('nominations.decide.note')}
          description={withCharCount(
            t('nominations.decide.noteHint'),
            form.values.note.length,
            NOMINATION_REASON_MAX,
            'nomination-note-count',
          )}
          maxLength={NOMINATION_REASON_MAX}
          required
          autosize
          minRows={2}
          maxRows={8}
          data-testid="nomination-decide-note"
          {...form.getInputProps('note')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={decide.isPending} data-testid="nomination-decide-submit">
            {t('nominations.decide.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
