import { Button, Card, Grid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { CardsSkeleton, ListSkeleton, PageSkeleton } from '../../../components/Skeletons';
import { downloadUrl } from '../../../lib/api-client';
import { useCalibration } from '../api/get-calibration';
import { useCalibrationUnits } from '../api/list-calibration-units';
import { CalibrationBoard } from '../components/CalibrationBoard';
import { CalibrationPeriodCard } from '../components/CalibrationPeriodCard';
import { usePeriodChoice } from '../components/use-period-choice';
import { UnitPicker } from '../components/UnitPicker';

/** Kalibrasi (`/calibration?unitId=&periodId=`): a unit's people on the predicate matrix against its pattern. */
export function CalibrationPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const choice = usePeriodChoice(params.get('periodId'));
  const periodId = choice.periodId;
  const units = useCalibrationUnits(periodId);
  const unitId = params.get('unitId') ?? units.data?.[0]?.id ?? null;
  const board = useCalibration(unitId, periodId);

  const setQuery = (next: { unitId?: string | null; periodId?: string | null }) => {
    const merged = { unitId, periodId, ...next };
    const q: Record<string, string> = {};
    if (merged.unitId) q.unitId = merged.unitId;
    if (merged.periodId) q.periodId = merged.periodId;
    setParams(q, { replace: false });
  };

  if (choice.isPending) return <PageSkeleton />;

  const pdf =
    unitId && periodId
      ? downloadUrl(
          `/units/${encodeURIComponent(unitId)}/penetapan.pdf?${new URLSearchParams({ periodId }).toString()}`,
        )
      : undefined;

  const unitList = !periodId ? (
    <EmptyState title={t('calibration.noPeriod')} />
  ) : (
    <QueryState query={units} loading={<ListSkeleton rows={4} />}>
      {(list) =>
        list.length === 0 ? (
          <EmptyState title={t('calibration.units.empty')} />
        ) : (
          <UnitPicker units={list} selected={unitId} onSelect={(id) => setQuery({ unitId: id })} />
        )
      }
    </QueryState>
  );

  const body =
    !periodId || !unitId ? null : (
      <QueryState query={board} loading={<CardsSkeleton count={3} />}>
        {(view) => <CalibrationBoard view={view} />}
      </QueryState>
    );

  return (
    <>
      <PageHeader
        title={t('calibration.title')}
        description={t('calibration.description')}
        actions={
          pdf ? (
            <Button component="a" href={pdf} variant="light" data-testid="penetapan-pdf">
              {t('calibration.pdf')}
            </Button>
          ) : undefined
        }
      />
      <Stack gap="md">
        <CalibrationPeriodCard
          choice={choice}
          onChange={(id) => setQuery({ periodId: id })}
          testIdPrefix="calibration"
        />
        {choice.error && !periodId ? (
          <ErrorState error={choice.error} />
        ) : (
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 3 }}>
              <Card withBorder padding="sm" data-testid="calibration-units">
                {unitList}
              </Card>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 9 }}>{body}</Grid.Col>
          </Grid>
        )}
      </Stack>
    </>
  );
}

export default CalibrationPage;
