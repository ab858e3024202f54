import { Button, Group, NativeSelect, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/SectionCard';
import { useCurrentCycle, useCycles } from '../../cycles';
import { UnitSelect } from '../../units';
import { creditPointsXlsxUrl } from '../api/tpp';

/** Angka Kredit for the PAK: a cycle and optionally a unit (with its subtree) → the XLSX. */
export function CreditPointsExportSection() {
  const { t } = useTranslation();
  const cycles = useCycles();
  const current = useCurrentCycle();
  const [cycleId, setCycleId] = useState<string | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const chosen = cycleId ?? current.data?.id ?? cycles.data?.items[0]?.id ?? null;
  return (
    <SectionCard
      id="credit-export-title"
      title={t('creditPoints.export.title')}
      hint={t('creditPoints.export.hint')}
      testId="credit-points-export"
    >
      <Group gap="sm" wrap="wrap" align="flex-end">
        <NativeSelect
          label={t('creditPoints.cycle')}
          value={chosen ?? ''}
          onChange={(e) => setCycleId(e.currentTarget.value)}
          data={(cycles.data?.items ?? []).map((c) => ({ value: c.id, label: String(c.year) }))}
          data-testid="credit-export-cycle"
          miw={120}
        />
        <UnitSelect
          label={t('creditPoints.export.unit')}
          value={unitId}
          onChange={setUnitId}
          placeholder={t('creditPoints.export.allUnits')}
          clearable
          testId="credit-export-unit"
        />
        {chosen ? (
          <Button
            component="a"
            href={creditPointsXlsxUrl(chosen, unitId)}
            variant="light"
            data-testid="credit-points-xlsx"
          >
            {t('creditPoints.export.xlsx')}
          </Button>
        ) : (
          <Text size="sm" c="dimmed">
            {t('creditPoints.export.noCycle')}
          </Text>
        )}
      </Group>
    </SectionCard>
  );
}
