import {
  Anchor,
  Badge,
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
} from '@mantine/core';
import { useDebouncedCallback, useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { POSITION_TYPES, type PositionType } from '../../../../domain/people/ranks';
import { EmptyState } from '../../../components/EmptyState';
import { SearchIcon } from '../../../components/icons';
import { PageHeader } from '../../../components/PageHeader';
import { Pager } from '../../../components/Pager';
import { QueryState } from '../../../components/QueryState';
import { CardsSkeleton, ListSkeleton } from '../../../components/Skeletons';
import { StatusChip } from '../../../components/StatusChip';
import { useCan } from '../../../lib/auth';
import { UnitSelect } from '../../units';
import { useEmployees } from '../api/list-employees';
import { asnTypeOptions, isAsnType, positionTypeOptions } from '../options';
import type { Employee } from '../types';

const PAGE_SIZE = 25;

function isPositionType(v: unknown): v is PositionType {
  return typeof v === 'string' && (POSITION_TYPES as readonly string[]).includes(v);
}

function EmployeeTable({ items }: { items: Employee[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table highlightOnHover verticalSpacing="sm" data-testid="employee-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('employees.fields.name')}</Table.Th>
            <Table.Th>{t('employees.fields.position')}</Table.Th>
            <Table.Th>{t('employees.fields.unit')}</Table.Th>
            <Table.Th>{t('employees.fields.rank')}</Table.Th>
            <Table.Th>{t('employees.fields.asnType')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((e) => (
            <Table.Tr
              key={e.id}
              data-testid="employee-row"
              data-employee-id={e.id}
              onClick={() => void navigate(`/employees/${e.id}`)}
              style={{ cursor: 'pointer' }}
            >
              <Table.Td>
                <Anchor
                  component={Link}
                  to={`/employees/${e.id}`}
                  fw={600}
                  size="sm"
                  onClick={(ev) => ev.stopPropagation()}
                >
                  {e.name}
                </Anchor>
                <Text size="xs" c="dimmed" ff="monospace">
                  {e.nipFormatted}
                </Text>
                {!e.active ? <StatusChip status="inactive" /> : null}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{e.positionTitle}</Text>
                <Text size="xs" c="dimmed">
                  {t(`employees.positionType.${e.positionType}`)}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{e.unit.name}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{e.rankLabel}</Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" radius="sm" color={e.asnType === 'PNS' ? 'blue' : 'orange'}>
                  {e.asnType}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function EmployeeCards({ items }: { items: Employee[] }) {
  return (
    <Stack gap="sm" data-testid="employee-cards">
      {items.map((e) => (
        <Card
          key={e.id}
          withBorder
          padding="sm"
          component={Link}
          to={`/employees/${e.id}`}
          data-testid="employee-row"
          data-employee-id={e.id}
        >
          <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
            <Text fw={600} size="sm">
              {e.name}
            </Text>
            <Badge
              variant="light"
              radius="sm"
              color={e.asnType === 'PNS' ? 'blue' : 'orange'}
              style={{ flexShrink: 0 }}
            >
              {e.asnType}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed" ff="monospace">
            {e.nipFormatted}
          </Text>
          <Text size="sm" mt={4}>
            {e.positionTitle}
          </Text>
          <Text size="xs" c="dimmed">
            {e.unit.name} · {e.rankLabel}
          </Text>
          {!e.active ? <StatusChip status="inactive" /> : null}
        </Card>
      ))}
    </Stack>
  );
}

/** Direktori Pegawai: search by name or NIP, filters, server-side paging; table on desktop, cards on a phone. */
export function EmployeesPage() {
  const { t } = useTranslation();
  const canEdit = useCan('manage:org');
  const [params, setParams] = useSearchParams();
  const isDesktop = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });

  const q = params.get('q') ?? '';
  const unitId = params.get('unitId');
  const subunits = params.get('subunits') !== 'false';
  const asnTypeParam = params.get('asnType');
  const asnType = isAsnType(asnTypeParam) ? asnTypeParam : null;
  const positionTypeParam = params.get('positionType');
  const positionType = isPositionType(positionTypeParam) ? positionTypeParam : null;
  const page = Math.max(1, Number(params.get('page')) || 1);

  const [search, setSearch] = useState(q);

  const update = (changes: Record<string, string | null>) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );
  };

  const pushSearch = useDebouncedCallback((value: string) => update({ q: value.trim() || null }), 350);

  const query = useEmployees({
    q: q || undefined,
    unitId: unitId ?? undefined,
    subunits: unitId ? subunits : undefined,
    asnType: asnType ?? undefined,
    positionType: positionType ?? undefined,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });

  const filtered = Boolean(q || unitId || asnType || positionType);
  const activeFilters = [unitId, asnType, positionType].filter(Boolean).length;
  const [filtersOpen, setFiltersOpen] = useState(false);
  const showFilters = isDesktop || filtersOpen;

  return (
    <>
      <PageHeader
        title={canEdit ? t('employees.titleManage') : t('employees.title')}
        description={t('employees.description')}
        actions={
          canEdit ? (
            <Button component={Link} to="/admin/employees/new" data-testid="employee-create">
              {t('employees.create')}
            </Button>
          ) : null
        }
      />
      <Card withBorder padding="md" mb="md">
        <Stack gap="sm">
          <TextInput
            label={t('employees.search.label')}
            placeholder={t('employees.search.placeholder')}
            leftSection={<SearchIcon />}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              pushSearch(e.currentTarget.value);
            }}
            data-testid="employee-search"
            type="search"
            inputMode="search"
          />
          {isDesktop ? null : (
            <Group justify="space-between">
              <Button
                variant="subtle"
                size="xs"
                px={0}
                onClick={() => setFiltersOpen((o) => !o)}
                aria-expanded={showFilters}
                aria-controls="employee-filters"
                data-testid="employee-filters-toggle"
              >
                {showFilters
                  ? t('employees.filters.hide')
                  : activeFilters > 0
                    ? t('employees.filters.showActive', { n: activeFilters })
                    : t('employees.filters.show')}
              </Button>
            </Group>
          )}
          <SimpleGrid
            cols={{ base: 1, sm: 3 }}
            spacing="sm"
            id="employee-filters"
            style={{ display: showFilters ? undefined : 'none' }}
          >
            <UnitSelect
              label={t('employees.filters.unit')}
              placeholder={t('employees.filters.allUnits')}
              value={unitId}
              onChange={(v) => update({ unitId: v })}
              clearable
              testId="employee-filter-unit"
            />
            <Select
              label={t('employees.filters.asnType')}
              placeholder={t('employees.filters.all')}
              data={asnTypeOptions(t)}
              value={asnType}
              onChange={(v) => update({ asnType: v })}
              clearable
              data-testid="employee-filter-asn"
            />
            <Select
              label={t('employees.filters.positionType')}
              placeholder={t('employees.filters.all')}
              data={positionTypeOptions(t)}
              value={positionType}
              onChange={(v) => update({ positionType: v })}
              clearable
              data-testid="employee-filter-position"
            />
          </SimpleGrid>
          <Group justify="space-between" wrap="wrap" gap="xs">
            {unitId ? (
              <Switch
                label={t('employees.filters.subunits')}
                checked={subunits}
                onChange={(e) => update({ subunits: e.currentTarget.checked ? null : 'false' })}
                data-testid="employee-filter-subunits"
              />
            ) : (
              <span />
            )}
            {filtered ? (
              <Button
                variant="subtle"
                size="xs"
                onClick={() => {
                  setSearch('');
                  pushSearch.cancel();
                  setParams(new URLSearchParams(), { replace: true });
                }}
                data-testid="employee-filter-reset"
              >
                {t('employees.filters.reset')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </Card>

      <Card withBorder padding={isDesktop ? 'md' : 'xs'} aria-busy={query.isFetching}>
        <QueryState
          query={query}
          loading={isDesktop ? <ListSkeleton rows={8} /> : <CardsSkeleton count={4} />}
        >
          {(data) =>
            data.items.length === 0 ? (
              <EmptyState
                title={filtered ? t('employees.emptyFiltered') : t('employees.empty')}
                description={filtered ? t('employees.emptyFilteredHint') : t('employees.emptyHint')}
              />
            ) : (
              <>
                <div style={{ opacity: query.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}>
                  {isDesktop ? <EmployeeTable items={data.items} /> : <EmployeeCards items={data.items} />}
                </div>
                <Pager
                  total={data.total}
                  page={page}
                  pageSize={PAGE_SIZE}
                  onChange={(p) => update({ page: String(p) })}
                />
              </>
            )
          }
        </QueryState>
      </Card>
    </>
  );
}

export default EmployeesPage;
