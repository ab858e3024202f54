import { Badge, Button, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { QueryState } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { ListSkeleton } from '../../../components/Skeletons';
import { usePeriodLabel } from '../../../lib/use-period-label';
import { useCurrentCycle, useCycles } from '../../cycles';
import { tppXlsxUrl, useTppExport } from '../api/tpp';
import type { TppExportView } from '../types';

function TppTables({ view }: { view: TppExportView }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      {view.items.length === 0 ? (
        <EmptyState title={t('tpp.export.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped withTableBorder data-testid="tpp-items">
            <Table.Caption>{t('tpp.export.caption', { count: view.items.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tpp.columns.nip')}</Table.Th>
                <Table.Th>{t('tpp.columns.name')}</Table.Th>
                <Table.Th>{t('tpp.columns.unit')}</Table.Th>
                <Table.Th>{t('tpp.columns.predicate')}</Table.Th>
                <Table.Th ta="right">{t('tpp.columns.percentage')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.items.map((i) => (
                <Table.Tr key={i.evaluationId}>
                  <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{i.nip}</Table.Td>
                  <Table.Td>{i.name}</Table.Td>
                  <Table.Td>{i.unitName}</Table.Td>
                  <Table.Td>{t(`evaluations.predicates.${i.predicate}`)}</Table.Td>
                  <Table.Td ta="right">{`${i.percentage}%`}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Stack gap="xs">
        <Group gap="xs">
          <Title order={3} fz="h5" id="tpp-missing-title">
            {t('tpp.export.missingTitle')}
          </Title>
          <Badge
            color={view.missing.length > 0 ? 'orange' : 'teal'}
            variant="light"
            data-testid="tpp-missing-count"
          >
            {view.missing.length}
          </Badge>
        </Group>
        {view.missing.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('tpp.export.noneMissing')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={420}>
            <Table withTableBorder aria-labelledby="tpp-missing-title" data-testid="tpp-missing">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('tpp.columns.nip')}</Table.Th>
                  <Table.Th>{t('tpp.columns.name')}</Table.Th>
                  <Table.Th>{t('tpp.columns.unit')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {view.missing.map((m) => (
                  <Table.Tr key={m.employeeId}>
                    <Table.Td>{m.nip}</Table.Td>
                    <Table.Td>{m.name}</Table.Td>
                    <Table.Td>{m.unitName}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Stack>
  );
}

/** Ekspor TPP: pick a periodic period → who gets which percentage, who has no final evaluation, and the XLSX. */
export function TppExportSection() {
  const { t } = useTranslation();
  const periodName = usePeriodLabel();
  const cycles = useCycles();
  const current = useCurrentCycle();
  const [cycleId, setCycleId] = useState<string | null>(null);
  const [periodId, setPeriodId] = useState<string | null>(null);
  const chosen = cycleId ?? current.data?.id ?? cycles.data?.items[0]?.id ?? null;
  const cycle =
    cycles.data?.items.find((c) => c.id === chosen) ?? (current.data?.id === chosen ? current.data : null);
  const periodic = (cycle?.periods ?? []).filter((p) => p.kind === 'periodic');
  const query = useTppExport(periodId);

  return (
    <SectionCard
      id="tpp-export-title"
      title={t('tpp.export.title')}
      hint={t('tpp.export.hint')}
      testId="tpp-export"
      actions={
        periodId ? (
          <Button component="a" href={tppXlsxUrl(periodId)} variant="light" data-testid="tpp-xlsx">
            {t('tpp.export.xlsx')}
          </Button>
        ) : undefined
      }
    >
      <Group gap="sm" wrap="wrap" align="flex-end">
        <NativeSelect
          label={t('tpp.export.cycle')}
          value={chosen ?? ''}
          onChange={(e) => {
            setCycleId(e.currentTarget.value);
            setPeriodId(null);
          }}
          data={(cycles.data?.items ?? []).map((c) => ({ value: c.id, label: String(c.year) }))}
          data-testid="tpp-cycle"
          miw={120}
        />
        <NativeSelect
          label={t('tpp.export.period')}
          value={periodId ?? ''}
          onChange={(e) => setPeriodId(e.currentTarget.value || null)}
          data={[
            { value: '', label: t('tpp.export.choosePeriod') },
            ...periodic.map((p) => ({ value: p.id, label: periodName(p.label) })),
          ]}
          data-testid="tpp-period"
          miw={200}
        />
      </Group>
      {periodId ? (
        <QueryState query={query} loading={<ListSkeleton rows={4} />}>
          {(view) => <TppTables view={view} />}
        </QueryState>
      ) : (
        <Text size="sm" c="dimmed">
          {t('tpp.export.pickPeriod')}
        </Text>
      )}
    </SectionCard>
  );
}
