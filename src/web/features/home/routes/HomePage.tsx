import { Anchor, Button, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../../../domain/permissions';
import { DetailList } from '../../../components/DetailList';
import { PageHeader } from '../../../components/PageHeader';
import { useUser } from '../../../lib/auth';
import { useAuditEntries } from '../../audit';
import { useEmployee, useEmployees } from '../../employees';
import { useUnits } from '../../units';
import { useUsers } from '../../users';
import { MyActionsCard } from '../../feedback';
import { ImprovementBanner } from '../../improvement';
import { CountCard } from '../components/CountCard';
import { QueryState } from '../../../components/QueryState';
import { TaskList } from '../components/TaskList';
import { useHome } from '../api/get-home';

// The panels (charts, the distribution rules) load after the first screen: the eager chunk stays small on phones.
const AchievementCard = lazy(() =>
  import('../components/Panels').then((m) => ({ default: m.AchievementCard })),
);
const UnitPanel = lazy(() => import('../components/Panels').then((m) => ({ default: m.UnitPanel })));
const AgencyPanel = lazy(() => import('../components/Panels').then((m) => ({ default: m.AgencyPanel })));

function MyEmployeeCard({ employeeId }: { employeeId: string }) {
  const { t } = useTranslation();
  const query = useEmployee(employeeId);
  return (
    <Card withBorder padding="md" data-testid="home-my-profile" component="section" aria-labelledby="home-me">
      <Title order={2} fz="h4" mb="sm" id="home-me">
        {t('home.myData')}
      </Title>
      <QueryState
        query={query}
        loading={
          <Stack gap="xs">
            <Skeleton height={14} width="60%" />
            <Skeleton height={14} width="80%" />
            <Skeleton height={14} width="50%" />
          </Stack>
        }
      >
        {(me) => (
          <DetailList
            cols={1}
            items={[
              {
                label: t('employees.fields.name'),
                value: (
                  <Anchor component={Link} to={`/employees/${me.id}`} size="sm">
                    {me.name}
                  </Anchor>
                ),
              },
              { label: t('employees.fields.positionTitle'), value: me.positionTitle },
              {
                label: t('employees.fields.unitId'),
                value: (
                  <Anchor component={Link} to="/units" size="sm">
                    {me.unit.name}
                  </Anchor>
                ),
                testId: 'home-my-unit',
              },
              { label: t('employees.fields.supervisorId'), value: me.supervisor?.name ?? null },
            ]}
          />
        )}
      </QueryState>
    </Card>
  );
}

function OrgCounts() {
  const { t } = useTranslation();
  const units = useUnits(1);
  const employees = useEmployees({ limit: 1, offset: 0 });
  return (
    <>
      <CountCard
        label={t('home.unitCount')}
        total={units.data?.total}
        isPending={units.isPending}
        error={units.error}
        onRetry={() => void units.refetch()}
        to="/units"
        linkLabel={t('home.openUnits')}
        testId="home-unit-count"
      />
      <CountCard
        label={t('home.employeeCount')}
        total={employees.data?.total}
        isPending={employees.isPending}
        error={employees.error}
        onRetry={() => void employees.refetch()}
        to="/employees"
        linkLabel={t('home.openEmployees')}
        testId="home-employee-count"
      />
    </>
  );
}

function UserCount() {
  const { t } = useTranslation();
  const users = useUsers('', 1, 0);
  return (
    <CountCard
      label={t('home.userCount')}
      total={users.data?.total}
      isPending={users.isPending}
      error={users.error}
      onRetry={() => void users.refetch()}
      to="/admin/users"
      linkLabel={t('home.openUsers')}
      testId="home-user-count"
    />
  );
}

function AuditCount() {
  const { t } = useTranslation();
  const audit = useAuditEntries({}, 1, 0);
  return (
    <CountCard
      label={t('home.auditCount')}
      total={audit.data?.total}
      isPending={audit.isPending}
      error={audit.error}
      onRetry={() => void audit.refetch()}
      to="/admin/audit"
      linkLabel={t('home.openAudit')}
      testId="home-audit-count"
    />
  );
}

/** Beranda per role (ui.md "Home per role"): the next actions first, then my achievement, then the unit and
 * agency panels; the counts, my data and the dialogue actions after them. */
export function HomePage() {
  const { t } = useTranslation();
  const user = useUser();
  const home = useHome();
  const hr = can(user.roles, 'manage:org');
  const seesOrgCounts = hr || user.roles.includes('agency_head');
  const admin = can(user.roles, 'manage:user');
  const auditor = can(user.roles, 'read:audit');
  const name = home.data?.greeting.name ?? user.username;

  return (
    <>
      {/* names with academic titles end in a full stop ("A.Md.Kep."): no second one after them */}
      <PageHeader
        title={t('home.title')}
        description={t('home.greetingName', { name }).replace(/\.\.$/, '.')}
      />
      <Stack gap="md">
        {user.employeeId ? <ImprovementBanner employeeId={user.employeeId} /> : null}
        <Card
          withBorder
          padding="md"
          data-testid="home-tasks"
          component="section"
          aria-labelledby="home-next"
        >
          <Title order={2} fz="h4" mb="xs" id="home-next">
            {t('home.next.title')}
          </Title>
          <QueryState
            query={home}
            loading={
              <Stack gap="xs">
                <Skeleton height={56} radius="md" />
                <Skeleton height={56} radius="md" />
              </Stack>
            }
          >
            {(view) => (
              <Stack gap="xs">
                {!view.cycle && can(user.roles, 'manage:cycles') ? (
                  <Group justify="space-between" data-testid="home-no-cycle">
                    <Text size="sm">{t('home.tasks.noCycleHr')}</Text>
                    <Button component={Link} to="/admin/cycles" size="sm">
                      {t('cycles.create')}
                    </Button>
                  </Group>
                ) : null}
                {!view.cycle && !can(user.roles, 'manage:cycles') && user.employeeId ? (
                  <Text size="sm" c="dimmed" data-testid="home-no-cycle">
                    {t('home.tasks.noCycle')}
                  </Text>
                ) : null}
                <TaskList tasks={view.tasks} />
              </Stack>
            )}
          </QueryState>
          <Group mt="sm" gap="xs" wrap="wrap">
            <Button component={Link} to="/library" variant="light" size="xs">
              {t('nav.library')}
            </Button>
            <Button component={Link} to="/employees" variant="light" size="xs">
              {hr ? t('nav.employeesManage') : t('nav.directory')}
            </Button>
            <Button component={Link} to="/units" variant="light" size="xs">
              {t('nav.units')}
            </Button>
            {can(user.roles, 'import:org') ? (
              <Button component={Link} to="/admin/import" variant="light" size="xs">
                {t('nav.import')}
              </Button>
            ) : null}
            {hr ? (
              <Button component={Link} to="/admin/employees/new" variant="light" size="xs">
                {t('employees.create')}
              </Button>
            ) : null}
          </Group>
        </Card>
        <Suspense fallback={home.data?.achievement ? <Skeleton height={120} radius="md" /> : null}>
          {home.data?.achievement ? <AchievementCard achievement={home.data.achievement} /> : null}
          {home.data?.unit && home.data.unit.units.length > 0 ? <UnitPanel panel={home.data.unit} /> : null}
          {home.data?.agency ? <AgencyPanel agency={home.data.agency} /> : null}
        </Suspense>
        {seesOrgCounts || admin || auditor ? (
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md" data-testid="home-counts">
            {seesOrgCounts ? <OrgCounts /> : null}
            {admin ? <UserCount /> : null}
            {auditor ? <AuditCount /> : null}
          </SimpleGrid>
        ) : null}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {user.employeeId ? (
            <MyEmployeeCard employeeId={user.employeeId} />
          ) : (
            <Card withBorder padding="md" data-testid="home-no-employee">
              <Title order={2} fz="h4" mb="xs">
                {t('home.myData')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('home.noEmployee')}
              </Text>
            </Card>
          )}
          {user.employeeId ? <MyActionsCard /> : null}
        </SimpleGrid>
      </Stack>
    </>
  );
}
