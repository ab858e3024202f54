import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodTargets } from '../../../../domain/progress/period-targets';
import { NumberField, numberFieldError } from '../../../components/NumberField';
import { formatNumber } from '../../../lib/format';
import { errorMessage, notifySuccess } from '../../../lib/notify';
import { parseLocaleNumber } from '../../../lib/numbers';
import { useCycle } from '../../cycles';
import { useSetPeriodTargets } from '../api/set-period-targets';
import type { IndicatorView, WorkPlanView } from '../types';
import { usePeriodLabel } from '../../../lib/use-period-label';

interface Row {
  periodId: string;
  /** set by hand (kept on save); otherwise the row shows the split of what the others leave */
  overridden: boolean;
  /** the typed text of an overridden row */
  text: string;
}

/**
 * Target per periode (domain §4): each periodic period's target — the split of the annual target, or set by hand
 * (marked) — and, while the plan is editable, an editor that previews the split of the rest as targets are typed
 * and saves the overrides through the PUT; the server's message (the sum rule) shows inline.
 */
export function PeriodTargets({ plan, indicator }: { plan: WorkPlanView; indicator: IndicatorView }) {
  const periodName = usePeriodLabel();
  const { t, i18n } = useTranslation();
  const cycle = useCycle(plan.cycleId);
  const save = useSetPeriodTargets(plan.id);
  const [rows, setRows] = useState<Row[] | null>(null);
  const language = i18n.language;
  const n = (v: number | null) => (v === null ? t('common.none') : formatNumber(v, language));
  const unit = indicator.unit ? ` ${indicator.unit}` : '';
  if (indicator.target === null || indicator.periodTargets.length === 0) return null;

  const labels = new Map((cycle.data?.periods ?? []).map((p) => [p.id, periodName(p.label)]));
  const labelOf = (periodId: string, i: number) =>
    labels.get(periodId) ?? t('plan.periodTargets.periodN', { n: i + 1 });
  const editing = rows !== null && plan.can.edit;

  // the preview: the overrides being typed, the split of the rest (what the server will store and show)
  const typed = (rows ?? []).map((r) => {
    const parsed = parseLocaleNumber(r.text, language);
    return { ...r, value: r.overridden && parsed.ok ? parsed.value : null };
  });
  const overrides = Object.fromEntries(
    typed.filter((r) => r.value !== null).map((r) => [r.periodId, r.value as number]),
  );
  const preview = editing
    ? periodTargets(
        indicator.target,
        indicator.aggregation,
        indicator.periodTargets.map((p) => p.periodId),
        overrides,
      )
    : indicator.periodTargets;
  const sum = preview.reduce((a, p) => a + (p.target ?? 0), 0);
  const invalid = typed.some((r) => r.overridden && numberFieldError(r.text, language, t) !== null);

  const start = () => {
    save.reset();
    setRows(
      indicator.periodTargets.map((p) => ({
        periodId: p.periodId,
        overridden: p.overridden,
        text: p.overridden && p.target !== null ? formatNumber(p.target, language) : '',
      })),
    );
  };
  const change = (periodId: string, patch: Partial<Row>) =>
    setRows((rs) => (rs ?? []).map((r) => (r.periodId === periodId ? { ...r, ...patch } : r)));
  const submit = () => {
    const targets = typed
      .filter((r) => r.overridden && r.value !== null)
      .map((r) => ({ periodId: r.periodId, target: r.value }));
    save.mutate(
      { indicatorId: indicator.id, body: { targets } },
      {
        onSuccess: () => {
          setRows(null);
          notifySuccess(t('plan.periodTargets.saved'));
        },
      },
    );
  };

  return (
    <Stack gap={4} data-testid="period-targets">
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600}>
          {t('plan.periodTargets.title')}
        </Text>
        {plan.can.edit && !editing ? (
          <Button size="xs" variant="subtle" onClick={start} data-testid="period-targets-edit">
            {t('plan.periodTargets.edit')}
          </Button>
        ) : null}
      </Group>
      <Text size="xs" c="dimmed">
        {t(`plan.periodTargets.hint.${indicator.aggregation}`)}
      </Text>
      <Table withRowBorders={false} verticalSpacing={2} fz="sm">
        <Table.Tbody>
          {preview.map((p, i) => {
            const row = rows?.find((r) => r.periodId === p.periodId);
            const overridden = editing ? Boolean(row?.overridden) : p.overridden;
            return (
              <Table.Tr key={p.periodId} data-testid="period-target-row" data-period-id={p.periodId}>
                <Table.Td>{labelOf(p.periodId, i)}</Table.Td>
                <Table.Td>
                  {editing && row ? (
                    <NumberField
                      size="xs"
                      aria-label={t('plan.periodTargets.fieldLabel', { period: labelOf(p.periodId, i) })}
                      placeholder={p.target === null ? '' : formatNumber(p.target, language)}
                      value={
                        row.overridden ? row.text : p.target === null ? '' : formatNumber(p.target, language)
                      }
                      onChange={(text) => change(p.periodId, { text, overridden: true })}
                      data-testid="period-target-input"
                    />
                  ) : (
                    <Text span size="sm" fw={600} data-testid="period-target-value">
                      {n(p.target)}
                      {unit}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {overridden ? (
                    <Badge size="xs" variant="light" color="orange" data-testid="period-target-overridden">
                      {t('plan.periodTargets.overridden')}
                    </Badge>
                  ) : (
                    <Text span size="xs" c="dimmed">
                      {t('plan.periodTargets.split')}
                    </Text>
                  )}
                </Table.Td>
                {editing ? (
                  <Table.Td>
                    {row?.overridden ? (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        onClick={() => change(p.periodId, { overridden: false, text: '' })}
                        data-testid="period-target-reset"
                      >
                        {t('plan.periodTargets.reset')}
                      </Button>
                    ) : null}
                  </Table.Td>
                ) : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {indicator.aggregation === 'sum' ? (
        <Text size="xs" c="dimmed" data-testid="period-targets-sum">
          {t('plan.periodTargets.sum', { sum: n(sum), annual: n(indicator.target) })}
        </Text>
      ) : null}
      {editing && save.isError ? (
        <Alert color="red" variant="light" p="xs" data-testid="period-targets-error">
          {errorMessage(save.error, t)}
        </Alert>
      ) : null}
      {editing ? (
        <Group gap="xs" justify="flex-end">
          <Button size="xs" variant="default" onClick={() => setRows(null)}>
            {t('actions.cancel')}
          </Button>
          <Button
            size="xs"
            onClick={submit}
            loading={save.isPending}
            disabled={invalid}
            data-testid="period-targets-save"
          >
            {t('plan.periodTargets.save')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
