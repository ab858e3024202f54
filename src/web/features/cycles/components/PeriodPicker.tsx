import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { periodLabel } from '../../../lib/format';
import type { Cycle } from '../types';

export interface PeriodChange {
  cycleId: string;
  periodId: string | null;
}

/**
 * Tahun + Periode selects (native selects: keyboard and phone friendly). Choosing another year opens the period
 * `defaultPeriodOf` gives for it; the chosen year is offered even when it is missing from `cycles`.
 */
export function PeriodPicker({
  cycles,
  cycle,
  periodId,
  onChange,
  defaultPeriodOf,
  testIdPrefix,
}: {
  cycles: readonly Cycle[];
  cycle: Cycle | null;
  periodId: string | null;
  onChange: (next: PeriodChange) => void;
  /** the period a year opens on */
  defaultPeriodOf: (cycle: Cycle) => string | null;
  /** the selects' test ids: `${testIdPrefix}-cycle`, `${testIdPrefix}-period` */
  testIdPrefix: string;
}) {
  const { t, i18n } = useTranslation();
  const options = !cycle || cycles.some((c) => c.id === cycle.id) ? cycles : [cycle, ...cycles];
  const period = cycle?.periods.find((p) => p.id === periodId) ?? null;
  return (
    <Group gap="sm" wrap="wrap" align="flex-end">
      <NativeSelect
        label={t('cycles.picker.cycle')}
        value={cycle?.id ?? ''}
        onChange={(e) => {
          const next = options.find((c) => c.id === e.currentTarget.value);
          if (next) onChange({ cycleId: next.id, periodId: defaultPeriodOf(next) });
        }}
        data={[
          ...(cycle ? [] : [{ value: '', label: t('cycles.picker.choose') }]),
          ...options.map((c) => ({ value: c.id, label: String(c.year) })),
        ]}
        data-testid={`${testIdPrefix}-cycle`}
        miw={120}
        style={{ flex: '0 1 8rem' }}
      />
      <NativeSelect
        label={t('cycles.picker.period')}
        value={periodId ?? ''}
        onChange={(e) => {
          if (cycle && e.currentTarget.value)
            onChange({ cycleId: cycle.id, periodId: e.currentTarget.value });
        }}
        data={[
          ...(period ? [] : [{ value: '', label: t('cycles.picker.choose') }]),
          ...(cycle?.periods ?? []).map((p) => ({
            value: p.id,
            label:
              p.kind === 'annual'
                ? `${periodLabel(p.label, i18n.language)} · ${t('cycles.picker.annual')}`
                : periodLabel(p.label, i18n.language),
          })),
        ]}
        data-testid={`${testIdPrefix}-period`}
        miw={180}
        style={{ flex: '1 1 12rem' }}
      />
    </Group>
  );
}
