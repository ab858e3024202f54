import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NominationStatus } from '../types';

const COLORS: Record<NominationStatus, MantineColor> = {
  nominated: 'blue',
  accepted: 'teal',
  declined: 'gray',
};

/** Diusulkan / Diterima / Tidak diterima. */
export function NominationStatusChip({ status }: { status: NominationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" radius="sm" size="sm" data-status={status}>
      {t(`nominations.status.${status}`)}
    </Badge>
  );
}
