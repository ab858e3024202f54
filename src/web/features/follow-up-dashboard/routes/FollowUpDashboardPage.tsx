import { Card, Group, NativeSelect, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { PageHeader } from '../../../components/PageHeader';
import { isForbidden, QueryState } from '../../../components/QueryState';
import { CardsSkeleton, ListSkeleton } from '../../../components/Skeletons';
import { ForbiddenPage } from '../../../components/StatusPages';
import { formatDate, todayIso } from '../../../lib/format';
import { useFollowUpDashboard } from '../api/get-dashboard';
import { FollowUpCharts } from '../components/FollowUpCharts';
import { JpShortList } from '../components/JpShortList';
import { OverdueList } from '../components/OverdueList';
import { OutcomesSection } from '../components/OutcomesSection';
import { SummaryCards } from '../components/SummaryCards';

/** The years offered: this one and the four before it. */
const YEARS_BACK = 4;

/**
 * Dasbor Tindak Lanjut: for HR, the agency head and the auditor (any unit) and for unit heads (their subtree), how
 * development plans, learning hours, improvement periods and nominations stand; each chart has its table.
 */
export function FollowUpDashboardPage() {
  const { t, i18n } = useTranslation();
  const thisYear = Number(todayIso().slice(0, 4));
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unitId');
  const askedYear = Number(params.get('year'));
  const year =
    Number.isInteger(askedYear) && askedYear >= 2000 && askedYear <= thisYear + 1 ? askedYear : thisYear;
  // the caller's whole reach feeds the unit picker; the chosen unit's subtree the page (the same query when none)
  const reach = useFollowUpDashboard(null, year);
  const view = useFollowUpDashboard(unitId, year);

  if (isForbidden(reach.error) || isForbidden(view.error)) return <ForbiddenPage />;

  const update = (next: { unitId?: string | null; year?: number }) => {
    const p = new URLSearchParams(params);
    if (next.unitId !== undefined) {
      if (next.unitId) p.set('unitId', next.unitId);
      else p.delete('unitId');
    }
    if (next.year !== undefined) p.set('year', String(next.year));
    setParams(p, { replace: true });
  };
  const units = reach.data?.units ?? [];
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => thisYear - i);

  return (
    <>
      <PageHeader title={t('followUp.title')} description={t('followUp.description')} />
      <Stack gap="md">
        <Card withBorder padding="md">
          <Group gap="sm" wrap="wrap" align="flex-end">
            {units.length > 1 ? (
              <Select
                label={t('followUp.unit')}
                placeholder={t('followUp.allUnits')}
                data={units.map((u) => ({ value: u.unitId, label: u.name }))}
                value={unitId}
                onChange={(v) => update({ unitId: v })}
                searchable
                clearable
                nothingFoundMessage={t('followUp.noUnitFound')}
                renderOption={({ option }) => (
                  <Text size="sm" pl={(units.find((u) => u.unitId === option.value)?.depth ?? 0) * 12}>
                    {option.label}
                  </Text>
                )}
                data-testid="follow-up-unit"
                miw={240}
                style={{ flex: '1 1 16rem' }}
              />
            ) : null}
            <NativeSelect
              label={t('followUp.year')}
              value={String(year)}
              onChange={(e) => update({ year: Number(e.currentTarget.value) })}
              data={years.map((y) => String(y))}
              data-testid="follow-up-year"
              miw={110}
            />
          </Group>
          {view.data ? (
            <Text size="xs" c="dimmed" mt="sm" data-testid="follow-up-as-of">
              {t('followUp.asOf', { date: formatDate(view.data.today, i18n.language), year: view.data.year })}
            </Text>
          ) : null}
        </Card>
        <QueryState
          query={view}
          loading={
            <Stack gap="md">
              <CardsSkeleton count={4} />
              <ListSkeleton rows={6} />
            </Stack>
          }
        >
          {(data) =>
            data.units.length === 0 ? (
              <EmptyState title={t('followUp.empty')} />
            ) : (
              <Stack gap="md">
                <SummaryCards view={data} />
                <FollowUpCharts view={data} />
                <OutcomesSection figures={data.totals} year={data.year} />
                <OverdueSection unitId={unitId} />
                <JpShortList key={`${unitId}:${year}`} unitId={unitId} year={year} minimum={data.jpMinimum} />
              </Stack>
            )
          }
        </QueryState>
      </Stack>
    </>
  );
}

/** The overdue list restarts at its first page when the unit changes. */
function OverdueSection({ unitId }: { unitId: string | null }) {
  return <OverdueList key={unitId ?? 'all'} unitId={unitId} />;
}

export default FollowUpDashboardPage;
