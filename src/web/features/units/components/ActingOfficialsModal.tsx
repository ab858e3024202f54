import { Button, Card, Divider, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createActingSchema } from '../../../../domain/people/schemas';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { ListSkeleton } from '../../../components/Skeletons';
import { StatusChip } from '../../../components/StatusChip';
import { applyServerErrors, blankToNull, maxLengthOf, zodValidate } from '../../../lib/form';
import { formatDate, todayIso } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { EmployeePicker } from '../../employees';
import { useCreateActingOfficial } from '../api/create-acting-official';
import { useDeleteActingOfficial } from '../api/delete-acting-official';
import { useActingOfficials } from '../api/list-acting-officials';
import type { ActingKind, ActingOfficial, UnitTreeItem } from '../types';
import { LimitedTextarea } from '../../../components/LimitedText';

interface ActingValues {
  employeeId: string | null;
  kind: ActingKind;
  startDate: string;
  endDate: string;
  note: string;
}

const FIELDS = ['employeeId', 'kind', 'startDate', 'endDate', 'note'] as const;

const toInput = (v: ActingValues) => ({
  employeeId: v.employeeId ?? '',
  kind: v.kind,
  startDate: v.startDate,
  endDate: v.endDate,
  note: blankToNull(v.note),
});

function AddActingForm({ unitId }: { unitId: string }) {
  const { t, i18n } = useTranslation();
  const create = useCreateActingOfficial(unitId);
  const [formKey, setFormKey] = useState(0);
  const form = useForm<ActingValues>({
    initialValues: { employeeId: null, kind: 'plt', startDate: todayIso(), endDate: '', note: '' },
    validate: zodValidate(createActingSchema, i18n, toInput),
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await create.mutateAsync(toInput(values));
      notifySuccess(t('acting.added'));
      form.reset();
      setFormKey((k) => k + 1);
    } catch (error) {
      applyServerErrors(error, form, FIELDS, t);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="acting-form">
      <Stack gap="sm">
        <Text fw={600} size="sm">
          {t('acting.addTitle')}
        </Text>
        <SegmentedControl
          aria-label={t('acting.fields.kind')}
          data={[
            { value: 'plt', label: t('acting.kind.pltLong') },
            { value: 'plh', label: t('acting.kind.plhLong') },
          ]}
          value={form.values.kind}
          onChange={(v) => form.setFieldValue('kind', v === 'plh' ? 'plh' : 'plt')}
          fullWidth
          data-testid="acting-kind"
        />
        <EmployeePicker
          key={formKey}
          label={t('acting.fields.employee')}
          value={form.values.employeeId}
          onChange={(v) => form.setFieldValue('employeeId', v)}
          error={form.errors.employeeId}
          required
          testId="acting-employee-select"
        />
        <Group grow wrap="wrap" gap="sm">
          <TextInput
            type="date"
            label={t('acting.fields.startDate')}
            required
            miw={140}
            data-testid="acting-start"
            {...form.getInputProps('startDate')}
          />
          <TextInput
            type="date"
            label={t('acting.fields.endDate')}
            required
            miw={140}
            data-testid="acting-end"
            {...form.getInputProps('endDate')}
          />
        </Group>
        <LimitedTextarea
          maxLength={maxLengthOf(createActingSchema, 'note')}
          label={t('acting.fields.note')}
          autosize
          minRows={1}
          maxRows={4}
          {...form.getInputProps('note')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending} data-testid="acting-save">
            {t('acting.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ActingList({ unitId }: { unitId: string }) {
  const { t, i18n } = useTranslation();
  const list = useActingOfficials(unitId);
  const remove = useDeleteActingOfficial(unitId);
  const [toRemove, setToRemove] = useState<ActingOfficial | null>(null);
  const today = todayIso();

  if (list.isPending) return <ListSkeleton rows={2} />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.length === 0)
    return <EmptyState title={t('acting.empty')} description={t('acting.emptyHint')} />;

  return (
    <>
      <Stack gap="xs" data-testid="acting-list">
        {list.data.map((a) => {
          const current = a.startDate <= today && today <= a.endDate;
          return (
            <Card key={a.id} withBorder padding="sm" data-testid="acting-item">
              <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Group gap={6} wrap="wrap">
                    <StatusChip status={a.kind} />
                    <Text size="sm" fw={600}>
                      {a.employeeName}
                    </Text>
                    {current ? (
                      <Text size="xs" c="teal" fw={600}>
                        {t('acting.current')}
                      </Text>
                    ) : null}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {formatDate(a.startDate, i18n.language)} – {formatDate(a.endDate, i18n.language)}
                  </Text>
                  {a.note ? <Text size="xs">{a.note}</Text> : null}
                </Stack>
                <Button
                  size="compact-xs"
                  color="red"
                  variant="subtle"
                  onClick={() => setToRemove(a)}
                  data-testid="acting-remove"
                  aria-label={t('acting.removeLabel', { name: a.employeeName })}
                >
                  {t('actions.remove')}
                </Button>
              </Group>
            </Card>
          );
        })}
      </Stack>
      <ConfirmModal
        opened={toRemove !== null}
        title={t('acting.removeTitle')}
        message={toRemove ? t('acting.removeConfirm', { name: toRemove.employeeName }) : ''}
        confirmLabel={t('actions.remove')}
        loading={remove.isPending}
        onClose={() => setToRemove(null)}
        onConfirm={() => {
          if (!toRemove) return;
          remove.mutate(toRemove.id, {
            onSuccess: () => {
              notifySuccess(t('acting.removed'));
              setToRemove(null);
            },
            onError: (error) => notifyError(error, t),
          });
        }}
      />
    </>
  );
}

/** Plt/Plh of one unit: the list, removal, and a form to add one with its date range. */
export function ActingOfficialsModal({ unit, onClose }: { unit: UnitTreeItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={unit !== null}
      onClose={onClose}
      title={unit ? t('acting.title', { unit: unit.name }) : ''}
      size="lg"
    >
      {unit ? (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('acting.explanation')}
          </Text>
          <ActingList unitId={unit.id} />
          <Divider />
          <AddActingForm unitId={unit.id} />
        </Stack>
      ) : null}
    </Modal>
  );
}
