import { Chip, Group, SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { PageHeader } from '../../../components/PageHeader';
import { Pager } from '../../../components/Pager';
import { QueryState } from '../../../components/QueryState';
import { CardsSkeleton } from '../../../components/Skeletons';
import { useCan, useUser } from '../../../lib/auth';
import { useWorkPlans } from '../api/list-work-plans';
import { PlanListCard } from '../components/PlanListItem';
import type { PlanStatus } from '../types';

const PAGE_SIZE = 20;
type Filter = PlanStatus | 'all';

/**
 * Persetujuan SKP: the plans I assess, those waiting for me first — as their assessor, as the agency head (plans of
 * employees without a supervisor) or as acting official (Plt/Plh) of their assessor.
 */
export function InboxPage() {
  const { t } = useTranslation();
  const user = useUser();
  const [filter, setFilter] = useState<Filter>('submitted');
  const [page, setPage] = useState(1);
  const top = useCan('assess:top');
  const assesses = Boolean(user.employeeId) || top;
  const query = useWorkPlans(
    {
      assessedBy: 'me',
      status: filter === 'all' ? undefined : filter,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    },
    { enabled: assesses },
  );

  const body = !assesses ? (
    <EmptyState title={t('myPlan.noEmployee')} description={t('myPlan.noEmployeeHint')} />
  ) : (
    <QueryState query={query} loading={<CardsSkeleton count={3} />}>
      {(data) =>
        data.items.length === 0 ? (
          <EmptyState
            title={filter === 'submitted' ? t('inbox.emptyWaiting') : t('inbox.empty')}
            description={filter === 'submitted' ? t('inbox.emptyWaitingHint') : undefined}
          />
        ) : (
          <>
            <SimpleGrid
              cols={{ base: 1, md: 2 }}
              spacing="sm"
              data-testid="inbox-list"
              style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}
            >
              {data.items.map((item) => (
                <PlanListCard key={item.id} item={item} showEmployee testId="inbox-item" />
              ))}
            </SimpleGrid>
            <Pager total={data.total} page={page} pageSize={PAGE_SIZE} onChange={setPage} />
          </>
        )
      }
    </QueryState>
  );

  return (
    <>
      <PageHeader title={t('inbox.title')} description={t('inbox.description')} />
      <Stack gap="md">
        <Chip.Group
          multiple={false}
          value={filter}
          onChange={(v) => {
            setFilter(v as Filter);
            setPage(1);
          }}
        >
          <Group gap="xs" role="radiogroup" aria-label={t('inbox.filters.label')} data-testid="inbox-filter">
            {(
              [
                ['submitted', t('inbox.filters.submitted')],
                ['returned', t('status.returned')],
                ['approved', t('status.approved')],
                ['all', t('inbox.filters.all')],
              ] as const
            ).map(([value, label]) => (
              <Chip key={value} value={value} size="md" data-testid={`inbox-filter-${value}`}>
                {label}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        {body}
      </Stack>
    </>
  );
}

export default InboxPage;
