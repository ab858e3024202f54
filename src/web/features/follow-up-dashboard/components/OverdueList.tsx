import { Anchor, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { Pager } from '../../../components/Pager';
import { QueryState } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { ListSkeleton } from '../../../components/Skeletons';
import { formatDate, formatNumber } from '../../../lib/format';
import { OVERDUE_PAGE, useOverdueItems } from '../api/list-overdue';

/** Development plan items past their due date, longest overdue first, paged. */
export function OverdueList({ unitId }: { unitId: string | null }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useOverdueItems(unitId, (page - 1) * OVERDUE_PAGE);
  return (
    <SectionCard
      id="follow-up-overdue"
      title={t('followUp.overdue.title')}
      hint={
        query.data ? t('followUp.overdue.hint', { date: formatDate(query.data.today, i18n.language) }) : null
      }
      testId="follow-up-overdue"
    >
      <QueryState query={query} loading={<ListSkeleton rows={4} />}>
        {(list) =>
          list.total === 0 ? (
            <EmptyState title={t('followUp.overdue.empty')} />
          ) : (
            <>
              <Table.ScrollContainer minWidth={640}>
                <Table striped verticalSpacing="xs" data-testid="follow-up-overdue-rows">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('followUp.overdue.employee')}</Table.Th>
                      <Table.Th scope="col">{t('followUp.overdue.item')}</Table.Th>
                      <Table.Th scope="col">{t('followUp.overdue.dueDate')}</Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('followUp.overdue.days')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.items.map((item) => (
                      <Table.Tr key={item.itemId} data-testid="follow-up-overdue-row">
                        <Table.Td>
                          <Anchor component={Link} to={`/employees/${item.employeeId}`} size="sm">
                            {item.name}
                          </Anchor>
                          <Text size="xs" c="dimmed">
                            {item.nip} · {item.unitName}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                            {item.title}
                          </Text>
                        </Table.Td>
                        <Table.Td>{formatDate(item.dueDate, i18n.language)}</Table.Td>
                        <Table.Td ta="right">{formatNumber(item.daysOverdue, i18n.language)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Pager total={list.total} page={page} pageSize={OVERDUE_PAGE} onChange={setPage} />
            </>
          )
        }
      </QueryState>
    </SectionCard>
  );
}
