import { Alert, Button, Card, Drawer, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { ListSkeleton } from '../../../components/Skeletons';
import { formatNumber } from '../../../lib/format';
import { useProgressGrid } from '../api/get-progress-grid';
import type { GridIndicator } from '../types';
import { BulkEntry } from './BulkEntry';
import { CellHistory } from './CellHistory';
import { ProgressGrid } from './ProgressGrid';
import { ProgressImport } from './ProgressImport';
import { QuickEntryForm } from './QuickEntryForm';

/** Realisasi on the plan page: the grid, quick entry (a drawer), bulk entry and import for the owner. */
export function ProgressSection({ planId }: { planId: string }) {
  const { t, i18n } = useTranslation();
  const phone = useMediaQuery('(max-width: 48em)');
  const query = useProgressGrid(planId);
  const [mode, setMode] = useState<'grid' | 'bulk' | 'import'>('grid');
  const [entry, setEntry] = useState<{ periodId: string | null; indicatorId: string | null } | null>(null);
  const [history, setHistory] = useState<{ indicator: GridIndicator; periodId: string } | null>(null);

  if (query.isPending) return <ListSkeleton rows={4} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const grid = query.data;
  const indicatorCount = grid.results.reduce((n, r) => n + r.indicators.length, 0);

  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="progress-title">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={2} fz="h4" id="progress-title">
            {t('progress.title')}
          </Title>
          {grid.can.record ? (
            <Button
              size="md"
              onClick={() => setEntry({ periodId: null, indicatorId: null })}
              data-testid="progress-new"
            >
              {t('progress.record')}
            </Button>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed">
          {t('progress.hint', { cap: formatNumber(grid.cap, i18n.language) })}
        </Text>
        {!grid.isCurrent ? (
          <Alert color="gray" variant="light">
            {t('progress.notCurrent')}
          </Alert>
        ) : null}
        {grid.can.record ? (
          <SegmentedControl
            value={mode}
            onChange={(v) => setMode(v === 'bulk' ? 'bulk' : v === 'import' ? 'import' : 'grid')}
            data={[
              { value: 'grid', label: t('progress.mode.grid') },
              { value: 'bulk', label: t('progress.mode.bulk') },
              { value: 'import', label: t('progress.mode.import') },
            ]}
            aria-label={t('progress.mode.label')}
            data-testid="progress-mode"
            style={{ alignSelf: 'flex-start' }}
          />
        ) : null}
        {indicatorCount === 0 ? (
          <EmptyState title={t('progress.empty')} />
        ) : mode === 'bulk' && grid.can.record ? (
          <BulkEntry planId={planId} grid={grid} />
        ) : mode === 'import' && grid.can.record ? (
          <ProgressImport planId={planId} />
        ) : (
          <ProgressGrid
            grid={grid}
            onHistory={(indicator, periodId) => setHistory({ indicator, periodId })}
            onRecord={(indicatorId, periodId) => setEntry({ indicatorId, periodId })}
          />
        )}
      </Stack>
      <Drawer
        opened={entry !== null}
        onClose={() => setEntry(null)}
        position={phone ? 'bottom' : 'right'}
        size={phone ? '100%' : 'md'}
        title={t('progress.record')}
      >
        {entry ? (
          <QuickEntryForm
            planId={planId}
            grid={grid}
            initialPeriodId={entry.periodId}
            initialIndicatorId={entry.indicatorId}
            onDone={() => setEntry(null)}
          />
        ) : null}
      </Drawer>
      <CellHistory
        planId={planId}
        indicator={history?.indicator ?? null}
        period={grid.periods.find((p) => p.id === history?.periodId) ?? null}
        onClose={() => setHistory(null)}
      />
    </Card>
  );
}
