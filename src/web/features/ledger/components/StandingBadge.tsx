import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LearningHoursView } from '../types';

const COLORS: Record<LearningHoursView['standing'], string> = {
  met: 'teal',
  within: 'teal',
  short: 'orange',
  missed: 'red',
  over: 'grape',
};

/** Where an employee stands against the JP bound of their ASN type (the text says it: not colour alone). */
export function StandingBadge({ standing }: { standing: LearningHoursView['standing'] }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={COLORS[standing]}
      variant="light"
      radius="sm"
      data-testid="jp-standing"
      data-standing={standing}
    >
      {t(`learningHours.standing.${standing}`)}
    </Badge>
  );
}
