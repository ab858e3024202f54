import { Anchor, Button, Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { createTransferSchema } from '../../../../domain/people/transfers';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { ListSkeleton } from '../../../components/Skeletons';
import { applyServerErrors, blankToNull, maxLengthOf, zodValidate } from '../../../lib/form';
import { formatDate } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import { UnitSelect } from '../../units';
import { useCreateTransfer, useTransfers } from '../api/transfers';
import type { Employee } from '../types';
import { EmployeePicker } from './EmployeePicker';
import { LimitedTextarea } from '../../../components/LimitedText';

interface TransferValues {
  unitId: string | null;
  supervisorId: string | null;
  effectiveDate: string;
  positionTitle: string;
  note: string;
}

const FIELDS = ['unitId', 'supervisorId', 'effectiveDate', 'positionTitle', 'note'] as const;

const toInput = (v: TransferValues) => ({
  unitId: v.unitId ?? '',
  supervisorId: v.supervisorId,
  effectiveDate: v.effectiveDate,
  positionTitle: blankToNull(v.positionTitle),
  note: blankToNull(v.note),
});

function TransferForm({ employee }: { employee: Employee }) {
  const { t, i18n } = useTranslation();
  const create = useCreateTransfer(employee.id);
  const [formKey, setFormKey] = useState(0);
  const form = useForm<TransferValues>({
    initialValues: { unitId: null, supervisorId: null, effectiveDate: '', positionTitle: '', note: '' },
    validate: zodValidate(createTransferSchema, i18n, toInput),
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await create.mutateAsync(toInput(values));
      notifySuccess(t('transfers.saved'));
      form.reset();
      setFormKey((k) => k + 1);
    } catch (error) {
      applyServerErrors(error, form, FIELDS, t);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="transfer-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('transfers.hint')}
        </Text>
        <Group grow wrap="wrap" gap="sm" align="flex-start">
          <UnitSelect
            label={t('transfers.fields.unit')}
            value={form.values.unitId}
            onChange={(v) => form.setFieldValue('unitId', v)}
            error={form.errors.unitId}
            required
            testId="transfer-unit"
          />
          <EmployeePicker
            key={formKey}
            label={t('transfers.fields.supervisor')}
            value={form.values.supervisorId}
            onChange={(v) => form.setFieldValue('supervisorId', v)}
            excludeIds={[employee.id]}
            error={form.errors.supervisorId}
            testId="transfer-supervisor"
          />
        </Group>
        <Group grow wrap="wrap" gap="sm" align="flex-start">
          <TextInput
            type="date"
            label={t('transfers.fields.effectiveDate')}
            required
            miw={140}
            data-testid="transfer-date"
            {...form.getInputProps('effectiveDate')}
          />
          <TextInput
            label={t('transfers.fields.positionTitle')}
            placeholder={employee.positionTitle}
            data-testid="transfer-title"
            {...form.getInputProps('positionTitle')}
          />
        </Group>
        <LimitedTextarea
          maxLength={maxLengthOf(createTransferSchema, 'note')}
          label={t('transfers.fields.note')}
          autosize
          minRows={1}
          maxRows={4}
          data-testid="transfer-note"
          {...form.getInputProps('note')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={create.isPending} data-testid="transfer-save">
            {t('transfers.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function TransferList({ employeeId }: { employeeId: string }) {
  const { t, i18n } = useTranslation();
  const list = useTransfers(employeeId);
  if (list.isPending) return <ListSkeleton rows={2} />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.items.length === 0) return <EmptyState title={t('transfers.empty')} />;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped data-testid="transfer-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('transfers.fields.effectiveDate')}</Table.Th>
            <Table.Th>{t('transfers.from')}</Table.Th>
            <Table.Th>{t('transfers.to')}</Table.Th>
            <Table.Th>{t('transfers.plans')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data.items.map((tr) => (
            <Table.Tr key={tr.id} data-testid="transfer-item">
              <Table.Td>{formatDate(tr.effectiveDate, i18n.language)}</Table.Td>
              <Table.Td>
                <Text size="sm">{tr.fromUnit.name}</Text>
                {tr.fromSupervisor ? (
                  <Text size="xs" c="dimmed">
                    {tr.fromSupervisor.name}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{tr.toUnit.name}</Text>
                {tr.toSupervisor ? (
                  <Text size="xs" c="dimmed">
                    {tr.toSupervisor.name}
                  </Text>
                ) : null}
                {tr.positionTitle ? <Text size="xs">{tr.positionTitle}</Text> : null}
                {tr.note ? (
                  <Text size="xs" c="dimmed" fs="italic">
                    {tr.note}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Group gap="xs">
                  {tr.endedPlanId ? (
                    <Anchor component={Link} to={`/plans/${tr.endedPlanId}`} size="sm">
                      {t('transfers.endedPlan')}
                    </Anchor>
                  ) : null}
                  <Anchor
                    component={Link}
                    to={`/plans/${tr.newPlanId}`}
                    size="sm"
                    data-testid="transfer-new-plan"
                  >
                    {t('transfers.newPlan')}
                  </Anchor>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Mutasi on the employee page: HR's form, and the transfers made so far. */
export function TransfersSection({ employee, canTransfer }: { employee: Employee; canTransfer: boolean }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" data-testid="transfers-section">
      <Stack gap="md">
        <Title order={3} size="h4">
          {t('transfers.title')}
        </Title>
        {canTransfer ? <TransferForm employee={employee} /> : null}
        <TransferList employeeId={employee.id} />
      </Stack>
    </Card>
  );
}

export default TransfersSection;
