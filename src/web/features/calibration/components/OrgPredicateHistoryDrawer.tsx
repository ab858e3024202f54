import { Drawer, Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { QueryState } from '../../../components/QueryState';
import { ListSkeleton } from '../../../components/Skeletons';
import { formatDateTime } from '../../../lib/format';
import { useOrgPredicateHistory } from '../api/get-org-predicate-history';
import { OrgPredicateBadge } from './OrgPredicateBadge';

/** Every predicate the unit was given for the period: who set it, when, on what basis. */
export function OrgPredicateHistoryDrawer({
  unit,
  periodId,
  onClose,
}: {
  unit: { id: string; name: string } | null;
  periodId: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const query = useOrgPredicateHistory(unit?.id ?? null, periodId);
  const body = !unit ? null : (
    <QueryState query={query} loading={<ListSkeleton rows={3} />}>
      {(data) =>
        data.history.length === 0 ? (
          <EmptyState title={t('orgPredicates.history.empty')} />
        ) : (
          <Timeline bulletSize={14} lineWidth={2} data-testid="org-predicate-history">
            {data.history.map((h) => (
              <Timeline.Item key={h.id} title={<OrgPredicateBadge predicate={h.predicate} size="xs" />}>
                <Stack gap={2}>
                  <Text size="xs" c="dimmed">
                    {t('orgPredicates.setBy', {
                      name: h.setByName,
                      at: formatDateTime(h.setAt, i18n.language),
                    })}
                  </Text>
                  {h.basis ? (
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                      {h.basis}
                    </Text>
                  ) : null}
                </Stack>
              </Timeline.Item>
            ))}
          </Timeline>
        )
      }
    </QueryState>
  );
  return (
    <Drawer
      opened={unit !== null}
      onClose={onClose}
      position="right"
      size="md"
      title={unit ? t('orgPredicates.history.title', { unit: unit.name }) : ''}
    >
      {body}
    </Drawer>
  );
}
