import { Anchor, Card, Drawer, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { Pager } from '../../../components/Pager';
import { QueryState } from '../../../components/QueryState';
import { ListSkeleton } from '../../../components/Skeletons';
import { StatusChip } from '../../../components/StatusChip';
import { PEOPLE_PAGE, useCompletionPeople } from '../api/get-completion';
import type { Target } from './CompletionTable';

/** The people behind one count of the table (a unit and a status), paged. */
export function PeopleDrawer({
  cycleId,
  periodId,
  scope,
  target,
  onClose,
}: {
  cycleId: string;
  periodId: string | null;
  scope: 'unit' | 'subtree';
  target: Target | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useCompletionPeople(
    target
      ? {
          cycleId,
          unitId: target.unit.unitId,
          status: target.status,
          periodId,
          scope,
          offset: (page - 1) * PEOPLE_PAGE,
        }
      : null,
  );
  return (
    <Drawer
      opened={target !== null}
      onClose={onClose}
      position="right"
      size="md"
      title={
        target
          ? t('monitoring.peopleTitle', {
              status: t(`monitoring.drillStatus.${target.status}`),
              unit: target.unit.name,
            })
          : ''
      }
    >
      <QueryState query={query} loading={<ListSkeleton rows={4} />}>
        {(people) =>
          people.items.length === 0 ? (
            <EmptyState title={t('monitoring.peopleEmpty')} />
          ) : (
            <Stack gap="xs" data-testid="monitoring-people">
              {people.items.map((p) => (
                <Card key={p.employeeId} withBorder padding="xs" data-testid="monitoring-person">
                  <Group justify="space-between" gap="xs" wrap="wrap">
                    <Anchor
                      component={Link}
                      to={p.planId ? `/plans/${p.planId}` : `/employees/${p.employeeId}`}
                      fw={600}
                      size="sm"
                    >
                      {p.name}
                    </Anchor>
                    {p.planStatus ? <StatusChip status={p.planStatus} /> : null}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {[p.nip, p.positionTitle, p.unitName].filter(Boolean).join(' · ')}
                  </Text>
                </Card>
              ))}
              <Pager total={people.total} page={page} pageSize={PEOPLE_PAGE} onChange={setPage} />
            </Stack>
          )
        }
      </QueryState>
    </Drawer>
  );
}
