import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EscalationStatus } from '../types';

/** Menunggu keputusan / Diputuskan. */
export function EscalationStatusChip({ status }: { status: EscalationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={status === 'open' ? 'red' : 'teal'}
      variant="light"
      radius="sm"
      size="sm"
      data-status={status}
    >
      {t(`escalations.status.${status}`)}
    </Badge>
  );
}
