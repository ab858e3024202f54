import {
  Alert,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNip } from '../../../../domain/people/nip';
import { isValidRank, type FunctionalLevel, type PositionType } from '../../../../domain/people/ranks';
import { createEmployeeSchema } from '../../../../domain/people/schemas';
import { ConflictButtons } from '../../../components/Conflict';
import { applyServerErrors, isStaleWrite, blankToNull, zodValidate } from '../../../lib/form';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { UnitSelect, useUnitTree } from '../../units';
import { useCreateEmployee } from '../api/create-employee';
import { getEmployee } from '../api/get-employee';
import { useUpdateEmployee } from '../api/update-employee';
import { asnTypeOptions, functionalLevelOptions, positionTypeOptions, rankOptions } from '../options';
import { employeeKeys, type AsnType, type Employee, type EmployeeInput } from '../types';
import { EmployeePicker } from './EmployeePicker';

export interface EmployeeFormValues {
  nip: string;
  name: string;
  asnType: AsnType;
  rank: string | null;
  positionTitle: string;
  positionType: PositionType | null;
  functionalLevel: FunctionalLevel | null;
  unitId: string | null;
  supervisorId: string | null;
  email: string;
  active: boolean;
}

const FIELDS = [
  'nip',
  'name',
  'asnType',
  'rank',
  'positionTitle',
  'positionType',
  'functionalLevel',
  'unitId',
  'supervisorId',
  'email',
  'active',
] as const;

type Field = (typeof FIELDS)[number];

export function valuesOf(e: Employee | null): EmployeeFormValues {
  return {
    nip: e?.nip ?? '',
    name: e?.name ?? '',
    asnType: e?.asnType ?? 'PNS',
    rank: e?.rank ?? null,
    positionTitle: e?.positionTitle ?? '',
    positionType: e?.positionType ?? null,
    functionalLevel: e?.functionalLevel ?? null,
    unitId: e?.unitId ?? null,
    supervisorId: e?.supervisorId ?? null,
    email: e?.email ?? '',
    active: e?.active ?? true,
  };
}

/** The API's input from the form; `functionalLevel` only for functional positions. */
export function toEmployeeInput(v: EmployeeFormValues): EmployeeInput {
  return {
    nip: v.nip.replace(/[\s.]/g, ''),
    name: v.name.trim(),
    asnType: v.asnType,
    rank: v.rank ?? '',
    positionTitle: v.positionTitle.trim(),
    positionType: (v.positionType ?? '') as PositionType,
    functionalLevel: v.positionType === 'fungsional' ? v.functionalLevel : null,
    unitId: v.unitId ?? '',
    supervisorId: v.supervisorId,
    email: blankToNull(v.email),
  };
}

interface Conflict {
  message: string;
  latest: Employee | null;
}

interface EmployeeFormProps {
  employee: Employee | null;
  onSaved: (employee: Employee) => void;
  onCancel?: () => void;
}

/** Create or edit an employee (HR). A stale edit (409) shows both versions side by side. */
export function EmployeeForm({ employee, onSaved, onCancel }: EmployeeFormProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const create = useCreateEmployee();
  const update = useUpdateEmployee(employee?.id ?? '');
  const tree = useUnitTree();
  const [version, setVersion] = useState(employee?.version ?? 0);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [supervisorName, setSupervisorName] = useState<string | null>(employee?.supervisor?.name ?? null);

  const form = useForm<EmployeeFormValues>({
    initialValues: valuesOf(employee),
    validate: zodValidate(createEmployeeSchema, i18n, toEmployeeInput),
  });

  const { values } = form;
  const ranks = rankOptions(values.asnType, t);

  const submit = form.onSubmit(async (vals) => {
    const input = toEmployeeInput(vals);
    try {
      if (employee) {
        const saved = await update.mutateAsync({ ...input, active: vals.active, version });
        setVersion(saved.version);
        setConflict(null);
        form.resetDirty(valuesOf(saved));
        notifySuccess(t('employees.saved'));
        onSaved(saved);
      } else {
        const saved = await create.mutateAsync(input);
        notifySuccess(t('employees.created'));
        onSaved(saved);
      }
    } catch (error) {
      if (isStaleWrite(error)) {
        let latest: Employee | null = null;
        if (employee) {
          try {
            latest = await queryClient.fetchQuery({
              queryKey: employeeKeys.detail(employee.id),
              queryFn: ({ signal }) => getEmployee(employee.id, signal),
              staleTime: 0,
            });
          } catch (reloadError) {
            notifyError(reloadError, t);
          }
        }
        setConflict({ message: error.message, latest });
        return;
      }
      applyServerErrors(error, form, FIELDS, t);
    }
  });

  const unitName = (id: string | null) => (id ? (tree.data?.find((u) => u.id === id)?.name ?? id) : '');
  const display = (field: Field, v: EmployeeFormValues, e: Employee | null): string => {
    switch (field) {
      case 'asnType':
        return v.asnType;
      case 'rank':
        return v.rank ? (ranks.find((r) => r.value === v.rank)?.label ?? v.rank) : '';
      case 'positionType':
        return v.positionType ? t(`employees.positionType.${v.positionType}`) : '';
      case 'functionalLevel':
        return v.functionalLevel ? t(`employees.functionalLevel.${v.functionalLevel}`) : '';
      case 'unitId':
        return e ? e.unit.name : unitName(v.unitId);
      case 'supervisorId':
        return e ? (e.supervisor?.name ?? '') : v.supervisorId ? (supervisorName ?? v.supervisorId) : '';
      case 'active':
        return v.active ? t('status.active') : t('status.inactive');
      case 'nip':
        return formatNip(v.nip, v.asnType);
      default:
        return String(v[field] ?? '');
    }
  };

  const latestValues = conflict?.latest ? valuesOf(conflict.latest) : null;
  const differences = latestValues
    ? FIELDS.filter((f) => JSON.stringify(latestValues[f]) !== JSON.stringify(values[f]))
    : [];

  const saving = create.isPending || update.isPending;

  return (
    <form
      onSubmit={submit}
      noValidate
      data-testid="employee-edit"
      aria-label={employee ? t('employees.editTitle') : t('employees.createTitle')}
    >
      <Stack gap="md">
        {conflict ? (
          <Alert
            color="orange"
            title={t('errors.conflictTitle')}
            data-testid="employee-conflict"
            role="alert"
          >
            <Text size="sm">{conflict.message}</Text>
            {conflict.latest && latestValues ? (
              <>
                {differences.length > 0 ? (
                  <Table.ScrollContainer minWidth={420} mt="sm">
                    <Table withTableBorder withColumnBorders fz="xs" data-testid="employee-conflict-diff">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('conflict.field')}</Table.Th>
                          <Table.Th>{t('conflict.mine')}</Table.Th>
                          <Table.Th>{t('conflict.theirs')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {differences.map((f) => (
                          <Table.Tr key={f}>
                            <Table.Td>{t(`employees.fields.${f}`)}</Table.Td>
                            <Table.Td>{display(f, values, null) || t('common.none')}</Table.Td>
                            <Table.Td>
                              {display(f, latestValues, conflict.latest) || t('common.none')}
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                ) : null}
                {conflict.latest.version !== version ? (
                  <ConflictButtons
                    mt="sm"
                    testIdPrefix="conflict"
                    onUseTheirs={() => {
                      if (!conflict.latest) return;
                      form.setValues(valuesOf(conflict.latest));
                      form.resetDirty(valuesOf(conflict.latest));
                      setVersion(conflict.latest.version);
                      setSupervisorName(conflict.latest.supervisor?.name ?? null);
                      setConflict(null);
                    }}
                    onKeepMine={() => {
                      if (!conflict.latest) return;
                      setVersion(conflict.latest.version);
                      setConflict(null);
                    }}
                  />
                ) : null}
              </>
            ) : null}
          </Alert>
        ) : null}

        <Card withBorder padding="md">
          <Title order={2} fz="h4" mb="sm">
            {t('employees.sections.identity')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('employees.fields.name')}
              required
              autoComplete="off"
              data-testid="employee-name-input"
              {...form.getInputProps('name')}
            />
            <Select
              label={t('employees.fields.asnType')}
              data={asnTypeOptions(t)}
              required
              allowDeselect={false}
              value={values.asnType}
              onChange={(v) => {
                if (v !== 'PNS' && v !== 'PPPK') return;
                form.setFieldValue('asnType', v);
                if (values.rank && !isValidRank(v, values.rank)) form.setFieldValue('rank', null);
              }}
              error={form.errors.asnType}
              data-testid="employee-asn-select"
            />
            <TextInput
              label={t('employees.fields.nip')}
              description={t('employees.nipHint')}
              required
              inputMode="numeric"
              autoComplete="off"
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              data-testid="employee-nip-input"
              {...form.getInputProps('nip')}
            />
            <Select
              label={t('employees.fields.rank')}
              data={ranks}
              required
              searchable
              value={values.rank}
              onChange={(v) => form.setFieldValue('rank', v)}
              error={form.errors.rank}
              nothingFoundMessage={t('common.nothingFound')}
              data-testid="employee-rank-select"
            />
            <TextInput
              label={t('employees.fields.email')}
              type="email"
              autoComplete="off"
              data-testid="employee-email-input"
              {...form.getInputProps('email')}
            />
            {employee ? (
              <Switch
                mt={{ base: 0, sm: 'xl' }}
                label={t('employees.fields.active')}
                description={t('employees.activeHint')}
                data-testid="employee-active-switch"
                {...form.getInputProps('active', { type: 'checkbox' })}
              />
            ) : null}
          </SimpleGrid>
        </Card>

        <Card withBorder padding="md">
          <Title order={2} fz="h4" mb="sm">
            {t('employees.sections.position')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('employees.fields.positionTitle')}
              required
              data-testid="employee-position-input"
              {...form.getInputProps('positionTitle')}
            />
            <Select
              label={t('employees.fields.positionType')}
              data={positionTypeOptions(t)}
              required
              value={values.positionType}
              onChange={(v) => {
                form.setFieldValue('positionType', v ?? null);
                if (v !== 'fungsional') form.setFieldValue('functionalLevel', null);
              }}
              error={form.errors.positionType}
              data-testid="employee-position-type-select"
            />
            {values.positionType === 'fungsional' ? (
              <Select
                label={t('employees.fields.functionalLevel')}
                data={functionalLevelOptions(t)}
                required
                value={values.functionalLevel}
                onChange={(v) => form.setFieldValue('functionalLevel', v ?? null)}
                error={form.errors.functionalLevel}
                data-testid="employee-functional-level-select"
              />
            ) : null}
            <UnitSelect
              label={t('employees.fields.unitId')}
              required
              value={values.unitId}
              onChange={(v) => form.setFieldValue('unitId', v)}
              error={form.errors.unitId}
              testId="employee-unit-select"
            />
            <EmployeePicker
              label={t('employees.fields.supervisorId')}
              description={t('employees.supervisorHint')}
              value={values.supervisorId}
              initial={employee?.supervisor ?? null}
              excludeIds={employee ? [employee.id] : []}
              onChange={(v, option) => {
                setSupervisorName(option?.name ?? null);
                form.setFieldValue('supervisorId', v);
              }}
              error={form.errors.supervisorId}
              testId="supervisor-select"
            />
          </SimpleGrid>
        </Card>

        <Group justify="flex-end" gap="xs">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('actions.cancel')}
            </Button>
          ) : null}
          {employee ? (
            <Button
              variant="default"
              onClick={() => {
                form.setValues(valuesOf(employee));
                form.clearErrors();
              }}
              disabled={!form.isDirty()}
              data-testid="employee-reset"
            >
              {t('actions.undoChanges')}
            </Button>
          ) : null}
          <Button type="submit" loading={saving} data-testid="employee-save">
            {employee ? t('actions.save') : t('employees.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export default EmployeeForm;
