import { Badge, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/QueryState';
import { ListSkeleton } from '../../../components/Skeletons';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { useProgressEntries } from '../api/list-progress';
import { achievementColor, formatPercent } from '../format';
import type { GridIndicator, GridPeriod } from '../types';
import { EvidenceList } from './EvidenceList';
import { usePeriodLabel } from '../../../lib/use-period-label';

interface Props {
  planId: string;
  indicator: GridIndicator | null;
  period: GridPeriod | null;
  onClose: () => void;
}

/** Every entry of one cell, newest first (the first one counts), with its evidence. */
export function CellHistory({ planId, indicator, period, onClose }: Props) {
  const periodName = usePeriodLabel();
  const { t, i18n } = useTranslation();
  const query = useProgressEntries(planId, indicator && period ? period.id : null);
  const entries = (query.data?.items ?? []).filter((e) => e.indicatorId === indicator?.id);
  const unit = indicator?.unit?.trim() ? ` ${indicator.unit.trim()}` : '';
  return (
    <Modal
      opened={Boolean(indicator && period)}
      onClose={onClose}
      title={period ? t('progress.history.title', { period: periodName(period.label) }) : ''}
      size="lg"
    >
      {indicator ? (
        <Text size="sm" mb="sm">
          {indicator.text}
        </Text>
      ) : null}
      <QueryState query={query} loading={<ListSkeleton rows={2} />}>
        {() =>
          entries.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('progress.cell.none')}
            </Text>
          ) : (
            <Stack gap="sm" data-testid="progress-history">
              {entries.map((e, i) => (
                <Paper key={e.id} withBorder p="sm" radius="md" data-testid="progress-history-entry">
                  <Group justify="space-between" gap="xs" wrap="wrap">
                    <Group gap={6}>
                      <Text size="sm" fw={600}>
                        {e.value !== null
                          ? `${formatNumber(e.value, i18n.language)}${unit}`
                          : t('progress.narrative')}
                      </Text>
                      {e.achievement !== null ? (
                        <Badge variant="light" color={achievementColor(e.achievement)}>
                          {formatPercent(e.achievement, i18n.language)}
                        </Badge>
                      ) : null}
                      {i === 0 ? (
                        <Badge variant="outline" color="blue" size="sm">
                          {t('progress.history.counts')}
                        </Badge>
                      ) : null}
                    </Group>
                    <Text size="xs" c="dimmed">
                      {e.createdByName} · {formatDateTime(e.createdAt, i18n.language)}
                    </Text>
                  </Group>
                  {e.text ? (
                    <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                      {e.text}
                    </Text>
                  ) : null}
                  {e.note ? (
                    <Text size="xs" c="dimmed" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                      {t('progress.note')}: {e.note}
                    </Text>
                  ) : null}
                  <Text size="xs" fw={600} mt="xs">
                    {t('progress.evidence.title')}
                  </Text>
                  <EvidenceList planId={planId} evidence={e.evidence} />
                </Paper>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Modal>
  );
}
