import {
  ActionIcon,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  SegmentedControl,
  Stack,
  Text,
} from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ruleText } from '../../evaluations';
import { PREDICATES, type OrgPredicate, type Predicate } from '../types';
import type { RuleField, RuleRow } from './settings-form';

const KINDS = ['max', 'min', 'none'] as const;

interface RuleRowEditorProps {
  op: OrgPredicate;
  index: number;
  row: RuleRow;
  amountError: string | undefined;
  predicatesError: string | undefined;
  /** sets one field of this row (`rule`, `unit`, `amount`, `predicates`) */
  onChange: (op: OrgPredicate, index: number, field: RuleField, value: unknown) => void;
  onRemove: (op: OrgPredicate, index: number) => void;
}

/**
 * The form clones its values on every change, so rows are compared by content; the callbacks only forward to
 * the form's setters (which read the latest values), so a new identity of them does not matter.
 */
function sameRow(a: RuleRowEditorProps, b: RuleRowEditorProps): boolean {
  return (
    a.op === b.op &&
    a.index === b.index &&
    a.amountError === b.amountError &&
    a.predicatesError === b.predicatesError &&
    a.row.key === b.row.key &&
    a.row.rule === b.row.rule &&
    a.row.unit === b.row.unit &&
    a.row.amount === b.row.amount &&
    a.row.predicates.join() === b.row.predicates.join()
  );
}

/**
 * One rule of the distribution table: kind, the predicates counted together, and a percent or a head count,
 * with the rule in words below. Memoised: typing in one row does not re-render the other rows.
 */
export const RuleRowEditor = memo(function RuleRowEditor({
  op,
  index,
  row,
  amountError,
  predicatesError,
  onChange,
  onRemove,
}: RuleRowEditorProps) {
  const { t, i18n } = useTranslation();
  const id = `settings-rule-${op}-${index}`;
  const amount = row.amount === '' ? null : Number(row.amount);
  const preview =
    row.predicates.length > 0
      ? ruleText(t, i18n.language, {
          rule: row.rule,
          predicates: row.predicates,
          percent: row.unit === 'percent' ? amount : null,
          persons: row.unit === 'persons' ? amount : null,
          limit: null,
        })
      : null;
  return (
    <Paper withBorder p="sm" radius="md" data-testid={id}>
      <Stack gap="xs">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <NativeSelect
            label={t('assessmentSettings.rule.kind')}
            data={KINDS.map((k) => ({ value: k, label: t(`assessmentSettings.rule.kinds.${k}`) }))}
            value={row.rule}
            onChange={(e) => onChange(op, index, 'rule', e.currentTarget.value)}
            data-testid={`${id}-kind`}
            style={{ flex: '1 1 9rem' }}
          />
          {row.rule !== 'none' ? (
            <>
              <SegmentedControl
                aria-label={t('assessmentSettings.rule.unit')}
                data={[
                  { value: 'percent', label: t('assessmentSettings.rule.units.percent') },
                  { value: 'persons', label: t('assessmentSettings.rule.units.persons') },
                ]}
                value={row.unit}
                onChange={(v) => onChange(op, index, 'unit', v === 'persons' ? 'persons' : 'percent')}
                data-testid={`${id}-unit`}
              />
              <NumberInput
                label={
                  row.unit === 'percent'
                    ? t('assessmentSettings.rule.percent')
                    : t('assessmentSettings.rule.persons')
                }
                min={0}
                max={row.unit === 'percent' ? 100 : 10_000}
                allowNegative={false}
                allowDecimal={row.unit === 'percent'}
                clampBehavior="none"
                rightSection={row.unit === 'percent' ? '%' : undefined}
                value={row.amount}
                onChange={(v) => onChange(op, index, 'amount', v)}
                error={amountError}
                data-testid={`${id}-amount`}
                style={{ flex: '1 1 7rem' }}
              />
            </>
          ) : null}
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('assessmentSettings.rule.remove', { n: index + 1 })}
            onClick={() => onRemove(op, index)}
            data-testid={`${id}-remove`}
          >
            <span aria-hidden="true">✕</span>
          </ActionIcon>
        </Group>
        <Checkbox.Group
          label={t('assessmentSettings.rule.predicates')}
          value={row.predicates}
          onChange={(v) => onChange(op, index, 'predicates', v as Predicate[])}
          error={predicatesError}
        >
          <Group gap="sm" mt={4} wrap="wrap">
            {PREDICATES.map((p) => (
              <Checkbox
                key={p}
                value={p}
                label={t(`calibration.predicates.${p}`)}
                data-testid={`${id}-predicate-${p}`}
              />
            ))}
          </Group>
        </Checkbox.Group>
        {preview ? (
          <Text size="xs" c="dimmed" data-testid={`${id}-text`}>
            {preview}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}, sameRow);
