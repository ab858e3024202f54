import { Alert, Button, Card, Group, NumberInput, Radio, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { applyServerErrors, isStaleWrite } from '../../../lib/form';
import { formatDateTime } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import { useAssessmentSettings } from '../api/get-assessment-settings';
import { useUpdateAssessmentSettings } from '../api/update-assessment-settings';
import { QueryState } from '../../../components/QueryState';
import { AgencyHeadCard } from '../components/AgencyHeadCard';
import { RuleRowEditor } from '../components/RuleRowEditor';
import {
  DAY_FIELDS,
  DAY_LIMITS,
  rowKey,
  toSettings,
  toValues,
  validateSettings,
  type RuleField,
  type SettingsValues,
} from '../components/settings-form';
import {
  ANNUAL_MODES,
  LEADER_RULE_MODES,
  ORG_PREDICATES,
  type AssessmentSettingsView,
  type OrgPredicate,
} from '../types';

const MAX_RULES = 10;

const errorText = (error: unknown): string | undefined => (typeof error === 'string' ? error : undefined);

function SettingsForm({ view, onReload }: { view: AssessmentSettingsView; onReload: () => void }) {
  const { t, i18n } = useTranslation();
  const save = useUpdateAssessmentSettings();
  const [stale, setStale] = useState(false);
  const validate = useMemo(() => validateSettings(i18n), [i18n]);
  const form = useForm<SettingsValues>({ initialValues: toValues(view), validate });
  const { setFieldValue, removeListItem } = form;
  const onRowChange = useCallback(
    (op: OrgPredicate, index: number, field: RuleField, value: unknown) =>
      setFieldValue(`distributionRules.${op}.${index}.${field}`, value as never),
    [setFieldValue],
  );
  const onRowRemove = useCallback(
    (op: OrgPredicate, index: number) => removeListItem(`distributionRules.${op}`, index),
    [removeListItem],
  );
  const submit = form.onSubmit(async (values) => {
    try {
      const saved = await save.mutateAsync({ ...toSettings(values), version: view.version });
      form.setValues(toValues(saved));
      form.resetDirty(toValues(saved));
      setStale(false);
      notifySuccess(t('assessmentSettings.saved'));
    } catch (error) {
      if (isStaleWrite(error)) setStale(true);
      else applyServerErrors(error, form, Object.keys(form.values), t);
    }
  });

  return (
    <form onSubmit={submit} noValidate data-testid="settings-form">
      <Stack gap="md">
        {stale ? (
          <Alert color="orange" variant="light" role="alert" data-testid="settings-stale">
            <Text size="sm">{t('assessmentSettings.stale')}</Text>
            <Button size="xs" variant="white" mt="xs" onClick={onReload}>
              {t('actions.reloadData')}
            </Button>
          </Alert>
        ) : null}

        <Card withBorder padding="md">
          <Title order={2} fz="h4" mb={4}>
            {t('assessmentSettings.distribution.title')}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('assessmentSettings.distribution.description')}
          </Text>
          <Stack gap="lg">
            {ORG_PREDICATES.map((op) => {
              const rows = form.values.distributionRules[op];
              return (
                <Stack key={op} gap="xs" data-testid={`settings-rules-${op}`}>
                  <Title order={3} fz="h5">
                    {t('assessmentSettings.distribution.for', {
                      predicate: t(`calibration.orgPredicates.${op}`),
                    })}
                  </Title>
                  {rows.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t('assessmentSettings.distribution.noRules')}
                    </Text>
                  ) : (
                    rows.map((row, index) => (
                      <RuleRowEditor
                        key={row.key}
                        op={op}
                        index={index}
                        row={row}
                        amountError={errorText(form.errors[`distributionRules.${op}.${index}.amount`])}
                        predicatesError={errorText(
                          form.errors[`distributionRules.${op}.${index}.predicates`],
                        )}
                        onChange={onRowChange}
                        onRemove={onRowRemove}
                      />
                    ))
                  )}
                  <Group>
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      disabled={rows.length >= MAX_RULES}
                      onClick={() =>
                        form.insertListItem(`distributionRules.${op}`, {
                          key: rowKey(),
                          rule: 'max',
                          predicates: [],
                          unit: 'percent',
                          amount: '',
                        })
                      }
                      data-testid={`settings-add-rule-${op}`}
                    >
                      {t('assessmentSettings.distribution.add')}
                    </Button>
                  </Group>
                </Stack>
              );
            })}
          </Stack>
        </Card>

        <Card withBorder padding="md">
          <Stack gap="md">
            <Radio.Group
              label={t('assessmentSettings.annual.label')}
              description={t('assessmentSettings.annual.hint')}
              {...form.getInputProps('annualSuggestion')}
            >
              <Stack gap="xs" mt={6}>
                {ANNUAL_MODES.map((m) => (
                  <Radio
                    key={m}
                    value={m}
                    label={t(`assessmentSettings.annual.modes.${m}`)}
                    data-testid={`settings-annual-${m}`}
                  />
                ))}
              </Stack>
            </Radio.Group>
            <Radio.Group
              label={t('assessmentSettings.leaderRule.label')}
              description={t('assessmentSettings.leaderRule.hint')}
              {...form.getInputProps('leaderRule')}
            >
              <Stack gap="xs" mt={6}>
                {LEADER_RULE_MODES.map((m) => (
                  <Radio
                    key={m}
                    value={m}
                    label={t(`assessmentSettings.leaderRule.modes.${m}`)}
                    data-testid={`settings-leader-rule-${m}`}
                  />
                ))}
              </Stack>
            </Radio.Group>
            {DAY_FIELDS.map((field) => (
              <NumberInput
                key={field}
                label={t(`assessmentSettings.days.${field}.label`)}
                description={t(`assessmentSettings.days.${field}.hint`)}
                min={field === 'finalizeDaysBefore' ? 0 : 1}
                max={DAY_LIMITS[field]}
                allowDecimal={false}
                allowNegative={false}
                maw={320}
                data-testid={`settings-${field}`}
                {...form.getInputProps(field)}
              />
            ))}
          </Stack>
        </Card>

        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text size="xs" c="dimmed">
            {view.updatedAt
              ? t('assessmentSettings.updatedAt', { date: formatDateTime(view.updatedAt, i18n.language) })
              : t('assessmentSettings.neverChanged')}
          </Text>
          <Group gap="xs">
            <Button
              variant="default"
              onClick={() => form.setValues(toValues(view.defaults))}
              data-testid="settings-reset"
            >
              {t('assessmentSettings.reset')}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="settings-save">
              {t('actions.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

/** Pengaturan Aturan (`/settings/assessment`, HR): the agency's configurable assessment rules. */
export function AssessmentSettingsPage() {
  const { t } = useTranslation();
  const query = useAssessmentSettings();
  return (
    <>
      <PageHeader title={t('assessmentSettings.title')} description={t('assessmentSettings.description')} />
      <QueryState query={query}>
        {(view) => <SettingsForm key={view.version} view={view} onReload={() => void query.refetch()} />}
      </QueryState>
      <AgencyHeadCard />
    </>
  );
}

export default AssessmentSettingsPage;
