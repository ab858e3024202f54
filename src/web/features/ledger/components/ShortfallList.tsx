import { Group, NativeSelect, Switch, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { Pager } from '../../../components/Pager';
import { isForbidden, isNotFound, QueryState } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { ListSkeleton } from '../../../components/Skeletons';
import { formatNumber } from '../../../lib/format';
import { UnitSelect } from '../../units';
import { useLearningHoursList } from '../api/list-learning-hours';
import { StandingBadge } from './StandingBadge';

const PAGE_SIZE = 25;

/** The year in Asia/Jakarta (UTC+7, no daylight saving). */
export const jakartaYear = () => new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();

/**
 * Jam Pelajaran per pegawai, paged. For HR (default): everyone, filtered by unit, only those short of the PNS minimum
 * at first ("who is short before the year ends"). With `team`: the caller's reports and subtree, everyone at first,
 * without the unit filter; hidden for someone who leads nobody (403).
 */
export function ShortfallList({
  thisYear = jakartaYear(),
  team = false,
}: {
  thisYear?: number;
  team?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [year, setYear] = useState(thisYear);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [short, setShort] = useState(!team);
  const [page, setPage] = useState(1);
  const query = useLearningHoursList({
    year,
    unitId,
    short,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const n = (v: number | null) => (v === null ? '—' : formatNumber(v, i18n.language, 1));
  if (team && query.isError && (isForbidden(query.error) || isNotFound(query.error))) return null;
  return (
    <SectionCard
      id="jp-list-title"
      title={t(team ? 'learningHours.list.teamTitle' : 'learningHours.list.title')}
      hint={t('learningHours.rule')}
      testId={team ? 'jp-team' : 'jp-list'}
    >
      <Group gap="sm" wrap="wrap" align="flex-end">
        <NativeSelect
          label={t('learningHours.list.year')}
          value={String(year)}
          onChange={(e) => {
            setYear(Number(e.currentTarget.value));
            setPage(1);
          }}
          data={[thisYear, thisYear - 1, thisYear - 2].map((y) => String(y))}
          data-testid="jp-list-year"
        />
        {team ? null : (
          <UnitSelect
            label={t('learningHours.list.unit')}
            value={unitId}
            onChange={(v) => {
              setUnitId(v);
              setPage(1);
            }}
            placeholder={t('learningHours.list.allUnits')}
            clearable
            testId="jp-list-unit"
          />
        )}
        <Switch
          label={t('learningHours.list.shortOnly')}
          checked={short}
          onChange={(e) => {
            setShort(e.currentTarget.checked);
            setPage(1);
          }}
          data-testid="jp-list-short"
        />
      </Group>
      <QueryState query={query} loading={<ListSkeleton rows={5} />}>
        {(view) =>
          view.items.length === 0 ? (
            <EmptyState title={short ? t('learningHours.list.noneShort') : t('learningHours.list.empty')} />
          ) : (
            <>
              <Table.ScrollContainer minWidth={620}>
                <Table striped withTableBorder data-testid="jp-list-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('tpp.columns.nip')}</Table.Th>
                      <Table.Th>{t('tpp.columns.name')}</Table.Th>
                      <Table.Th>{t('tpp.columns.unit')}</Table.Th>
                      <Table.Th>{t('learningHours.list.asnType')}</Table.Th>
                      <Table.Th ta="right">{t('learningHours.list.hours')}</Table.Th>
                      <Table.Th ta="right">{t('learningHours.list.shortfall')}</Table.Th>
                      <Table.Th>{t('learningHours.list.standing')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
                    {view.items.map((r) => (
                      <Table.Tr key={r.employeeId} data-testid={`jp-row-${r.employeeId}`}>
                        <Table.Td>{r.nip}</Table.Td>
                        <Table.Td>{r.name}</Table.Td>
                        <Table.Td>{r.unitName}</Table.Td>
                        <Table.Td>{r.asnType}</Table.Td>
                        <Table.Td ta="right">{n(r.hours)}</Table.Td>
                        <Table.Td ta="right">{r.minimum === null ? '—' : n(r.shortfall)}</Table.Td>
                        <Table.Td>
                          <StandingBadge standing={r.standing} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Pager total={view.total} page={page} pageSize={PAGE_SIZE} onChange={setPage} />
            </>
          )
        }
      </QueryState>
    </SectionCard>
  );
}
