import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The same chip for the same state everywhere. The text always names the state, so it reads without colour.
 */
export type ChipStatus = 'active' | 'inactive' | 'ok' | 'error' | 'revoked' | 'plt' | 'plh';

const COLORS: Record<ChipStatus, MantineColor> = {
  active: 'teal',
  inactive: 'gray',
  ok: 'teal',
  error: 'red',
  revoked: 'gray',
  plt: 'grape',
  plh: 'indigo',
};

export function StatusChip({ status, testId }: { status: ChipStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" radius="sm" data-testid={testId ?? `status-${status}`}>
      {t(`status.${status}`)}
    </Badge>
  );
}
