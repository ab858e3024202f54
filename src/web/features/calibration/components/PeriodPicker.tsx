import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../../lib/format';
import { useCurrentCycle } from '../../cycles/api/get-current-cycle';
import { useCycles } from '../../cycles/api/list-cycles';
import type { Cycle } from '../../cycles/types';

/**
 * The period a cycle's assessment pages open on: the periodic period that contains today, else the annual one
 * (or the last period of the cycle).
 */
export function defaultPeriodId(cycle: Cycle | null | undefined, today = todayIso()): string | null {
  if (!cycle || cycle.periods.length === 0) return null;
  const current = cycle.periods.find(
    (p) => p.kind === 'periodic' && p.startDate <= today && today <= p.endDate,
  );
  if (current) return current.id;
  const annual = cycle.periods.find((p) => p.kind === 'annual');
  return (annual ?? cycle.periods[cycle.periods.length - 1])?.id ?? null;
}

/**
 * The period to show: the one in the URL, else the default of the current cycle. `isPending` while the cycles
 * are still loading (the page shows its skeleton then).
 */
export function usePeriodChoice(fromUrl: string | null) {
  const cycles = useCycles();
  const current = useCurrentCycle();
  const periodId = fromUrl ?? defaultPeriodId(current.data ?? cycles.data?.items[0]);
  const cycle =
    cycles.data?.items.find((c) => c.periods.some((p) => p.id === periodId)) ??
    (current.data?.periods.some((p) => p.id === periodId) ? current.data : null);
  const period = cycle?.periods.find((p) => p.id === periodId) ?? null;
  return {
    periodId,
    period,
    cycle,
    cycles: cycles.data?.items ?? [],
    isPending: cycles.isPending || current.isPending,
    error: cycles.error ?? current.error,
  };
}

/** Cycle (year) and period selects; choosing another year opens its default period. */
export function PeriodPicker({
  periodId,
  onChange,
  testIdPrefix,
}: {
  periodId: string | null;
  onChange: (periodId: string) => void;
  testIdPrefix: string;
}) {
  const { t } = useTranslation();
  const choice = usePeriodChoice(periodId);
  const cycles = choice.cycles.length > 0 ? choice.cycles : choice.cycle ? [choice.cycle] : [];
  return (
    <Group gap="sm" wrap="wrap" align="flex-end">
      <NativeSelect
        label={t('calibration.period.cycle')}
        value={choice.cycle?.id ?? ''}
        onChange={(e) => {
          const next = cycles.find((c) => c.id === e.currentTarget.value);
          const id = defaultPeriodId(next);
          if (id) onChange(id);
        }}
        data={[
          ...(choice.cycle ? [] : [{ value: '', label: t('calibration.period.choose') }]),
          ...cycles.map((c) => ({ value: c.id, label: String(c.year) })),
        ]}
        data-testid={`${testIdPrefix}-cycle`}
        miw={120}
        style={{ flex: '0 1 8rem' }}
      />
      <NativeSelect
        label={t('calibration.period.period')}
        value={choice.periodId ?? ''}
        onChange={(e) => {
          if (e.currentTarget.value) onChange(e.currentTarget.value);
        }}
        data={[
          ...(choice.period ? [] : [{ value: '', label: t('calibration.period.choose') }]),
          ...(choice.cycle?.periods ?? []).map((p) => ({
            value: p.id,
            label: p.kind === 'annual' ? `${p.label} · ${t('calibration.period.annual')}` : p.label,
          })),
        ]}
        data-testid={`${testIdPrefix}-period`}
        miw={180}
        style={{ flex: '1 1 12rem' }}
      />
    </Group>
  );
}
