import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EvaluationStatus } from '../types';

const COLORS: Record<EvaluationStatus | 'not_started', string> = {
  not_started: 'gray',
  draft: 'blue',
  final: 'teal',
};

/** Belum dimulai / Draf / Final: the text names the state, so it reads without colour. */
export function EvaluationStatusChip({
  status,
  testId,
}: {
  status: EvaluationStatus | 'not_started';
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Badge
      color={COLORS[status]}
      variant={status === 'not_started' ? 'outline' : 'light'}
      radius="sm"
      size="sm"
      data-testid={testId}
      data-status={status}
    >
      {t(`evaluations.status.${status}`)}
    </Badge>
  );
}
