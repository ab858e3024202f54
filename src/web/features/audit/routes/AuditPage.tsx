import { Alert, Autocomplete, Button, Card, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { PageHeader } from '../../../components/PageHeader';
import { Pager } from '../../../components/Pager';
import { QueryState } from '../../../components/QueryState';
import { ListSkeleton } from '../../../components/Skeletons';
import { formatNumber } from '../../../lib/format';
import { errorMessage } from '../../../lib/notify';
import { useAuditEntries } from '../api/list-audit';
import { useVerifyAudit } from '../api/verify-audit';
import { AuditEntryList } from '../components/AuditEntryList';

const PAGE_SIZE = 25;
const ENTITY_TYPES = ['employee', 'unit', 'user', 'api_token', 'acting_official'];
const ACTIONS = [
  'employee.create',
  'employee.update',
  'unit.create',
  'unit.update',
  'unit.acting.add',
  'unit.acting.remove',
  'user.create',
  'user.update',
  'user.reset_password',
  'user.change_password',
  'auth.login',
  'auth.logout',
  'token.create',
  'token.revoke',
];

function VerifyChain() {
  const { t, i18n } = useTranslation();
  const verify = useVerifyAudit();
  return (
    <Stack gap="xs">
      <Group>
        <Button
          variant="light"
          onClick={() => verify.mutate()}
          loading={verify.isPending}
          data-testid="audit-verify"
        >
          {t('audit.verify')}
        </Button>
      </Group>
      {verify.isError ? (
        <Alert color="red" data-testid="audit-verify-result" role="status">
          {errorMessage(verify.error, t)}
        </Alert>
      ) : verify.data ? (
        verify.data.ok ? (
          <Alert
            color="teal"
            title={t('audit.verifyOkTitle')}
            data-testid="audit-verify-result"
            data-ok="true"
            role="status"
          >
            {t('audit.verifyOk', { checked: formatNumber(verify.data.checked, i18n.language) })}
          </Alert>
        ) : (
          <Alert
            color="red"
            title={t('audit.verifyBrokenTitle')}
            data-testid="audit-verify-result"
            data-ok="false"
            role="status"
          >
            <Text size="sm">
              {verify.data.firstBroken
                ? t('audit.verifyBroken', {
                    seq: verify.data.firstBroken.seq,
                    id: verify.data.firstBroken.id,
                    reason: verify.data.firstBroken.reason,
                  })
                : t('audit.verifyBrokenUnknown')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('audit.verifyChecked', { checked: formatNumber(verify.data.checked, i18n.language) })}
            </Text>
          </Alert>
        )
      ) : null}
    </Stack>
  );
}

/** Log Audit: who changed what, filterable, with the hash-chain check. */
export function AuditPage() {
  const { t } = useTranslation();
  const [entityType, setEntityType] = useState('');
  const [entityId, setEntityId] = useState('');
  const [action, setAction] = useState('');
  const [page, setPage] = useState(1);
  const [filters] = useDebouncedValue(
    { entityType: entityType.trim(), entityId: entityId.trim(), action: action.trim() },
    350,
  );
  const query = useAuditEntries(
    {
      entityType: filters.entityType || undefined,
      entityId: filters.entityId || undefined,
      action: filters.action || undefined,
    },
    PAGE_SIZE,
    (page - 1) * PAGE_SIZE,
  );
  const filtered = Boolean(filters.entityType || filters.entityId || filters.action);
  const setFilter = (setter: (v: string) => void) => (value: string) => {
    setter(value);
    setPage(1);
  };

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <Stack gap="md">
        <Card withBorder padding="md">
          <VerifyChain />
        </Card>
        <Card withBorder padding="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Autocomplete
              label={t('audit.filters.entityType')}
              data={ENTITY_TYPES}
              value={entityType}
              onChange={setFilter(setEntityType)}
              clearable
              data-testid="audit-filter-entity-type"
            />
            <TextInput
              label={t('audit.filters.entityId')}
              value={entityId}
              onChange={(e) => setFilter(setEntityId)(e.currentTarget.value)}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
              data-testid="audit-filter-entity-id"
            />
            <Autocomplete
              label={t('audit.filters.action')}
              placeholder={t('audit.filters.actionPlaceholder')}
              data={ACTIONS}
              value={action}
              onChange={setFilter(setAction)}
              clearable
              data-testid="audit-filter-action"
            />
          </SimpleGrid>
        </Card>
        <Card withBorder padding="md" aria-busy={query.isFetching}>
          <QueryState query={query} loading={<ListSkeleton rows={8} />}>
            {(data) =>
              data.items.length === 0 ? (
                <EmptyState title={filtered ? t('audit.emptyFiltered') : t('audit.empty')} />
              ) : (
                <>
                  <div style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
                    <AuditEntryList entries={data.items} />
                  </div>
                  <Pager total={data.total} page={page} pageSize={PAGE_SIZE} onChange={setPage} />
                </>
              )
            }
          </QueryState>
        </Card>
      </Stack>
    </>
  );
}

export default AuditPage;
