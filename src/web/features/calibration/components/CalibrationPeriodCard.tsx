import { Card } from '@mantine/core';
import { calibrationPeriodId, PeriodPicker } from '../../cycles';
import type { usePeriodChoice } from './use-period-choice';

/** The calibration pages' year and period selects; another year opens on its calibration period. */
export function CalibrationPeriodCard({
  choice,
  onChange,
  testIdPrefix,
}: {
  choice: ReturnType<typeof usePeriodChoice>;
  onChange: (periodId: string) => void;
  testIdPrefix: string;
}) {
  return (
    <Card withBorder padding="md">
      <PeriodPicker
        cycles={choice.cycles}
        cycle={choice.cycle}
        periodId={choice.periodId}
        defaultPeriodOf={calibrationPeriodId}
        onChange={(next) => {
          if (next.periodId) onChange(next.periodId);
        }}
        testIdPrefix={testIdPrefix}
      />
    </Card>
  );
}
