import {
  Alert,
  Badge,
  Button,
  Card,
  CloseButton,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { ListSkeleton } from '../../../components/Skeletons';
import { formatNumber } from '../../../lib/format';
import { errorMessage } from '../../../lib/notify';
import { useAuditActors, useAuditFeed } from '../api/list-audit';
import { useVerifyAudit } from '../api/verify-audit';
import { AuditEntryList } from '../components/AuditEntryList';
import { actionLabel, entityTypeLabel } from '../lib/present';
import type { AuditCategory, AuditFilters } from '../types';

const PAGE_SIZE = 25;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

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

/** Every action code the locale files label (the server's codes: a test keeps the two in step). */
function actionCodes(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null) return [];
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : actionCodes(value, `${prefix}${key}.`),
  );
}

/** The person filter: a search over accounts by name, NIP or username. */
function PersonFilter({
  value,
  name,
  onChange,
}: {
  value: string | null;
  name: string | null;
  onChange: (id: string | null, name: string | null) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const actors = useAuditActors(q);
  const data = useMemo(() => {
    const items = (actors.data?.items ?? []).map((a) => ({
      value: a.userId,
      label: a.name === a.username ? a.name : `${a.name} (${a.username})`,
    }));
    if (value && !items.some((i) => i.value === value)) items.unshift({ value, label: name ?? value });
    return items;
  }, [actors.data, value, name]);
  return (
    <Select
      label={t('audit.filterPerson')}
      placeholder={t('audit.filterPersonPlaceholder')}
      searchable
      clearable
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id, option) => onChange(id, id ? (option?.label ?? null) : null)}
      nothingFoundMessage={actors.isFetching ? t('common.searching') : t('common.nothingFound')}
      filter={({ options }) => options}
      data-testid="audit-filter-person"
    />
  );
}

/** Log Audit: who changed what, in the reader's words; sign-ins on their own tab; the hash-chain check. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab: AuditCategory = params.get('tab') === 'signins' ? 'signins' : 'changes';
  const get = (key: string) => params.get(key) || undefined;
  const date = (key: string) => {
    const v = params.get(key);
    return v && ISO_DATE.test(v) ? v : undefined;
  };
  const filters: AuditFilters = {
    category: tab,
    actorId: get('actor'),
    entityType: get('type'),
    entityId: get('entityId'),
    action: get('action'),
    from: date('from'),
    to: date('to'),
  };
  const set = (changes: Record<string, string | null | undefined>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v) next.set(k, v);
          else next.delete(k);
        }
        return next;
      },
      { replace: true },
    );
  const query = useAuditFeed(filters, PAGE_SIZE);
  const filtered = Boolean(
    filters.actorId || filters.entityType || filters.entityId || filters.action || filters.from || filters.to,
  );

  const entityTypes = Object.keys(
    (i18n.getResourceBundle(i18n.language, 'translation') as { auditEntities?: object })?.auditEntities ?? {},
  ).filter((k) => k !== 'system');
  const actionTree = (i18n.getResourceBundle(i18n.language, 'translation') as { auditActions?: object })
    ?.auditActions;
  const actionOptions = useMemo(() => {
    const codes = actionCodes(actionTree).filter((c) =>
      tab === 'signins' ? /^(auth|session)\./.test(c) : !/^(auth|session)\./.test(c),
    );
    const prefixes = [...new Set(codes.map((c) => c.split('.')[0]!))].sort();
    return [
      ...prefixes.map((p) => ({
        value: `${p}.`,
        label: t('audit.actionPrefix', { type: entityTypeLabel(t, p) }),
      })),
      ...codes
        .map((c) => ({ value: c, label: actionLabel(t, c) }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    ];
  }, [actionTree, tab, t]);

  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const filtersCard = (
    <Card withBorder padding="md">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        <PersonFilter
          value={filters.actorId ?? null}
          name={params.get('actorName')}
          onChange={(id, name) => set({ actor: id, actorName: name })}
        />
        {tab === 'changes' ? (
          <Select
            label={t('audit.filters.entityType')}
            placeholder={t('audit.filterEntityAny')}
            data={entityTypes
              .map((k) => ({ value: k, label: entityTypeLabel(t, k) }))
              .sort((a, b) => a.label.localeCompare(b.label))}
            value={filters.entityType ?? null}
            onChange={(v) => set({ type: v, entityId: null, recordLabel: null })}
            clearable
            searchable
            data-testid="audit-filter-entity-type"
          />
        ) : null}
        <Select
          label={t('audit.filters.action')}
          placeholder={t('audit.filterActionAny')}
          data={actionOptions}
          value={filters.action ?? null}
          onChange={(v) => set({ action: v })}
          clearable
          searchable
          data-testid="audit-filter-action"
        />
        <TextInput
          type="date"
          label={t('audit.filterFrom')}
          value={filters.from ?? ''}
          max={filters.to}
          onChange={(e) => set({ from: e.currentTarget.value })}
          data-testid="audit-filter-from"
        />
        <TextInput
          type="date"
          label={t('audit.filterTo')}
          value={filters.to ?? ''}
          min={filters.from}
          onChange={(e) => set({ to: e.currentTarget.value })}
          data-testid="audit-filter-to"
        />
      </SimpleGrid>
      {filters.entityId || filtered ? (
        <Group mt="sm" gap="xs">
          {filters.entityId ? (
            <Badge
              variant="light"
              tt="none"
              rightSection={
                <CloseButton
                  size="xs"
                  aria-label={t('actions.remove')}
                  onClick={() => set({ entityId: null, recordLabel: null })}
                />
              }
              data-testid="audit-filter-record"
            >
              {t('audit.filterRecord')}:{' '}
              {params.get('recordLabel') ?? items[0]?.entityLabel ?? filters.entityId}
            </Badge>
          ) : null}
          {filtered ? (
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={() =>
                set({
                  actor: null,
                  actorName: null,
                  type: null,
                  entityId: null,
                  action: null,
                  from: null,
                  to: null,
                })
              }
              data-testid="audit-filter-reset"
            >
              {t('audit.resetFilters')}
            </Button>
          ) : null}
        </Group>
      ) : null}
    </Card>
  );

  const list = (
    <Card withBorder padding="md" aria-busy={query.isFetching}>
      <QueryState query={query} loading={<ListSkeleton rows={8} />}>
        {() =>
          items.length === 0 ? (
            <EmptyState title={filtered ? t('audit.emptyFiltered') : t('audit.empty')} />
          ) : (
            <>
              <div style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
                <AuditEntryList
                  entries={items}
                  showDiff={tab === 'changes'}
                  onFilterRecord={
                    tab === 'changes'
                      ? (e) => set({ type: e.entityType, entityId: e.entityId, recordLabel: e.entityLabel })
                      : undefined
                  }
                />
              </div>
              {query.hasNextPage ? (
                <Group justify="center" mt="md">
                  <Button
                    variant="light"
                    onClick={() => void query.fetchNextPage()}
                    loading={query.isFetchingNextPage}
                    data-testid="audit-more"
                  >
                    {t('audit.more')}
                  </Button>
                </Group>
              ) : null}
            </>
          )
        }
      </QueryState>
    </Card>
  );

  return (
    <>
      <PageHeader title={t('audit.title')} description={t('audit.description')} />
      <Stack gap="md">
        <Card withBorder padding="md">
          <VerifyChain />
        </Card>
        <Tabs
          value={tab}
          onChange={(v) =>
            set({
              tab: v === 'signins' ? 'signins' : null,
              action: null,
              type: null,
              entityId: null,
              recordLabel: null,
            })
          }
          keepMounted={false}
        >
          <Tabs.List mb="md">
            <Tabs.Tab value="changes" data-testid="audit-tab-changes">
              {t('audit.tabs.changes')}
            </Tabs.Tab>
            <Tabs.Tab value="signins" data-testid="audit-tab-signins">
              {t('audit.tabs.signins')}
            </Tabs.Tab>
          </Tabs.List>
          <Stack gap="md">
            {filtersCard}
            {list}
          </Stack>
        </Tabs>
      </Stack>
    </>
  );
}

export default AuditPage;
