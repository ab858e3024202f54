import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { CardsSkeleton, PageSkeleton } from '../../../components/Skeletons';
import { useOrgPredicates } from '../api/list-org-predicates';
import { OrgPredicateHistoryDrawer } from '../components/OrgPredicateHistoryDrawer';
import { OrgPredicateRow } from '../components/OrgPredicateRow';
import { CalibrationPeriodCard } from '../components/CalibrationPeriodCard';
import { usePeriodChoice } from '../components/use-period-choice';

/** Capaian Organisasi (`/org-predicates?periodId=`): the organisation predicates the caller sets, per unit. */
export function OrgPredicatesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const choice = usePeriodChoice(params.get('periodId'));
  const periodId = choice.periodId;
  const list = useOrgPredicates(periodId);
  const [history, setHistory] = useState<{ id: string; name: string } | null>(null);

  if (choice.isPending) return <PageSkeleton />;

  const body = !periodId ? (
    choice.error ? (
      <ErrorState error={choice.error} />
    ) : (
      <EmptyState title={t('calibration.noPeriod')} />
    )
  ) : (
    <QueryState query={list} loading={<CardsSkeleton count={3} />}>
      {(data) =>
        data.items.length === 0 ? (
          <EmptyState title={t('orgPredicates.empty')} description={t('orgPredicates.emptyHint')} />
        ) : (
          <Stack gap="sm" data-testid="org-predicate-list">
            {data.items.map((row) => (
              <OrgPredicateRow
                // a new period (or a saved change) starts the form from the predicate in force
                key={`${row.unit.id}:${periodId}:${row.current?.id ?? 'none'}`}
                row={row}
                periodId={periodId}
                onHistory={() => setHistory({ id: row.unit.id, name: row.unit.name })}
              />
            ))}
          </Stack>
        )
      }
    </QueryState>
  );

  return (
    <>
      <PageHeader title={t('orgPredicates.title')} description={t('orgPredicates.description')} />
      <Stack gap="md">
        <CalibrationPeriodCard
          choice={choice}
          onChange={(id) => setParams({ periodId: id })}
          testIdPrefix="org-predicates"
        />
        {body}
      </Stack>
      {periodId ? (
        <OrgPredicateHistoryDrawer unit={history} periodId={periodId} onClose={() => setHistory(null)} />
      ) : null}
    </>
  );
}

export default OrgPredicatesPage;
