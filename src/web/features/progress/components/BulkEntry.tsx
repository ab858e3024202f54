import { Alert, Button, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { entryProblems } from '../../../../domain/progress/rules';
import { NumberField } from '../../../components/NumberField';
import { fieldIssuesFor } from '../../../lib/form';
import { formatNumber } from '../../../lib/format';
import { numberProblemKey, parseLocaleNumber } from '../../../lib/numbers';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { formatTarget } from '../../work-plans';
import { useBulkProgress } from '../api/bulk-progress';
import { defaultPeriodId } from '../format';
import type { ProgressGridView } from '../types';
import { usePeriodLabel } from '../../../lib/use-period-label';

interface Row {
  value: string;
  text: string;
  note: string;
}

/** Bulk entry: every indicator of one period in one table, sent at once (all or nothing). */
export function BulkEntry({ planId, grid }: { planId: string; grid: ProgressGridView }) {
  const periodName = usePeriodLabel();
  const { t, i18n } = useTranslation();
  const openPeriods = grid.periods.filter((p) => p.status === 'open');
  const indicators = grid.results.flatMap((r) => r.indicators);
  const [periodId, setPeriodId] = useState(defaultPeriodId(grid.periods) ?? '');
  const [rows, setRows] = useState<Record<string, Row>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const bulk = useBulkProgress(planId);

  if (openPeriods.length === 0) {
    return <Alert color="gray">{t('progress.noOpenPeriod')}</Alert>;
  }

  const row = (id: string): Row => rows[id] ?? { value: '', text: '', note: '' };
  const set = (id: string, patch: Partial<Row>) => setRows((r) => ({ ...r, [id]: { ...row(id), ...patch } }));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    const sent: string[] = [];
    const entries = [];
    for (const ind of indicators) {
      const r = row(ind.id);
      if (!r.value.trim() && !r.text.trim()) continue;
      const read = parseLocaleNumber(r.value, i18n.language, { allowNegative: false });
      if (!read.ok) {
        next[`${ind.id}.value`] = t(numberProblemKey(read.problem));
        continue;
      }
      const value = read.value;
      for (const p of entryProblems(ind, { value, text: r.text.trim() || null }))
        next[`${ind.id}.${p.path}`] ??= t(`validation.${p.code}`);
      sent.push(ind.id);
      entries.push({ indicatorId: ind.id, value, text: r.text.trim() || null, note: r.note.trim() || null });
    }
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    if (entries.length === 0) {
      setErrors({ form: t('progress.bulk.nothing') });
      return;
    }
    try {
      const result = await bulk.mutateAsync({ periodId, entries });
      notifySuccess(t('progress.bulk.done', { n: formatNumber(result.items.length, i18n.language) }));
      setRows({});
    } catch (error) {
      const mapped: Record<string, string> = {};
      for (const issue of fieldIssuesFor(error)) {
        const m = /^entries\.(\d+)\.(\w+)$/.exec(issue.path);
        const id = m ? sent[Number(m[1])] : undefined;
        if (id && m) mapped[`${id}.${m[2] === 'text' ? 'text' : 'value'}`] = issue.message;
      }
      setErrors(mapped);
      if (Object.keys(mapped).length === 0) notifyError(error, t);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="progress-bulk">
      <Stack gap="sm">
        <NativeSelect
          label={t('progress.period')}
          value={periodId}
          onChange={(e) => setPeriodId(e.currentTarget.value)}
          data={openPeriods.map((p) => ({ value: p.id, label: periodName(p.label) }))}
          data-testid="bulk-period"
          maw={320}
        />
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('progress.indicator')}</Table.Th>
                <Table.Th w={140}>{t('progress.value')}</Table.Th>
                <Table.Th>{t('progress.textShort')}</Table.Th>
                <Table.Th>{t('progress.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {indicators.map((ind) => (
                <Table.Tr key={ind.id} data-testid="bulk-row">
                  <Table.Td>
                    <Text size="xs">{ind.text}</Text>
                    <Text size="xs" c="dimmed">
                      {t('progress.target')}: {formatTarget(ind, i18n.language) ?? t('common.none')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {ind.numeric ? (
                      <NumberField
                        size="sm"
                        aria-label={t('progress.valueFor', { indicator: ind.text })}
                        value={row(ind.id).value}
                        onChange={(text) => set(ind.id, { value: text })}
                        error={errors[`${ind.id}.value`]}
                        data-testid="bulk-value"
                      />
                    ) : (
                      <Text size="xs" c="dimmed">
                        {t('progress.narrative')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="sm"
                      aria-label={t('progress.textFor', { indicator: ind.text })}
                      value={row(ind.id).text}
                      onChange={(e) => set(ind.id, { text: e.currentTarget.value })}
                      error={errors[`${ind.id}.text`]}
                      data-testid="bulk-text"
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="sm"
                      aria-label={t('progress.noteFor', { indicator: ind.text })}
                      value={row(ind.id).note}
                      onChange={(e) => set(ind.id, { note: e.currentTarget.value })}
                      data-testid="bulk-note"
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {errors.form ? (
          <Text size="sm" c="red" role="alert">
            {errors.form}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" loading={bulk.isPending} data-testid="bulk-save">
            {t('progress.bulk.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
