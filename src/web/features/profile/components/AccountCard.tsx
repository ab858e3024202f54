import { Anchor, Card, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DetailList } from '../../../components/DetailList';
import { ErrorState } from '../../../components/ErrorState';
import { RoleBadges } from '../../../components/RoleBadges';
import type { SessionUser } from '../../../lib/auth';
import { useEmployee } from '../../employees';

function LinkedEmployee({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation();
  const query = useEmployee(employeeId);
  if (query.isPending) return <Skeleton height={80} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const e = query.data;
  return (
    <DetailList
      items={[
        {
          label: t('employees.fields.name'),
          value: (
            <Anchor component={Link} to={`/employees/${e.id}`} size="sm">
              {e.name}
            </Anchor>
          ),
          testId: 'profile-employee-name',
        },
        { label: t('employees.fields.nip'), value: e.nipFormatted },
        { label: t('employees.fields.positionTitle'), value: e.positionTitle },
        { label: t('employees.fields.rank'), value: e.rankLabel },
        { label: t('employees.fields.unitId'), value: e.unit.name },
        { label: t('employees.fields.supervisorId'), value: e.supervisor?.name ?? null },
      ]}
    />
  );
}

export function AccountCard({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="account-title">
      <Title order={2} fz="h4" mb="sm" id="account-title">
        {t('profile.account')}
      </Title>
      <Stack gap="md">
        <DetailList
          items={[
            { label: t('profile.username'), value: user.username, testId: 'profile-username' },
            { label: t('profile.roles'), value: <RoleBadges roles={user.roles} /> },
          ]}
        />
        <div>
          <Text fw={600} size="sm" mb="xs">
            {t('profile.linkedEmployee')}
          </Text>
          {user.employeeId ? (
            <LinkedEmployee employeeId={user.employeeId} />
          ) : (
            <Text size="sm" c="dimmed" data-testid="profile-no-employee">
              {t('profile.noEmployee')}
            </Text>
          )}
        </div>
      </Stack>
    </Card>
  );
}
