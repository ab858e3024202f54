import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ASPECTS, CATEGORIES, DIRECTIONS } from '../../../../domain/work-plans/schemas';
import { applyServerErrors, blankToNull, maxLengthOf, zodValidate } from '../../../lib/form';
import { notifySuccess } from '../../../lib/notify';
import { useProposeTemplate } from '../api/propose-template';
import { proposeTemplateSchema, SECTORS, type ProposalInput, type Sector } from '../types';
import { LimitedTextarea } from '../../../components/LimitedText';

interface Values {
  sector: Sector;
  text: string;
  aspect: (typeof ASPECTS)[number];
  unit: string;
  direction: (typeof DIRECTIONS)[number];
  category: (typeof CATEGORIES)[number];
  exampleTarget: string;
  resultExample: string;
  rationale: string;
}

const FIELDS = [
  'sector',
  'text',
  'aspect',
  'unit',
  'direction',
  'category',
  'exampleTarget',
  'resultExample',
  'rationale',
];

const toInput = (v: Values): ProposalInput => ({
  sector: v.sector,
  text: v.text.trim(),
  aspect: v.aspect,
  unit: blankToNull(v.unit),
  direction: v.direction,
  category: v.category,
  exampleTarget: blankToNull(v.exampleTarget),
  resultExample: blankToNull(v.resultExample),
  rationale: v.rationale.trim(),
});

function ProposeForm({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const propose = useProposeTemplate();
  const form = useForm<Values>({
    initialValues: {
      sector: 'general',
      text: '',
      aspect: 'quantity',
      unit: '',
      direction: 'higher',
      category: 'effectiveness',
      exampleTarget: '',
      resultExample: '',
      rationale: '',
    },
    validate: zodValidate(proposeTemplateSchema, i18n, toInput),
  });
  const submit = form.onSubmit(async (v) => {
    try {
      const created = await propose.mutateAsync(toInput(v));
      notifySuccess(t('library.propose.done'));
      onClose();
      void navigate(`/library/${created.id}`);
    } catch (error) {
      applyServerErrors(error, form, FIELDS, t);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="propose-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('library.propose.hint')}
        </Text>
        <LimitedTextarea
          maxLength={maxLengthOf(proposeTemplateSchema, 'text')}
          label={t('library.fields.text')}
          description={t('library.propose.textHint')}
          required
          autosize
          minRows={2}
          data-testid="propose-text"
          {...form.getInputProps('text')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <NativeSelect
            label={t('library.fields.sector')}
            data={SECTORS.map((s) => ({ value: s, label: t(`library.sector.${s}`) }))}
            data-testid="propose-sector"
            {...form.getInputProps('sector')}
          />
          <NativeSelect
            label={t('plan.indicator.aspect')}
            data={ASPECTS.map((a) => ({ value: a, label: t(`terms.aspect.${a}`) }))}
            data-testid="propose-aspect"
            {...form.getInputProps('aspect')}
          />
          <NativeSelect
            label={t('plan.indicator.category')}
            data={CATEGORIES.map((c) => ({ value: c, label: t(`terms.category.${c}`) }))}
            data-testid="propose-category"
            {...form.getInputProps('category')}
          />
          <NativeSelect
            label={t('plan.indicator.direction')}
            data={DIRECTIONS.map((d) => ({ value: d, label: t(`terms.direction.${d}`) }))}
            data-testid="propose-direction"
            {...form.getInputProps('direction')}
          />
          <TextInput
            label={t('plan.indicator.unit')}
            data-testid="propose-unit"
            {...form.getInputProps('unit')}
          />
          <TextInput
            label={t('library.fields.exampleTarget')}
            placeholder={t('library.propose.exampleTargetPlaceholder')}
            data-testid="propose-example-target"
            {...form.getInputProps('exampleTarget')}
          />
        </SimpleGrid>
        <LimitedTextarea
          maxLength={maxLengthOf(proposeTemplateSchema, 'resultExample')}
          label={t('library.fields.resultExample')}
          placeholder={t('library.propose.resultExamplePlaceholder')}
          autosize
          minRows={1}
          data-testid="propose-result-example"
          {...form.getInputProps('resultExample')}
        />
        <LimitedTextarea
          maxLength={maxLengthOf(proposeTemplateSchema, 'rationale')}
          label={t('library.fields.rationale')}
          description={t('library.propose.rationaleHint')}
          required
          autosize
          minRows={3}
          data-testid="propose-rationale"
          {...form.getInputProps('rationale')}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={propose.isPending} data-testid="propose-submit">
            {t('library.propose.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "Usulkan indikator": a new template proposal, with the reason it is needed. */
export function ProposeModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('library.propose.title')}
      size="lg"
      fullScreen={phone ?? false}
    >
      {opened ? <ProposeForm onClose={onClose} /> : null}
    </Modal>
  );
}
