import { Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { withCharCount } from '../../../components/CharCount';
import { applyServerErrors, zodValidate } from '../../../lib/form';
import { notifySuccess } from '../../../lib/notify';
import { useCreateNomination } from '../api/evaluation-nominations';
import {
  NOMINATION_KINDS,
  NOMINATION_REASON_MAX,
  createNominationSchema,
  type NominationKind,
} from '../types';

interface Values {
  kind: NominationKind;
  reason: string;
}

/** The assessor's nomination: for an award or the talent pool, with the reason (what was outstanding). */
export function NominateForm({
  evaluationId,
  taken,
  onDone,
}: {
  evaluationId: string;
  /** kinds already nominated for this evaluation */
  taken: readonly NominationKind[];
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const create = useCreateNomination(evaluationId);
  const free = NOMINATION_KINDS.filter((k) => !taken.includes(k));
  const form = useForm<Values>({
    initialValues: { kind: free[0] ?? 'award', reason: '' },
    validate: zodValidate(createNominationSchema, i18n, (v: Values) => v),
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await create.mutateAsync(values);
      notifySuccess(t('nominations.nominate.done'));
      onDone();
    } catch (error) {
      applyServerErrors(error, form, ['kind', 'reason'], t);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="nominate-form">
      <Stack gap="sm">
        <Radio.Group
          label={t('nominations.nominate.kind')}
          required
          {...form.getInputProps('kind')}
          onChange={(value) => form.setFieldValue('kind', value as NominationKind)}
        >
          <Stack gap="xs" mt={6}>
            {NOMINATION_KINDS.map((k) => (
              <Radio
                key={k}
                value={k}
                disabled={taken.includes(k)}
                label={t(`nominations.kinds.${k}`)}
                description={t(`nominations.kindHints.${k}`)}
                data-testid={`nominate-kind-${k}`}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t('nominations.nominate.reason')}
          description={withCharCount(
            t('nominations.nominate.reasonHint'),
            form.values.reason.length,
            NOMINATION_REASON_MAX,
            'nominate-reason-count',
          )}
          maxLength={NOMINATION_REASON_MAX}
          required
          autosize
          minRows={3}
          maxRows={10}
          data-testid="nominate-reason"
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="nominate-submit">
            {t('nominations.nominate.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
