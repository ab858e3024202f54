import { SegmentedControl } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/SectionCard';

/**
 * A chart with its table: the same figures drawn or listed. The table is the accessible alternative (screen readers,
 * keyboard, copying numbers); the toggle keeps one of them on screen at a time.
 */
export function ChartPanel({
  id,
  title,
  hint,
  chart,
  table,
}: {
  id: string;
  title: string;
  hint?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'chart' | 'table'>('chart');
  return (
    <SectionCard
      id={id}
      title={title}
      hint={hint}
      testId={id}
      actions={
        <SegmentedControl
          size="xs"
          value={mode}
          onChange={(v) => setMode(v === 'table' ? 'table' : 'chart')}
          data={[
            { value: 'chart', label: t('followUp.view.chart') },
            { value: 'table', label: t('followUp.view.table') },
          ]}
          aria-label={t('followUp.view.label', { title })}
          data-testid={`${id}-mode`}
        />
      }
    >
      {mode === 'chart' ? (
        // the drawing repeats the table's figures: screen readers are pointed to the table
        <div role="img" aria-label={t('followUp.view.chartLabel', { title })} data-testid={`${id}-chart`}>
          {chart}
        </div>
      ) : (
        <div data-testid={`${id}-table`}>{table}</div>
      )}
    </SectionCard>
  );
}
