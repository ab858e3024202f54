import {
  Alert,
  Badge,
  Button,
  CloseButton,
  Group,
  List,
  Modal,
  NativeSelect,
  Radio,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { indicatorWarnings, PERSPECTIVES, type Perspective } from '../../../../domain/work-plans/rules';
import { ASPECTS, CATEGORIES, createIndicatorSchema } from '../../../../domain/work-plans/schemas';
import { NumberField, numberFieldError } from '../../../components/NumberField';
import { applyServerErrors, blankToNull, maxLengthOf, zodValidate } from '../../../lib/form';
import { parseLocaleNumber } from '../../../lib/numbers';
import { notifySuccess } from '../../../lib/notify';
import { type IndicatorTemplate, LibraryDrawer } from '../../library';
import { useCreateIndicator } from '../api/create-indicator';
import { useUpdateIndicator } from '../api/update-indicator';
import type { IndicatorInput, IndicatorView } from '../types';
import { IndicatorWarnings } from './IndicatorItem';
import { LimitedTextarea } from '../../../components/LimitedText';

type Aspect = (typeof ASPECTS)[number];
type Category = (typeof CATEGORIES)[number];
type TargetKind = 'number' | 'range' | 'text';

export interface IndicatorFormValues {
  text: string;
  aspect: Aspect;
  targetKind: TargetKind;
  target: number | string;
  targetMax: number | string;
  targetText: string;
  unit: string;
  direction: 'higher' | 'lower';
  /** '' = the default by aspect (quantity → sum, otherwise average) */
  aggregation: 'sum' | 'average' | 'latest' | '';
  category: Category | '';
  perspective: Perspective | '';
  templateId: string | null;
  templateText: string | null;
}

const FIELDS = [
  'text',
  'aspect',
  'target',
  'targetMax',
  'targetText',
  'unit',
  'direction',
  'aggregation',
  'category',
  'perspective',
  'templateId',
] as const;

/** The typed target in the reader's language; text that is not a number is refused by the form, not dropped. */
function toNumber(value: number | string, language: string): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const parsed = parseLocaleNumber(value, language);
  return parsed.ok ? parsed.value : null;
}

function valuesOf(i: IndicatorView | null): IndicatorFormValues {
  const targetKind: TargetKind =
    i && i.target === null && i.targetText ? 'text' : i && i.targetMax !== null ? 'range' : 'number';
  return {
    text: i?.text ?? '',
    aspect: i?.aspect ?? 'quantity',
    targetKind,
    target: i?.target ?? '',
    targetMax: i?.targetMax ?? '',
    targetText: i?.targetText ?? '',
    unit: i?.unit ?? '',
    direction: i?.direction ?? 'higher',
    aggregation: i?.aggregation ?? '',
    category: i?.category ?? '',
    perspective: i?.perspective ?? '',
    templateId: i?.templateId ?? null,
    templateText: null,
  };
}

export function toIndicatorInput(
  v: IndicatorFormValues,
  usesPerspective: boolean,
  language = 'id',
): IndicatorInput {
  return {
    text: v.text.trim(),
    aspect: v.aspect,
    target: v.targetKind === 'text' ? null : toNumber(v.target, language),
    targetMax: v.targetKind === 'range' ? toNumber(v.targetMax, language) : null,
    targetText: v.targetKind === 'text' ? blankToNull(v.targetText) : null,
    unit: blankToNull(v.unit),
    direction: v.direction,
    ...(v.aggregation === '' ? {} : { aggregation: v.aggregation }),
    category: v.category === '' ? null : v.category,
    perspective: usesPerspective && v.perspective !== '' ? v.perspective : null,
    templateId: v.templateId,
  };
}

interface IndicatorFormProps {
  planId: string;
  resultId: string;
  resultText: string;
  approach: 'quantitative' | 'qualitative';
  usesPerspective: boolean;
  /** JPT plans: every indicator needs a perspective before the plan can be submitted */
  perspectiveRequired?: boolean;
  /** null: a new indicator */
  indicator: IndicatorView | null;
  onDone: () => void;
}

/** Add or change an indicator (IKI), with writing tips and templates from the library. */
export function IndicatorForm({
  planId,
  resultId,
  resultText,
  approach,
  usesPerspective,
  perspectiveRequired = false,
  indicator,
  onDone,
}: IndicatorFormProps) {
  const { t, i18n } = useTranslation();
  const create = useCreateIndicator(planId);
  const update = useUpdateIndicator(planId);
  const [libraryOpen, setLibraryOpen] = useState(false);
  const [exampleTarget, setExampleTarget] = useState<string | null>(null);
  const form = useForm<IndicatorFormValues>({
    initialValues: valuesOf(indicator),
    validate: (v: IndicatorFormValues) => {
      const errors = zodValidate(createIndicatorSchema, i18n, (x: IndicatorFormValues) =>
        toIndicatorInput(x, usesPerspective, i18n.language),
      )(v);
      // a target that is not a number is said so, never read as "no target"
      const target = v.targetKind === 'text' ? null : numberFieldError(v.target, i18n.language, t);
      const targetMax = v.targetKind === 'range' ? numberFieldError(v.targetMax, i18n.language, t) : null;
      if (target) errors.target = target;
      if (targetMax) errors.targetMax = targetMax;
      return perspectiveRequired && v.perspective === ''
        ? { ...errors, perspective: t('regent.perspectiveRequired') }
        : errors;
    },
  });
  const { values } = form;
  const input = toIndicatorInput(values, usesPerspective, i18n.language);
  const warnings = indicatorWarnings(approach, {
    target: input.target ?? null,
    targetText: input.targetText ?? null,
    unit: input.unit ?? null,
  });

  const insert = (template: IndicatorTemplate) => {
    form.setValues({
      text: template.text,
      aspect: template.aspect,
      unit: template.unit ?? values.unit,
      direction: template.direction,
      category: template.category,
      templateId: indicator ? values.templateId : template.id,
      templateText: template.text,
    });
    setExampleTarget(template.exampleTarget);
    setLibraryOpen(false);
  };

  const submit = form.onSubmit(async (v) => {
    const body = toIndicatorInput(v, usesPerspective, i18n.language);
    try {
      if (indicator) {
        const { templateId: _templateId, ...patch } = body;
        await update.mutateAsync({ resultId, indicatorId: indicator.id, patch });
        notifySuccess(t('plan.indicator.saved'));
      } else {
        await create.mutateAsync({ resultId, input: body });
        notifySuccess(t('plan.indicator.added'));
      }
      onDone();
    } catch (error) {
      applyServerErrors(error, form, FIELDS, t);
    }
  });

  const perspectiveOptions = [
    { value: '', label: t('plan.indicator.choose') },
    ...PERSPECTIVES.map((p) => ({ value: p, label: t(`terms.perspective.${p}`) })),
  ];

  return (
    <form onSubmit={submit} noValidate data-testid="indicator-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('plan.indicator.forResult')}{' '}
          <Text span fw={600} c="var(--mantine-color-text)">
            {resultText}
          </Text>
        </Text>
        <Alert variant="light" color="blue" p="xs" title={t('plan.indicator.tipsTitle')}>
          <List size="xs" spacing={2}>
            <List.Item>{t('plan.indicator.tip1')}</List.Item>
            <List.Item>{t('plan.indicator.tip2')}</List.Item>
            <List.Item>
              {approach === 'quantitative'
                ? t('plan.indicator.tipQuantitative')
                : t('plan.indicator.tipQualitative')}
            </List.Item>
          </List>
          <Text size="xs" mt={4}>
            {t('plan.indicator.example')}
          </Text>
        </Alert>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Button variant="light" size="sm" onClick={() => setLibraryOpen(true)} data-testid="library-open">
            {t('plan.indicator.fromLibrary')}
          </Button>
          {values.templateText ? (
            <Badge
              variant="light"
              color="grape"
              radius="sm"
              rightSection={
                !indicator ? (
                  <CloseButton
                    size="xs"
                    aria-label={t('plan.indicator.templateRemove')}
                    onClick={() => form.setValues({ templateId: null, templateText: null })}
                  />
                ) : null
              }
              data-testid="indicator-template-badge"
            >
              {t('plan.indicator.fromTemplate')}
            </Badge>
          ) : null}
        </Group>
        <LimitedTextarea
          maxLength={maxLengthOf(createIndicatorSchema, 'text')}
          label={t('plan.indicator.text')}
          required
          autosize
          minRows={2}
          maxRows={8}
          data-testid="indicator-text"
          {...form.getInputProps('text')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NativeSelect
            label={t('plan.indicator.aspect')}
            description={t('plan.indicator.aspectHint')}
            data={ASPECTS.map((a) => ({ value: a, label: t(`terms.aspect.${a}`) }))}
            data-testid="indicator-aspect"
            {...form.getInputProps('aspect')}
          />
          <NativeSelect
            label={t('plan.indicator.category')}
            description={t('plan.indicator.categoryHint')}
            data={[
              { value: '', label: t('plan.indicator.choose') },
              ...CATEGORIES.map((c) => ({ value: c, label: t(`terms.category.${c}`) })),
            ]}
            data-testid="indicator-category"
            {...form.getInputProps('category')}
          />
        </SimpleGrid>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="indicator-target-kind-label">
            {t('plan.indicator.targetKind')}
          </Text>
          <SegmentedControl
            aria-labelledby="indicator-target-kind-label"
            fullWidth
            data={[
              { value: 'number', label: t('plan.indicator.kindNumber') },
              { value: 'range', label: t('plan.indicator.kindRange') },
              { value: 'text', label: t('plan.indicator.kindText') },
            ]}
            value={values.targetKind}
            onChange={(v) => form.setFieldValue('targetKind', v as TargetKind)}
            data-testid="indicator-target-kind"
          />
        </Stack>
        {values.targetKind === 'text' ? (
          <LimitedTextarea
            maxLength={maxLengthOf(createIndicatorSchema, 'targetText')}
            label={t('plan.indicator.targetText')}
            description={t('plan.indicator.targetTextHint')}
            autosize
            minRows={2}
            data-testid="indicator-target-text"
            {...form.getInputProps('targetText')}
          />
        ) : (
          <SimpleGrid
            cols={{ base: values.targetKind === 'range' ? 2 : 1, xs: values.targetKind === 'range' ? 3 : 2 }}
            spacing="sm"
          >
            <NumberField
              label={
                values.targetKind === 'range' ? t('plan.indicator.targetMin') : t('plan.indicator.target')
              }
              data-testid="indicator-target"
              {...form.getInputProps('target')}
            />
            {values.targetKind === 'range' ? (
              <NumberField
                label={t('plan.indicator.targetMax')}
                data-testid="indicator-target-max"
                {...form.getInputProps('targetMax')}
              />
            ) : null}
            <TextInput
              label={t('plan.indicator.unit')}
              description={t('plan.indicator.unitHint')}
              data-testid="indicator-unit"
              {...form.getInputProps('unit')}
            />
          </SimpleGrid>
        )}
        {exampleTarget ? (
          <Text size="xs" c="dimmed" data-testid="indicator-example-target">
            {t('plan.indicator.exampleTarget', { target: exampleTarget })}
          </Text>
        ) : null}
        <IndicatorWarnings warnings={warnings} testId="indicator-form-warnings" />
        <Radio.Group
          label={t('plan.indicator.direction')}
          value={values.direction}
          onChange={(v) => form.setFieldValue('direction', v === 'lower' ? 'lower' : 'higher')}
          data-testid="indicator-direction"
        >
          <Stack gap={6} mt={4}>
            <Radio value="higher" label={t('terms.direction.higher')} />
            <Radio
              value="lower"
              label={t('terms.direction.lower')}
              description={t('plan.indicator.lowerHint')}
            />
          </Stack>
        </Radio.Group>
        <Radio.Group
          label={t('progress.aggregationLabel')}
          value={values.aggregation || (values.aspect === 'quantity' ? 'sum' : 'average')}
          onChange={(v) =>
            form.setFieldValue('aggregation', v === 'sum' || v === 'average' || v === 'latest' ? v : '')
          }
          data-testid="indicator-aggregation"
        >
          <Stack gap={6} mt={4}>
            {(['sum', 'average', 'latest'] as const).map((a) => (
              <Radio
                key={a}
                value={a}
                label={t(`progress.aggregation.${a}`)}
                description={t(`progress.aggregationHelp.${a}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        {usesPerspective ? (
          <NativeSelect
            label={t('plan.indicator.perspective')}
            description={
              perspectiveRequired ? t('regent.perspectiveRequiredHint') : t('plan.indicator.perspectiveHint')
            }
            required={perspectiveRequired}
            data={perspectiveOptions}
            data-testid="indicator-perspective"
            {...form.getInputProps('perspective')}
          />
        ) : null}
        <Group justify="flex-end" gap="xs" mt="xs">
          <Button variant="default" size="md" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button
            type="submit"
            size="md"
            loading={create.isPending || update.isPending}
            data-testid="indicator-save"
          >
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
      <LibraryDrawer opened={libraryOpen} onClose={() => setLibraryOpen(false)} onInsert={insert} />
    </form>
  );
}

/** The indicator form in a dialog (full screen on phones). */
export function IndicatorFormModal(
  props: Omit<IndicatorFormProps, 'onDone'> & { opened: boolean; onClose: () => void },
) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  const { opened, onClose, ...rest } = props;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={rest.indicator ? t('plan.indicator.editTitle') : t('plan.indicator.addTitle')}
      size="lg"
      fullScreen={phone ?? false}
    >
      {opened ? <IndicatorForm {...rest} onDone={onClose} /> : null}
    </Modal>
  );
}
