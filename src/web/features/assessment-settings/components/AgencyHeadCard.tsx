import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/QueryState';
import { applyServerErrors } from '../../../lib/form';
import { notifySuccess } from '../../../lib/notify';
import { useAgencySettings, useUpdateAgencySettings } from '../api/agency-settings';
import type { AgencySettingsView } from '../types';

function AgencyHeadForm({ view }: { view: AgencySettingsView }) {
  const { t } = useTranslation();
  const save = useUpdateAgencySettings();
  const form = useForm({
    initialValues: { name: view.name, title: view.title },
    validate: {
      name: (v) => (v.trim() ? null : t('regent.agency.required')),
      title: (v) => (v.trim() ? null : t('regent.agency.required')),
    },
  });
  const submit = form.onSubmit(async (v) => {
    try {
      await save.mutateAsync({ ...v, version: view.version });
      notifySuccess(t('regent.agency.saved'));
    } catch (error) {
      applyServerErrors(error, form, ['name', 'title'], t);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="agency-head-form">
      <Stack gap="sm">
        <TextInput
          label={t('regent.agency.name')}
          data-testid="agency-head-name"
          {...form.getInputProps('name')}
        />
        <TextInput
          label={t('regent.agency.title')}
          data-testid="agency-head-title"
          {...form.getInputProps('title')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={save.isPending} data-testid="agency-head-save">
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The agency head (Bupati) as the documents of the evaluations they make print them (settings key `agency`). */
export function AgencyHeadCard() {
  const { t } = useTranslation();
  const query = useAgencySettings();
  return (
    <Card withBorder padding="md" mt="md" data-testid="agency-head-card">
      <Title order={3} size="h5">
        {t('regent.agency.heading')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('regent.agency.hint')}
      </Text>
      <QueryState query={query}>{(view) => <AgencyHeadForm key={view.version} view={view} />}</QueryState>
    </Card>
  );
}
