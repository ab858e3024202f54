import { Anchor, Button, Card, Group, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { SearchIcon } from '../../../components/icons';
import { PageHeader } from '../../../components/PageHeader';
import { Pager } from '../../../components/Pager';
import { QueryState } from '../../../components/QueryState';
import { RoleBadges } from '../../../components/RoleBadges';
import { ListSkeleton } from '../../../components/Skeletons';
import { StatusChip } from '../../../components/StatusChip';
import { formatDate } from '../../../lib/format';
import { useUsers } from '../api/list-users';
import { ResetPasswordModal } from '../components/ResetPasswordModal';
import { UserFormModal, type UserModalState } from '../components/UserFormModal';
import type { UserAccount } from '../types';

const PAGE_SIZE = 25;

/** Pengguna (admin): accounts, their roles and status, links to employees, password resets. */
export function UsersPage() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 350);
  const [page, setPage] = useState(1);
  const [modal, setModal] = useState<UserModalState>(null);
  const [resetting, setResetting] = useState<UserAccount | null>(null);
  const isDesktop = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const query = useUsers(q, PAGE_SIZE, (page - 1) * PAGE_SIZE);

  const actions = (u: UserAccount) => (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      <Button
        size="compact-xs"
        variant="light"
        onClick={() => setModal({ mode: 'edit', user: u })}
        data-testid="user-edit"
      >
        {t('actions.edit')}
      </Button>
      <Button size="compact-xs" variant="subtle" onClick={() => setResetting(u)} data-testid="user-reset">
        {t('users.resetPassword')}
      </Button>
    </Group>
  );
  const employeeLink = (u: UserAccount) =>
    u.employeeId ? (
      <Anchor component={Link} to={`/employees/${u.employeeId}`} size="sm">
        {t('users.viewEmployee')}
      </Anchor>
    ) : (
      <Text size="sm" c="dimmed">
        {t('common.none')}
      </Text>
    );

  const body = (
    <QueryState query={query} loading={<ListSkeleton rows={8} />}>
      {(data) =>
        data.items.length === 0 ? (
          <EmptyState title={q ? t('users.emptyFiltered') : t('users.empty')} />
        ) : (
          <>
            <div style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
              {isDesktop ? (
                <Table.ScrollContainer minWidth={720}>
                  <Table verticalSpacing="sm" data-testid="user-table">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('users.fields.username')}</Table.Th>
                        <Table.Th>{t('users.fields.roles')}</Table.Th>
                        <Table.Th>{t('users.fields.employee')}</Table.Th>
                        <Table.Th>{t('users.fields.active')}</Table.Th>
                        <Table.Th>{t('users.fields.createdAt')}</Table.Th>
                        <Table.Th>
                          <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.items.map((u) => (
                        <Table.Tr key={u.id} data-testid="user-row">
                          <Table.Td ff="monospace">{u.username}</Table.Td>
                          <Table.Td>
                            <RoleBadges roles={u.roles} />
                          </Table.Td>
                          <Table.Td>{employeeLink(u)}</Table.Td>
                          <Table.Td>
                            <StatusChip status={u.active ? 'active' : 'inactive'} />
                          </Table.Td>
                          <Table.Td>{formatDate(u.createdAt, i18n.language)}</Table.Td>
                          <Table.Td>{actions(u)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              ) : (
                <Stack gap="xs">
                  {data.items.map((u) => (
                    <Card key={u.id} withBorder padding="sm" data-testid="user-row">
                      <Group justify="space-between" wrap="nowrap">
                        <Text ff="monospace" fw={600} size="sm">
                          {u.username}
                        </Text>
                        <StatusChip status={u.active ? 'active' : 'inactive'} />
                      </Group>
                      <RoleBadges roles={u.roles} />
                      <Group justify="space-between" mt="xs" wrap="wrap">
                        {employeeLink(u)}
                        {actions(u)}
                      </Group>
                    </Card>
                  ))}
                </Stack>
              )}
            </div>
            <Pager total={data.total} page={page} pageSize={PAGE_SIZE} onChange={setPage} />
          </>
        )
      }
    </QueryState>
  );

  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        actions={
          <Button onClick={() => setModal({ mode: 'create' })} data-testid="user-create">
            {t('users.create')}
          </Button>
        }
      />
      <Card withBorder padding="md" mb="md">
        <TextInput
          label={t('users.search')}
          placeholder={t('users.searchPlaceholder')}
          leftSection={<SearchIcon />}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
          type="search"
          data-testid="user-search"
        />
      </Card>
      <Card withBorder padding="md" aria-busy={query.isFetching}>
        {body}
      </Card>
      <UserFormModal state={modal} onClose={() => setModal(null)} />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}

export default UsersPage;
