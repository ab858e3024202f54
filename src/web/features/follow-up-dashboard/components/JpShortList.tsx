import { Anchor, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { Pager } from '../../../components/Pager';
import { QueryState } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { ListSkeleton } from '../../../components/Skeletons';
import { formatNumber } from '../../../lib/format';
import { JP_SHORT_PAGE, useJpShort } from '../api/list-jp-short';

/** The PNS short of the yearly JP minimum, the largest shortfall first, paged. */
export function JpShortList({
  unitId,
  year,
  minimum,
}: {
  unitId: string | null;
  year: number;
  minimum: number;
}) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useJpShort(unitId, year, (page - 1) * JP_SHORT_PAGE);
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <SectionCard
      id="follow-up-jp-short"
      title={t('followUp.jpShort.title', { min: minimum })}
      hint={t('followUp.jpShort.hint', { year, min: minimum })}
      testId="follow-up-jp-short"
    >
      <QueryState query={query} loading={<ListSkeleton rows={4} />}>
        {(list) =>
          list.total === 0 ? (
            <EmptyState title={t('followUp.jpShort.empty', { min: list.minimum })} />
          ) : (
            <>
              <Table.ScrollContainer minWidth={520}>
                <Table striped verticalSpacing="xs" data-testid="follow-up-jp-short-rows">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('followUp.overdue.employee')}</Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('followUp.jpShort.hours', { year })}
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('followUp.jpShort.shortfall')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {list.items.map((p) => (
                      <Table.Tr key={p.employeeId} data-testid="follow-up-jp-short-row">
                        <Table.Td>
                          <Anchor component={Link} to={`/employees/${p.employeeId}`} size="sm">
                            {p.name}
                          </Anchor>
                          <Text size="xs" c="dimmed">
                            {p.nip} · {p.unitName}
                          </Text>
                        </Table.Td>
                        <Table.Td ta="right">{n(p.hours)}</Table.Td>
                        <Table.Td ta="right" fw={600}>
                          {n(p.shortfall)}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Pager total={list.total} page={page} pageSize={JP_SHORT_PAGE} onChange={setPage} />
            </>
          )
        }
      </QueryState>
    </SectionCard>
  );
}
