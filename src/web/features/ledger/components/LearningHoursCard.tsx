import type { TFunction } from 'i18next';
import { Group, List, Progress, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isNotFound, QueryState } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { formatDate, formatNumber } from '../../../lib/format';
import { useLearningHours } from '../api/get-learning-hours';
import type { LearningHoursView } from '../types';
import { StandingBadge } from './StandingBadge';

/** The sentence under the total: what the bound asks and how far the employee is from it. */
function boundText(view: LearningHoursView, t: TFunction, lang: string): string {
  const n = (v: number) => formatNumber(v, lang, 1);
  if (view.minimum !== null) {
    if (view.shortfall > 0)
      return t(view.standing === 'missed' ? 'learningHours.missedBy' : 'learningHours.shortBy', {
        shortfall: n(view.shortfall),
        minimum: n(view.minimum),
        year: view.year,
      });
    return t('learningHours.minimumMet', { minimum: n(view.minimum) });
  }
  if (view.maximum !== null) {
    if (view.overMaximum > 0)
      return t('learningHours.overBy', { over: n(view.overMaximum), maximum: n(view.maximum) });
    return t('learningHours.withinMaximum', { left: n(view.maximum - view.hours), maximum: n(view.maximum) });
  }
  return '';
}

/**
 * Jam Pelajaran (JP): the hours of the development items completed this year against the bound of the employee's
 * ASN type (PNS at least 20, PPPK at most 24), with the items. Hidden when the caller may not read the ledger.
 */
export function LearningHoursCard({ employeeId, year = null }: { employeeId: string; year?: number | null }) {
  const { t, i18n } = useTranslation();
  const query = useLearningHours(employeeId, year);
  if (query.isError && isNotFound(query.error)) return null;
  return (
    <SectionCard
      id="learning-hours-title"
      title={t('learningHours.title')}
      hint={t('learningHours.rule')}
      testId="learning-hours"
    >
      <QueryState
        query={query}
        loading={
          <Stack gap="xs" aria-busy="true">
            <Skeleton height={20} width="30%" />
            <Skeleton height={8} />
          </Stack>
        }
      >
        {(view) => {
          const bound = view.minimum ?? view.maximum ?? 0;
          const value = bound > 0 ? Math.min(100, (view.hours / bound) * 100) : 0;
          return (
            <Stack gap="sm">
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Text fw={700} size="xl" data-testid="jp-hours">
                  {t('learningHours.hoursOfYear', {
                    hours: formatNumber(view.hours, i18n.language, 1),
                    year: view.year,
                  })}
                </Text>
                <StandingBadge standing={view.standing} />
              </Group>
              <Progress
                value={value}
                color={view.standing === 'over' ? 'grape' : view.standing === 'met' ? 'teal' : 'blue'}
                aria-label={t('learningHours.progressLabel', {
                  hours: formatNumber(view.hours, i18n.language, 1),
                  bound: formatNumber(bound, i18n.language, 1),
                })}
              />
              <Text size="sm" data-testid="jp-bound">
                {boundText(view, t, i18n.language)}
              </Text>
              {view.items.length === 0 ? (
                <Text size="sm" c="dimmed" data-testid="jp-empty">
                  {t('learningHours.empty')}
                </Text>
              ) : (
                <List size="sm" spacing={4} aria-label={t('learningHours.itemsLabel')} data-testid="jp-items">
                  {view.items.map((item) => (
                    <List.Item key={item.id}>
                      {t('learningHours.item', {
                        title: item.title,
                        hours: formatNumber(item.hours, i18n.language, 1),
                        date: formatDate(item.completedAt, i18n.language),
                      })}
                    </List.Item>
                  ))}
                </List>
              )}
            </Stack>
          );
        }}
      </QueryState>
    </SectionCard>
  );
}
