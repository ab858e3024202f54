import { Button, Card, Group, NumberInput, Stack, Switch, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/QueryState';
import { applyServerErrors } from '../../../lib/form';
import { notifySuccess } from '../../../lib/notify';
import {
  useImprovementSettings,
  useUpdateImprovementSettings,
  type ImprovementSettingsView,
} from '../api/improvement-settings';

function SettingsForm({ view }: { view: ImprovementSettingsView }) {
  const { t } = useTranslation();
  const save = useUpdateImprovementSettings();
  const form = useForm({
    initialValues: { enabled: view.enabled, months: view.months },
    validate: {
      months: (v) =>
        Number.isInteger(v) && v >= 1 && v <= 24 ? null : t('improvement.settings.monthsRange'),
    },
  });
  const submit = form.onSubmit(async (v) => {
    try {
      await save.mutateAsync({ enabled: v.enabled, months: Number(v.months), version: view.version });
      notifySuccess(t('improvement.settings.saved'));
    } catch (error) {
      applyServerErrors(error, form, ['enabled', 'months'], t);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="improvement-settings-form">
      <Stack gap="sm">
        <Switch
          label={t('improvement.settings.enabled')}
          data-testid="improvement-settings-enabled"
          {...form.getInputProps('enabled', { type: 'checkbox' })}
        />
        <NumberInput
          label={t('improvement.settings.months')}
          description={t('improvement.settings.monthsHint', { months: view.defaults.months })}
          min={1}
          max={24}
          allowDecimal={false}
          data-testid="improvement-settings-months"
          {...form.getInputProps('months')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending} data-testid="improvement-settings-save">
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Masa perbaikan kinerja (settings key `improvement`): on or off, and its length in months. */
export function ImprovementSettingsCard() {
  const { t } = useTranslation();
  const query = useImprovementSettings();
  return (
    <Card withBorder padding="md" mt="md" data-testid="improvement-settings-card">
      <Title order={3} size="h5">
        {t('improvement.settings.heading')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('improvement.settings.hint')}
      </Text>
      <QueryState query={query}>{(view) => <SettingsForm key={view.version} view={view} />}</QueryState>
    </Card>
  );
}
