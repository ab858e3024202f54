import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ObjectionStatus } from '../types';

const COLORS: Record<ObjectionStatus, MantineColor> = {
  filed: 'blue',
  explanations_requested: 'orange',
  decided: 'teal',
};

/** The objection's state in words (Diajukan, Menunggu penjelasan, Diputuskan). */
export function ObjectionStatusChip({ status }: { status: ObjectionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" radius="sm" size="sm" data-status={status}>
      {t(`objections.status.${status}`)}
    </Badge>
  );
}
