import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrgPredicate } from '../types';

const COLORS: Record<OrgPredicate, MantineColor> = {
  istimewa: 'teal',
  baik: 'blue',
  butuh_perbaikan: 'yellow',
  kurang: 'orange',
  sangat_kurang: 'red',
};

/** Capaian Kinerja Organisasi as a chip; "belum ditetapkan" when the unit has none for the period. */
export function OrgPredicateBadge({
  predicate,
  testId,
  size = 'sm',
}: {
  predicate: OrgPredicate | null;
  testId?: string;
  size?: 'xs' | 'sm' | 'md';
}) {
  const { t } = useTranslation();
  return (
    <Badge
      size={size}
      radius="sm"
      variant={predicate ? 'light' : 'outline'}
      color={predicate ? COLORS[predicate] : 'gray'}
      data-testid={testId}
      data-org-predicate={predicate ?? 'none'}
    >
      {predicate ? t(`calibration.orgPredicates.${predicate}`) : t('calibration.orgPredicateNone')}
    </Badge>
  );
}
