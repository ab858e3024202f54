import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The same chip for the same state everywhere. The text always names the state, so it reads without colour.
 */
export type ChipStatus =
  | 'active'
  | 'inactive'
  | 'ok'
  | 'error'
  | 'revoked'
  | 'plt'
  | 'plh'
  // work plan (SKP) workflow
  | 'draft'
  | 'submitted'
  | 'returned'
  | 'approved'
  // periods
  | 'open'
  | 'locked'
  // indicator library
  | 'proposed'
  | 'adopted'
  | 'declined';

const COLORS: Record<ChipStatus, MantineColor> = {
  active: 'teal',
  inactive: 'gray',
  ok: 'teal',
  error: 'red',
  revoked: 'gray',
  plt: 'grape',
  plh: 'indigo',
  draft: 'gray',
  submitted: 'blue',
  returned: 'orange',
  approved: 'teal',
  open: 'teal',
  locked: 'gray',
  proposed: 'blue',
  adopted: 'teal',
  declined: 'red',
};

export function StatusChip({
  status,
  testId,
  size = 'sm',
}: {
  status: ChipStatus;
  testId?: string;
  size?: 'sm' | 'md' | 'lg';
}) {
  const { t } = useTranslation();
  return (
    <Badge
      color={COLORS[status]}
      variant="light"
      radius="sm"
      size={size}
      data-testid={testId ?? `status-${status}`}
      data-status={status}
    >
      {t(`status.${status}`)}
    </Badge>
  );
}
