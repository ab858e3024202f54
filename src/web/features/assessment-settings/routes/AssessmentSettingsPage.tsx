import { Alert, Button, Card, Group, NumberInput, Radio, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldConflict, type FormConflict } from '../../../components/FieldConflict';
import { PageHeader } from '../../../components/PageHeader';
import { differingFields } from '../../../lib/conflict';
import { applyServerErrors, isStaleWrite } from '../../../lib/form';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import { ruleText } from '../../evaluations';
import { getAssessmentSettings, useAssessmentSettings } from '../api/get-assessment-settings';
import { useUpdateAssessmentSettings } from '../api/update-assessment-settings';
import { QueryState } from '../../../components/QueryState';
import { AgencyHeadCard } from '../components/AgencyHeadCard';
import { ImprovementSettingsCard } from '../../improvement';
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
  type AssessmentSettings,
  type AssessmentSettingsView,
  type OrgPredicate,
} from '../types';

const MAX_RULES = 10;

/** The parts of the settings a conflict is shown beside: each predicate's rules, the two modes, the day counts. */
const CONFLICT_FIELDS = [
  ...ORG_PREDICATES.map((op) => `rules:${op}` as const),
  'annualSuggestion',
  'leaderRule',
  ...DAY_FIELDS,
] as const;
type ConflictField = (typeof CONFLICT_FIELDS)[number];

/** The settings as the conflict view compares them (as they would be saved). */
function comparable(settings: AssessmentSettings): Record<ConflictField, unknown> {
  const out = {} as Record<ConflictField, unknown>;
  for (const field of CONFLICT_FIELDS) {
    out[field] = field.startsWith('rules:')
      ? settings.distributionRules[field.slice('rules:'.length) as OrgPredicate]
      : settings[field as Exclude<ConflictField, `rules:${string}`>];
  }
  return out;
}

const errorText = (error: unknown): string | undefined => (typeof error === 'string' ? error : undefined);

function SettingsForm({ view, onReload }: { view: AssessmentSettingsView; onReload: () => void }) {
  const { t, i18n } = useTranslation();
  const save = useUpdateAssessmentSettings();
  const [stale, setStale] = useState(false);
  /** the version this form writes over: the one it opened with, or the newer one the user chose to overwrite */
  const [version, setVersion] = useState(view.version);
  const [conflict, setConflict] = useState<{
    view: FormConflict<ConflictField>;
    theirs: AssessmentSettingsView;
  } | null>(null);
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
  const readable = (settings: AssessmentSettings): Record<ConflictField, string> => {
    const out = {} as Record<ConflictField, string>;
    for (const field of CONFLICT_FIELDS) {
      if (field.startsWith('rules:')) {
        const rules = settings.distributionRules[field.slice('rules:'.length) as OrgPredicate];
        out[field] =
          rules.length === 0
            ? t('assessmentSettings.distribution.noRules')
            : rules
                .map((r) =>
                  ruleText(t, i18n.language, {
                    rule: r.rule,
                    predicates: r.predicates,
                    percent: 'percent' in r ? r.percent : null,
                    persons: 'persons' in r ? r.persons : null,
                  }),
                )
                .join('\n');
      } else if (field === 'annualSuggestion')
        out[field] = t(`assessmentSettings.annual.modes.${settings.annualSuggestion}`);
      else if (field === 'leaderRule')
        out[field] = t(`assessmentSettings.leaderRule.modes.${settings.leaderRule}`);
      else out[field] = formatNumber(settings[field as (typeof DAY_FIELDS)[number]], i18n.language);
    }
    return out;
  };
  const labelOf = (field: ConflictField): string =>
    field.startsWith('rules:')
      ? t('assessmentSettings.distribution.for', {
          predicate: t(`calibration.orgPredicates.${field.slice('rules:'.length)}`),
        })
      : field === 'annualSuggestion'
        ? t('assessmentSettings.annual.label')
        : field === 'leaderRule'
          ? t('assessmentSettings.leaderRule.label')
          : t(`assessmentSettings.days.${field}.label`);

  /** On 409: read the saved settings and show both versions beside the first field that differs. */
  const showConflict = async () => {
    try {
      const theirs = await getAssessmentSettings();
      const mine = toSettings(form.getValues());
      const fields = differingFields(CONFLICT_FIELDS, comparable(mine), comparable(theirs));
      if (fields.length === 0) {
        setVersion(theirs.version);
        setStale(true);
        return;
      }
      const labels = {} as Record<ConflictField, string>;
      for (const f of CONFLICT_FIELDS) labels[f] = labelOf(f);
      setConflict({ theirs, view: { fields, mine: readable(mine), theirs: readable(theirs), labels } });
    } catch {
      setStale(true);
    }
  };

  const write = async (values: SettingsValues, over = version) => {
    setConflict(null);
    try {
      const saved = await save.mutateAsync({ ...toSettings(values), version: over });
      form.setValues(toValues(saved));
      form.resetDirty(toValues(saved));
      setVersion(saved.version);
      setStale(false);
      notifySuccess(t('assessmentSettings.saved'));
    } catch (error) {
      if (isStaleWrite(error)) await showConflict();
      else applyServerErrors(error, form, Object.keys(form.values), t);
    }
  };
  const submit = form.onSubmit((values) => write(values));
  const useTheirs = () => {
    if (!conflict) return;
    setVersion(conflict.theirs.version);
    form.setValues(toValues(conflict.theirs));
    setConflict(null);
  };
  const keepMine = () => {
    if (!conflict) return;
    const next = conflict.theirs.version;
    setVersion(next);
    setConflict(null);
    if (!form.validate().hasErrors) void write(form.getValues(), next);
  };
  const slot = (field: ConflictField) => (
    <FieldConflict
      field={field}
      conflict={conflict?.view ?? null}
      onUseTheirs={useTheirs}
      onKeepMine={keepMine}
      testId="settings-conflict"
    />
  );

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
                  {slot(`rules:${op}`)}
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
            {slot('annualSuggestion')}
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
            {slot('leaderRule')}
            {DAY_FIELDS.map((field) => (
              <Stack key={field} gap={0}>
                <NumberInput
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
                {slot(field)}
              </Stack>
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
      <ImprovementSettingsCard />
    </>
  );
}

export default AssessmentSettingsPage;
