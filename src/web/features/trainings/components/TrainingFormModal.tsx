import {
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INDICATOR_CATEGORIES, TRAINING_MODES } from '../../../../domain/trainings/competences';
import { createTrainingSchema } from '../../../../domain/trainings/schemas';
import { BEHAVIOUR_VALUES, BERAKHLAK } from '../../../../domain/work-plans/berakhlak';
import { withCharCount } from '../../../components/CharCount';
import { NumberField } from '../../../components/NumberField';
import { ApiError } from '../../../lib/api-client';
import { applyServerErrors, isStaleWrite, maxLengthOf } from '../../../lib/form';
import { notifySuccess } from '../../../lib/notify';
import { useCreateTraining, useUpdateTraining } from '../api/save-training';
import type { Training } from '../types';
import {
  formInput,
  formPath,
  formValuesOf,
  validateTraining,
  type TrainingFormValues,
} from './training-form';

const FIELDS = [
  'code',
  'title',
  'provider',
  'mode',
  'hours',
  'cost',
  'capacity',
  'schedule',
  'startDate',
  'endDate',
  'tags',
  'description',
] as const;

const TITLE_MAX = maxLengthOf(createTrainingSchema, 'title');
const PROVIDER_MAX = maxLengthOf(createTrainingSchema, 'provider');
const SCHEDULE_MAX = maxLengthOf(createTrainingSchema, 'schedule');
const DESCRIPTION_MAX = maxLengthOf(createTrainingSchema, 'description');

/**
 * The catalogue programme form (create, or edit with the version last read): validated in place with the server's
 * own schema, counters on the text fields, server refusals on their fields (a duplicate code on `code`), a stale
 * edit shown instead of lost.
 */
export function TrainingForm({ training, onDone }: { training: Training | null; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const create = useCreateTraining();
  const update = useUpdateTraining();
  const [conflict, setConflict] = useState<string | null>(null);
  const form = useForm<TrainingFormValues>({
    initialValues: formValuesOf(training, i18n.language),
    validate: validateTraining(i18n, training ? { version: training.version } : null),
  });

  const submit = form.onSubmit(async (values) => {
    setConflict(null);
    const input = formInput(values, i18n.language);
    try {
      if (training) {
        await update.mutateAsync({ id: training.id, patch: { ...input, version: training.version } });
        notifySuccess(t('trainings.saved'));
      } else {
        await create.mutateAsync({ ...input, mode: input.mode!, hours: input.hours! });
        notifySuccess(t('trainings.created'));
      }
      onDone();
    } catch (error) {
      if (isStaleWrite(error)) {
        setConflict(error.message);
        return;
      }
      // issues on the competences show on the tags field
      const moved =
        error instanceof ApiError && Array.isArray(error.details)
          ? new ApiError(
              error.status,
              error.code,
              error.message,
              error.issues.map((i) => ({ ...i, path: formPath(i.path) })),
              error.requestId,
            )
          : error;
      applyServerErrors(moved, form, FIELDS, t);
    }
  });

  const behaviourOptions = BEHAVIOUR_VALUES.map((v) => ({ value: v, label: BERAKHLAK[v].label }));
  const categoryOptions = INDICATOR_CATEGORIES.map((c) => ({
    value: c,
    label: t(`trainings.categories.${c}`),
  }));
  const modeOptions = TRAINING_MODES.map((m) => ({ value: m, label: t(`trainings.modes.${m}`) }));

  return (
    <form onSubmit={submit} noValidate data-testid="training-form">
      <Stack gap="sm">
        {conflict ? (
          <Alert
            color="orange"
            title={t('errors.conflictTitle')}
            role="alert"
            data-testid="training-conflict"
          >
            {conflict}
          </Alert>
        ) : null}
        <TextInput
          label={t('trainings.fields.title')}
          required
          description={withCharCount(null, form.values.title.length, TITLE_MAX)}
          maxLength={TITLE_MAX}
          data-testid="training-title"
          {...form.getInputProps('title')}
        />
        <TextInput
          label={t('trainings.fields.provider')}
          required
          description={withCharCount(t('trainings.providerHint'), form.values.provider.length, PROVIDER_MAX)}
          maxLength={PROVIDER_MAX}
          data-testid="training-provider"
          {...form.getInputProps('provider')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('trainings.fields.mode')}
            required
            data={modeOptions}
            allowDeselect={false}
            data-testid="training-mode"
            {...form.getInputProps('mode')}
          />
          <TextInput
            label={t('trainings.fields.code')}
            description={training ? t('trainings.codeEditHint') : t('trainings.codeHint')}
            autoCapitalize="characters"
            autoComplete="off"
            data-testid="training-code"
            {...form.getInputProps('code')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <NumberField
            label={t('trainings.fields.hours')}
            description={t('trainings.hoursHint')}
            required
            data-testid="training-hours"
            {...form.getInputProps('hours')}
            onChange={(v) => form.setFieldValue('hours', v)}
          />
          <NumberField
            label={t('trainings.fields.cost')}
            description={t('trainings.costHint')}
            data-testid="training-cost"
            {...form.getInputProps('cost')}
            onChange={(v) => form.setFieldValue('cost', v)}
          />
          <NumberField
            label={t('trainings.fields.capacity')}
            description={t('trainings.capacityHint')}
            data-testid="training-capacity"
            {...form.getInputProps('capacity')}
            onChange={(v) => form.setFieldValue('capacity', v)}
          />
        </SimpleGrid>
        <TextInput
          label={t('trainings.fields.schedule')}
          description={withCharCount(t('trainings.scheduleHint'), form.values.schedule.length, SCHEDULE_MAX)}
          maxLength={SCHEDULE_MAX}
          data-testid="training-schedule"
          {...form.getInputProps('schedule')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            type="date"
            label={t('trainings.fields.startDate')}
            data-testid="training-start"
            {...form.getInputProps('startDate')}
          />
          <TextInput
            type="date"
            label={t('trainings.fields.endDate')}
            data-testid="training-end"
            {...form.getInputProps('endDate')}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('trainings.fields.behaviours')}
          description={t('trainings.behavioursHint')}
          data={behaviourOptions}
          clearable
          data-testid="training-behaviours"
          {...form.getInputProps('behaviours')}
        />
        <MultiSelect
          label={t('trainings.fields.categories')}
          data={categoryOptions}
          clearable
          data-testid="training-categories"
          {...form.getInputProps('categories')}
        />
        <TagsInput
          label={t('trainings.fields.tags')}
          description={t('trainings.tagsHint')}
          clearable
          splitChars={[',', ';']}
          data-testid="training-tags"
          {...form.getInputProps('tags')}
        />
        <Textarea
          label={t('trainings.fields.description')}
          description={withCharCount(null, form.values.description.length, DESCRIPTION_MAX)}
          maxLength={DESCRIPTION_MAX}
          autosize
          minRows={3}
          maxRows={8}
          data-testid="training-description"
          {...form.getInputProps('description')}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending} data-testid="training-save">
            {training ? t('actions.save') : t('trainings.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export type TrainingModalState = { mode: 'create' } | { mode: 'edit'; training: Training } | null;

export function TrainingFormModal({ state, onClose }: { state: TrainingModalState; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={state !== null}
      onClose={onClose}
      title={
        state?.mode === 'edit'
          ? t('trainings.editTitle', { code: state.training.code })
          : t('trainings.createTitle')
      }
      size="lg"
    >
      {state?.mode === 'create' ? <TrainingForm training={null} onDone={onClose} /> : null}
      {state?.mode === 'edit' ? (
        <TrainingForm
          key={`${state.training.id}-${state.training.version}`}
          training={state.training}
          onDone={onClose}
        />
      ) : null}
    </Modal>
  );
}
