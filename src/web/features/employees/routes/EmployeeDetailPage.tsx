import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailList } from '../../../components/DetailList';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { CardsSkeleton } from '../../../components/Skeletons';
import { StatusChip } from '../../../components/StatusChip';
import { useCan } from '../../../lib/auth';
import { formatDateTime } from '../../../lib/format';
import { EntityHistory } from '../../audit';
import { useEmployee } from '../api/get-employee';
import type { Employee } from '../types';

// HR's form and the audit history are only downloaded by those who may see them.
const EmployeeForm = lazy(() => import('../components/EmployeeForm'));
const TransfersSection = lazy(() => import('../components/TransfersSection'));

function EmployeeDetails({ employee }: { employee: Employee }) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder padding="md" data-testid="employee-details">
      <DetailList
        items={[
          { label: t('employees.fields.nip'), value: employee.nipFormatted, testId: 'employee-nip' },
          { label: t('employees.fields.name'), value: employee.name, testId: 'employee-name' },
          { label: t('employees.fields.asnType'), value: t(`employees.asnType.${employee.asnType}`) },
          { label: t('employees.fields.rank'), value: employee.rankLabel },
          { label: t('employees.fields.positionTitle'), value: employee.positionTitle },
          {
            label: t('employees.fields.positionType'),
            value: t(`employees.positionType.${employee.positionType}`),
          },
          ...(employee.positionType === 'fungsional'
            ? [
                {
                  label: t('employees.fields.functionalLevel'),
                  value: employee.functionalLevel
                    ? t(`employees.functionalLevel.${employee.functionalLevel}`)
                    : null,
                },
              ]
            : []),
          {
            label: t('employees.fields.unitId'),
            value: (
              <Anchor component={Link} to={`/employees?unitId=${employee.unit.id}`} size="sm">
                {employee.unit.code} — {employee.unit.name}
              </Anchor>
            ),
            testId: 'employee-unit',
          },
          {
            label: t('employees.fields.supervisorId'),
            value: employee.supervisor ? (
              <Anchor component={Link} to={`/employees/${employee.supervisor.id}`} size="sm">
                {employee.supervisor.name}
              </Anchor>
            ) : null,
            testId: 'employee-supervisor',
          },
          {
            label: t('employees.fields.email'),
            value: employee.email ? (
              <Anchor href={`mailto:${employee.email}`} size="sm">
                {employee.email}
              </Anchor>
            ) : null,
          },
          {
            label: t('employees.fields.active'),
            value: <StatusChip status={employee.active ? 'active' : 'inactive'} />,
          },
          { label: t('common.updatedAt'), value: formatDateTime(employee.updatedAt, i18n.language) },
        ]}
      />
    </Card>
  );
}

/** One employee: everyone reads; HR edits; admin and auditor also see the change history. */
export function EmployeeDetailPage() {
  const { id = '' } = useParams();
  const canEdit = useCan('manage:org');
  const canAudit = useCan('read:audit');
  const canTransfer = useCan('transfer:employee');
  const query = useEmployee(id);
  return (
    <QueryState query={query} notFound>
      {(employee) => (
        <EmployeeDetail employee={employee} canEdit={canEdit} canAudit={canAudit} canTransfer={canTransfer} />
      )}
    </QueryState>
  );
}

function EmployeeDetail({
  employee,
  canEdit,
  canAudit,
  canTransfer,
}: {
  employee: Employee;
  canEdit: boolean;
  canAudit: boolean;
  /** HR: the Mutasi section (form and list) */
  canTransfer: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={employee.name}
        description={
          <Group gap="xs" component="span" wrap="wrap">
            <Text span ff="monospace" size="sm">
              {employee.nipFormatted}
            </Text>
            <Text span size="sm">
              · {employee.positionTitle}
            </Text>
            <Badge variant="light" radius="sm" color={employee.asnType === 'PNS' ? 'blue' : 'orange'}>
              {employee.asnType}
            </Badge>
            {!employee.active ? <StatusChip status="inactive" /> : null}
          </Group>
        }
        actions={
          <Button component={Link} to="/employees" variant="default">
            {t('employees.backToList')}
          </Button>
        }
      />
      <Stack gap="md">
        {canEdit ? (
          <Suspense fallback={<CardsSkeleton count={2} />}>
            <EmployeeForm key={employee.id} employee={employee} onSaved={() => undefined} />
          </Suspense>
        ) : (
          <EmployeeDetails employee={employee} />
        )}
        {canTransfer ? (
          <Suspense fallback={<CardsSkeleton count={1} />}>
            <TransfersSection employee={employee} canTransfer={canTransfer} />
          </Suspense>
        ) : null}
        {canAudit ? (
          <Suspense fallback={<CardsSkeleton count={1} />}>
            <EntityHistory entityType="employee" entityId={employee.id} />
          </Suspense>
        ) : null}
      </Stack>
    </>
  );
}

export default EmployeeDetailPage;
