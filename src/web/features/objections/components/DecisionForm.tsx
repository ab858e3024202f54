import { Alert, Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmSummary } from '../../../components/ConfirmSummary';
import { applyServerErrors, zodValidate } from '../../../lib/form';
import { notifySuccess } from '../../../lib/notify';
import { PredicateChip } from '../../evaluations';
import { useDecideObjection } from '../api/decide-objection';
import {
  RATINGS,
  decideObjectionSchema,
  predicateFor,
  type DecideObjectionInput,
  type ObjectionView,
  type Rating,
} from '../types';
import { withCharCount } from '../../../components/CharCount';

/** the note's limit (`decideObjectionSchema`) */
const NOTE_MAX = 4000;

interface Values {
  outcome: 'upheld' | 'changed' | '';
  resultRating: Rating | '';
  behaviourRating: Rating | '';
  note: string;
}

const FIELDS = ['outcome', 'resultRating', 'behaviourRating', 'note'];

function toInput(v: Values) {
  return {
    outcome: v.outcome || undefined,
    ...(v.outcome === 'changed'
      ? { resultRating: v.resultRating || undefined, behaviourRating: v.behaviourRating || undefined }
      : {}),
    note: v.note,
  };
}

/**
 * The decider's final word on an objection: uphold the result, or change one or both ratings; either way with a
 * written note. When changing, the predicate the new ratings give (the matrix) is shown before submitting.
 */
export function DecisionForm({ objection }: { objection: ObjectionView }) {
  const { t, i18n } = useTranslation();
  const decide = useDecideObjection(objection.id);
  const before = objection.before;
  const schemaValidate = zodValidate(decideObjectionSchema, i18n, toInput);
  const form = useForm<Values>({
    initialValues: {
      outcome: '',
      resultRating: before.resultRating ?? '',
      behaviourRating: before.behaviourRating ?? '',
      note: '',
    },
    validate: (values) => {
      const errors = schemaValidate(values);
      if (values.outcome === 'changed') {
        if (!values.resultRating) errors.resultRating = t('validation.required');
        if (!values.behaviourRating) errors.behaviourRating = t('validation.required');
        if (
          values.resultRating &&
          values.behaviourRating &&
          values.resultRating === before.resultRating &&
          values.behaviourRating === before.behaviourRating
        )
          errors.resultRating = t('objections.decide.unchanged');
      }
      return errors;
    },
  });
  const v = form.values;
  const preview =
    v.outcome === 'changed' && v.resultRating && v.behaviourRating
      ? predicateFor(v.resultRating, v.behaviourRating)
      : null;

  // a checked decision waits for its confirmation (a summary) before it is sent: it is final
  const [pending, setPending] = useState<Values | null>(null);
  const submit = form.onSubmit((values) => setPending(values));
  const send = async (values: Values) => {
    try {
      await decide.mutateAsync(toInput(values) as DecideObjectionInput);
      setPending(null);
      notifySuccess(t('objections.decide.done'));
    } catch (error) {
      setPending(null);
      applyServerErrors(error, form, FIELDS, t);
    }
  };
  const newPredicate =
    pending?.outcome === 'changed' && pending.resultRating && pending.behaviourRating
      ? predicateFor(pending.resultRating, pending.behaviourRating)
      : before.predicate;

  const ratingRadios = (field: 'resultRating' | 'behaviourRating', testId: string) => (
    <Radio.Group
      label={t(`objections.decide.${field}`)}
      required
      {...form.getInputProps(field)}
      onChange={(value) => form.setFieldValue(field, value as Rating)}
    >
      <Group gap="md" mt={6} wrap="wrap">
        {RATINGS.map((r) => (
          <Radio key={r} value={r} label={t(`calibration.ratings.${r}`)} data-testid={`${testId}-${r}`} />
        ))}
      </Group>
    </Radio.Group>
  );

  return (
    <form onSubmit={submit} noValidate data-testid="objection-decide-form">
      <Stack gap="sm">
        <Radio.Group
          label={t('objections.decide.outcome')}
          required
          {...form.getInputProps('outcome')}
          onChange={(value) => form.setFieldValue('outcome', value as Values['outcome'])}
        >
          <Stack gap="xs" mt={6}>
            <Radio
              value="upheld"
              label={t('objections.outcome.upheld')}
              description={t('objections.decide.upheldHint')}
              data-testid="objection-decide-outcome-upheld"
            />
            <Radio
              value="changed"
              label={t('objections.outcome.changed')}
              description={t('objections.decide.changedHint')}
              data-testid="objection-decide-outcome-changed"
            />
          </Stack>
        </Radio.Group>
        {v.outcome === 'changed' ? (
          <Stack gap="sm">
            {ratingRadios('resultRating', 'objection-decide-result')}
            {ratingRadios('behaviourRating', 'objection-decide-behaviour')}
            <Alert color="blue" variant="light" data-testid="objection-decide-preview" aria-live="polite">
              <Group gap="xs" wrap="wrap">
                <Text size="sm">{t('objections.decide.preview')}</Text>
                <PredicateChip predicate={preview} testId="objection-decide-predicate" />
                {before.predicate ? (
                  <Text size="xs" c="dimmed">
                    {t('objections.decide.previewBefore', {
                      predicate: t(`calibration.predicates.${before.predicate}`),
                    })}
                  </Text>
                ) : null}
              </Group>
              {preview ? (
                <Text size="xs" mt={4}>
                  {t('objections.decide.previewRule', {
                    result: t(`calibration.ratings.${v.resultRating}`),
                    behaviour: t(`calibration.ratings.${v.behaviourRating}`),
                    predicate: t(`calibration.predicates.${preview}`),
                  })}
                </Text>
              ) : null}
            </Alert>
          </Stack>
        ) : null}
        <Textarea
          label={t('objections.decide.note')}
          description={withCharCount(
            t('objections.decide.noteHint'),
            form.values.note.length,
            NOTE_MAX,
            'objection-decide-note-count',
          )}
          maxLength={NOTE_MAX}
          required
          autosize
          minRows={3}
          maxRows={10}
          data-testid="objection-decide-note"
          {...form.getInputProps('note')}
        />
        <Text size="xs" c="dimmed">
          {t('objections.decide.final')}
        </Text>
        <Group justify="flex-end">
          <Button type="submit" loading={decide.isPending} data-testid="objection-decide-submit">
            {t('objections.decide.submit')}
          </Button>
        </Group>
      </Stack>
      <ConfirmSummary
        opened={pending !== null}
        title={t('objections.confirmDecide.title')}
        lead={t('objections.confirmDecide.lead')}
        items={[
          {
            label: t('objections.confirmDecide.decision'),
            value: pending?.outcome ? t(`objections.outcome.${pending.outcome}`) : null,
          },
          {
            label: t('objections.confirmDecide.predicate'),
            value: <PredicateChip predicate={newPredicate ?? null} testId="confirm-decision-predicate" />,
          },
          { label: t('objections.confirmDecide.note'), value: pending?.note.trim() ?? null },
        ]}
        confirmLabel={t('objections.confirmDecide.confirm')}
        loading={decide.isPending}
        onConfirm={() => {
          if (pending) void send(pending);
        }}
        onClose={() => setPending(null)}
        testId="confirm-decision"
      />
    </form>
  );
}
