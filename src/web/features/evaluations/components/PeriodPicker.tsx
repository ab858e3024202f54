import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../lib/format';
import type { Cycle, Period } from '../../cycles/types';

/** The period to show by default: the one containing today, else the latest that has started, else the first. */
export function defaultPeriod(periods: readonly Period[], today = todayIso()): Period | null {
  const periodic = periods.filter((p) => p.kind === 'periodic');
  const containing = periodic.find((p) => p.startDate <= today && today <= p.endDate);
  if (containing) return containing;
  const started = periodic.filter((p) => p.startDate <= today);
  return started[started.length - 1] ?? periods[0] ?? null;
}

/** Tahun + Periode selects (native selects: keyboard and phone friendly). */
export function PeriodPicker({
  cycles,
  cycle,
  periodId,
  onChange,
}: {
  cycles: readonly Cycle[];
  cycle: Cycle | null;
  periodId: string | null;
  onChange: (next: { cycleId: string; periodId: string | null }) => void;
}) {
  const { t } = useTranslation();
  const cycleOptions = cycles.some((c) => c.id === cycle?.id) || !cycle ? cycles : [cycle, ...cycles];
  return (
    <Group gap="sm" wrap="wrap" align="flex-end">
      <NativeSelect
        label={t('evaluations.cycle')}
        value={cycle?.id ?? ''}
        onChange={(e) => {
          const next = cycleOptions.find((c) => c.id === e.currentTarget.value);
          if (next) onChange({ cycleId: next.id, periodId: defaultPeriod(next.periods)?.id ?? null });
        }}
        data={cycleOptions.map((c) => ({ value: c.id, label: String(c.year) }))}
        data-testid="evaluation-cycle-select"
        miw={120}
      />
      <NativeSelect
        label={t('evaluations.period')}
        value={periodId ?? ''}
        onChange={(e) => cycle && onChange({ cycleId: cycle.id, periodId: e.currentTarget.value || null })}
        data={(cycle?.periods ?? []).map((p) => ({ value: p.id, label: p.label }))}
        data-testid="evaluation-period-select"
        miw={200}
      />
    </Group>
  );
}
