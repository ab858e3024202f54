import {
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FREE_ITEM_MODES } from '../../../../domain/development/schemas';
import { toFieldErrors } from '../../../lib/api-client';
import { formatNumber, todayIso } from '../../../lib/format';
import { fieldIssuesFor } from '../../../lib/form';
import { notifyError, notifySuccess } from '../../../lib/notify';
import type { DevelopmentPlanDetail, RecommendationView } from '../api/get-development-plan';
import { useAddItem } from '../api/plan-steps';
import { useTrainingSearch } from '../api/search-trainings';

type Source = 'catalogue' | 'free';

interface Chosen {
  id: string;
  title: string;
}

/**
 * Tambah kegiatan: a catalogue programme (from a recommendation or the catalogue search) or a free item (coaching,
 * mentoring, on the job), with a due date and success criteria. Adding clears both agreements (said in the form).
 */
export function AddItemModal({
  plan,
  preset,
  opened,
  onClose,
}: {
  plan: DevelopmentPlanDetail;
  preset: RecommendationView | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const add = useAddItem(plan.id, plan.employeeId);
  const [source, setSource] = useState<Source>(preset ? 'catalogue' : 'free');
  const [chosen, setChosen] = useState<Chosen | null>(
    preset ? { id: preset.trainingId, title: preset.title } : null,
  );
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 300);
  const search = useTrainingSearch(debounced, opened && source === 'catalogue' && !preset);
  const [title, setTitle] = useState('');
  const [mode, setMode] = useState<string | null>('coaching');
  const [hours, setHours] = useState<number | string>('');
  const [dueDate, setDueDate] = useState('');
  const [criteria, setCriteria] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const agreed = plan.agreedByEmployeeAt !== null || plan.agreedByAssessorAt !== null;

  const submit = () => {
    const local: Record<string, string> = {};
    if (source === 'catalogue' && !chosen) local.trainingId = t('development.add.chooseProgramme');
    if (source === 'free' && !title.trim()) local.title = t('validation.development.titleRequired');
    if (!dueDate) local.dueDate = t('development.add.dueRequired');
    if (!criteria.trim()) local.successCriteria = t('development.add.criteriaRequired');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    const input =
      source === 'catalogue'
        ? { trainingId: chosen!.id, dueDate, successCriteria: criteria.trim() }
        : {
            title: title.trim(),
            mode: (mode ?? null) as (typeof FREE_ITEM_MODES)[number] | null,
            ...(hours === '' ? {} : { hours: Number(hours) }),
            dueDate,
            successCriteria: criteria.trim(),
          };
    add.mutate(input, {
      onSuccess: () => {
        notifySuccess(t('development.add.done'));
        onClose();
      },
      onError: (err) => {
        const issues = fieldIssuesFor(err);
        if (issues.length > 0) setErrors(toFieldErrors(issues));
        else notifyError(err, t);
      },
    });
  };

  const options = (search.data?.items ?? [])
    .filter((x) => x.active)
    .map((x) => ({
      value: x.id,
      label: `${x.title} — ${x.provider} (${t('development.hours', { hours: formatNumber(x.hours, i18n.language) })})`,
    }));

  return (
    <Modal opened={opened} onClose={onClose} title={t('development.add.title')} size="lg">
      <Stack gap="sm" data-testid="add-item-form">
        {agreed ? (
          <Text size="sm" c="orange.8" data-testid="add-item-clears">
            {t('development.add.clearsAgreement')}
          </Text>
        ) : null}
        {preset ? null : (
          <SegmentedControl
            value={source}
            onChange={(v) => setSource(v as Source)}
            data={[
              { value: 'catalogue', label: t('development.add.fromCatalogue') },
              { value: 'free', label: t('development.add.free') },
            ]}
            fullWidth
          />
        )}
        {source === 'catalogue' ? (
          preset ? (
            <Text size="sm" fw={600} data-testid="add-item-programme">
              {preset.title}
            </Text>
          ) : (
            <>
              <TextInput
                label={t('development.add.search')}
                value={q}
                onChange={(e) => setQ(e.currentTarget.value)}
                description={search.isError ? t('development.add.catalogueUnavailable') : undefined}
              />
              <Select
                label={t('development.add.programme')}
                data={options}
                value={chosen?.id ?? null}
                onChange={(value) => {
                  const found = search.data?.items.find((x) => x.id === value);
                  setChosen(found ? { id: found.id, title: found.title } : null);
                }}
                nothingFoundMessage={t('development.add.noProgramme')}
                error={errors.trainingId}
                searchable
                required
              />
            </>
          )
        ) : (
          <>
            <TextInput
              label={t('development.add.itemTitle')}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={errors.title}
              maxLength={200}
              required
            />
            <Group grow align="flex-start" wrap="wrap">
              <Select
                label={t('development.add.mode')}
                data={FREE_ITEM_MODES.map((m) => ({ value: m, label: t(`development.modes.${m}`) }))}
                value={mode}
                onChange={setMode}
                error={errors.mode}
                miw={160}
              />
              <NumberInput
                label={t('development.add.hours')}
                value={hours}
                onChange={setHours}
                min={0}
                max={1000}
                step={1}
                decimalScale={1}
                error={errors.hours}
                miw={120}
              />
            </Group>
          </>
        )}
        <TextInput
          type="date"
          label={t('development.add.dueDate')}
          value={dueDate}
          min={todayIso()}
          onChange={(e) => setDueDate(e.currentTarget.value)}
          error={errors.dueDate}
          required
          data-testid="add-item-due"
        />
        <Textarea
          label={t('development.add.criteria')}
          description={t('development.add.criteriaHint')}
          value={criteria}
          onChange={(e) => setCriteria(e.currentTarget.value)}
          error={errors.successCriteria}
          autosize
          minRows={2}
          maxLength={2000}
          required
          data-testid="add-item-criteria"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button onClick={submit} loading={add.isPending} data-testid="add-item-submit">
            {t('development.add.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
