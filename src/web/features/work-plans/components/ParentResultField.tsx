import { Badge, NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessorPlanState } from '../api/use-assessor-plan';
import { shorten } from '../format';

/** Options for "RHK Pimpinan yang Diintervensi": the assessor's results, main ones first. */
export function parentOptions(state: AssessorPlanState, placeholder: string) {
  if (state.kind !== 'ready') return [{ value: '', label: placeholder }];
  const results = [...state.plan.results].sort((a, b) =>
    a.kind === b.kind ? a.position - b.position : a.kind === 'main' ? -1 : 1,
  );
  return [
    { value: '', label: placeholder },
    ...results.map((r, i) => ({ value: r.id, label: `${i + 1}. ${shorten(r.text, 140)}` })),
  ];
}

/** The pending-link badge: the leader's SKP is missing, or this result is not linked yet. */
export function PendingLinkBadge({ waitingForLeader }: { waitingForLeader: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge
      color="orange"
      variant="light"
      radius="sm"
      data-testid="result-link-pending"
      tt="none"
      style={{ whiteSpace: 'normal', height: 'auto' }}
    >
      {waitingForLeader ? t('plan.link.waitingLeader') : t('plan.link.pending')}
    </Badge>
  );
}

interface ParentResultFieldProps {
  state: AssessorPlanState;
  value: string | null;
  /** the linked result's text from the plan itself (readable even when the leader's plan is not) */
  currentText: string | null;
  onChange?: (parentResultId: string | null) => void;
  disabled?: boolean;
  testId: string;
  error?: string | undefined;
}

/** Select of the assessor's results, or an explanation of why the link has to wait. */
export function ParentResultField({
  state,
  value,
  currentText,
  onChange,
  disabled,
  testId,
  error,
}: ParentResultFieldProps) {
  const { t } = useTranslation();
  const label = t('plan.result.parent');
  if (state.kind === 'ready' && onChange) {
    const options = parentOptions(state, t('plan.result.parentPlaceholder'));
    // keep a link to a result the leader has since removed visible
    if (value && !options.some((o) => o.value === value)) {
      options.push({
        value,
        label: currentText ? shorten(currentText, 140) : t('plan.result.parentUnknown'),
      });
    }
    return (
      <NativeSelect
        label={label}
        description={t('plan.result.parentHint', { name: state.plan.employee.name })}
        data={options}
        value={value ?? ''}
        onChange={(e) => onChange(e.currentTarget.value || null)}
        disabled={disabled ?? false}
        data-testid={testId}
        error={error}
      />
    );
  }
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      {currentText ? (
        <Text size="sm" data-testid={`${testId}-text`}>
          {currentText}
        </Text>
      ) : state.kind === 'loading' ? (
        <Text size="sm" c="dimmed">
          {t('common.loading')}
        </Text>
      ) : state.kind === 'no_assessor' ? (
        <Text size="sm" c="dimmed">
          {t('plan.link.notRequired')}
        </Text>
      ) : (
        <Text size="sm" c="dimmed" data-testid={`${testId}-pending`}>
          {state.kind === 'missing' || state.kind === 'ready'
            ? t('plan.link.waitingLeaderHint')
            : t('plan.link.unavailableHint')}
        </Text>
      )}
    </Stack>
  );
}
