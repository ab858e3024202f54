import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withCharCount } from '../../../components/CharCount';
import { ConfirmSummary } from '../../../components/ConfirmSummary';
import { applyServerErrors, zodValidate } from '../../../lib/form';
import { notifySuccess } from '../../../lib/notify';
import { useDecideEscalation } from '../api/decide-escalation';
import {
  ESCALATION_DECISIONS,
  ESCALATION_NOTE_MAX,
  decideEscalationSchema,
  type DecideEscalationInput,
  type EscalationDecision,
  type EscalationView,
} from '../types';

interface Values {
  decision: EscalationDecision | '';
  note: string;
}

const FIELDS = ['decision', 'note'];

const toInput = (v: Values, version: number) => ({
  decision: v.decision || undefined,
  note: v.note,
  version,
});

/**
 * The agency head's decision on an escalation: one of the measures of PP 30/2019 art. 56–58 / PP 94/2021, with a
 * written note, confirmed with a summary before it is sent (it is recorded once).
 */
export function EscalationDecisionForm({ escalation }: { escalation: EscalationView }) {
  const { t, i18n } = useTranslation();
  const decide = useDecideEscalation(escalation.id);
  const form = useForm<Values>({
    initialValues: { decision: '', note: '' },
    validate: zodValidate(decideEscalationSchema, i18n, (v: Values) => toInput(v, escalation.version)),
  });
  const [pending, setPending] = useState<Values | null>(null);
  const send = async (values: Values) => {
    try {
      await decide.mutateAsync(toInput(values, escalation.version) as DecideEscalationInput);
      setPending(null);
      notifySuccess(t('escalations.decide.done'));
    } catch (error) {
      setPending(null);
      applyServerErrors(error, form, FIELDS, t);
    }
  };

  return (
    <form
      onSubmit={form.onSubmit((values) => setPending(values))}
      noValidate
      data-testid="escalation-decide-form"
    >
      <Stack gap="sm">
        <Radio.Group
          label={t('escalations.decide.decision')}
          description={t('escalations.decide.decisionHint')}
          required
          {...form.getInputProps('decision')}
          onChange={(value) => form.setFieldValue('decision', value as EscalationDecision)}
        >
          <Stack gap="xs" mt={6}>
            {ESCALATION_DECISIONS.map((d) => (
              <Radio
                key={d}
                value={d}
                label={t(`escalations.decisions.${d}`)}
                description={t(`escalations.decisionHints.${d}`)}
                data-testid={`escalation-decision-${d}`}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t('escalations.decide.note')}
          description={withCharCount(
            t('escalations.decide.noteHint'),
            form.values.note.length,
            ESCALATION_NOTE_MAX,
            'escalation-decide-note-count',
          )}
          maxLength={ESCALATION_NOTE_MAX}
          required
          autosize
          minRows={3}
          maxRows={10}
          data-testid="escalation-decide-note"
          {...form.getInputProps('note')}
        />
        <Text size="xs" c="dimmed">
          {t('escalations.decide.final')}
        </Text>
        <Group justify="flex-end">
          <Button type="submit" loading={decide.isPending} data-testid="escalation-decide-submit">
            {t('escalations.decide.submit')}
          </Button>
        </Group>
      </Stack>
      <ConfirmSummary
        opened={pending !== null}
        title={t('escalations.decide.confirmTitle')}
        lead={t('escalations.decide.confirmLead', { name: escalation.employeeName })}
        items={[
          {
            label: t('escalations.decide.decision'),
            value: pending?.decision ? t(`escalations.decisions.${pending.decision}`) : null,
          },
          { label: t('escalations.decide.note'), value: pending?.note.trim() ?? null },
        ]}
        confirmLabel={t('escalations.decide.confirm')}
        loading={decide.isPending}
        onConfirm={() => {
          if (pending) void send(pending);
        }}
        onClose={() => setPending(null)}
        testId="confirm-escalation"
      />
    </form>
  );
}
