import {
  Button,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { applyServerErrors, zodValidate } from '../../../lib/form';
import { todayIso } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import { useCreateCycle } from '../api/create-cycle';
import { createCycleSchema, type CreateCycleInput, type Frequency } from '../types';

interface Values {
  year: number | string;
  startDate: string;
  endDate: string;
  frequency: Frequency;
  planningDeadline: string;
}

const FIELDS = ['year', 'startDate', 'endDate', 'frequency', 'planningDeadline'];

const toInput = (v: Values): CreateCycleInput => ({
  year: typeof v.year === 'number' ? v.year : Number(v.year),
  startDate: v.startDate,
  endDate: v.endDate,
  frequency: v.frequency,
  planningDeadline: v.planningDeadline || null,
});

function CreateCycleForm({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCycle();
  const year = Number(todayIso().slice(0, 4));
  const form = useForm<Values>({
    initialValues: {
      year,
      startDate: `${year}-01-01`,
      endDate: `${year}-12-31`,
      frequency: 'monthly',
      planningDeadline: `${year}-01-31`,
    },
    validate: zodValidate(createCycleSchema, i18n, toInput),
  });
  const submit = form.onSubmit(async (v) => {
    try {
      const cycle = await create.mutateAsync(toInput(v));
      notifySuccess(t('cycles.created', { year: cycle.year }));
      onClose();
      void navigate(`/admin/cycles/${cycle.id}`);
    } catch (error) {
      applyServerErrors(error, form, FIELDS, t);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="cycle-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('cycles.createHint')}
        </Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NumberInput
            label={t('cycles.fields.year')}
            required
            min={2000}
            max={2100}
            allowDecimal={false}
            thousandSeparator=""
            data-testid="cycle-year"
            {...form.getInputProps('year')}
            onChange={(value: string | number) => {
              form.setFieldValue('year', value);
              const y = Number(value);
              if (Number.isInteger(y) && y >= 2000 && y <= 2100) {
                form.setValues({
                  startDate: `${y}-01-01`,
                  endDate: `${y}-12-31`,
                  planningDeadline: `${y}-01-31`,
                });
              }
            }}
          />
          <NativeSelect
            label={t('cycles.fields.frequency')}
            description={t('cycles.frequencyHint')}
            data={[
              { value: 'monthly', label: t('cycles.frequency.monthly') },
              { value: 'quarterly', label: t('cycles.frequency.quarterly') },
            ]}
            data-testid="cycle-frequency"
            {...form.getInputProps('frequency')}
          />
          <TextInput
            type="date"
            label={t('cycles.fields.startDate')}
            required
            data-testid="cycle-start"
            {...form.getInputProps('startDate')}
          />
          <TextInput
            type="date"
            label={t('cycles.fields.endDate')}
            required
            data-testid="cycle-end"
            {...form.getInputProps('endDate')}
          />
          <TextInput
            type="date"
            label={t('cycles.fields.planningDeadline')}
            description={t('cycles.planningDeadlineHint')}
            data-testid="cycle-deadline"
            {...form.getInputProps('planningDeadline')}
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="cycle-save">
            {t('cycles.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function CreateCycleModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('cycles.createTitle')} size="lg">
      {opened ? <CreateCycleForm onClose={onClose} /> : null}
    </Modal>
  );
}
