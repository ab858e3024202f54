import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusChip } from '../../../components/StatusChip';
import { formatDate } from '../../../lib/format';
import { revisionLabel } from '../format';
import type { WorkPlanListItem } from '../types';

/** A plan in a list: who, status chip, version, submitted date, pending links. */
export function PlanListCard({
  item,
  showEmployee,
  yearLabel,
  testId = 'plan-row',
}: {
  item: WorkPlanListItem;
  showEmployee: boolean;
  yearLabel?: string;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder padding="sm" radius="md" data-testid={testId} data-plan-id={item.id}>
      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Anchor component={Link} to={`/plans/${item.id}`} fw={600} size="sm" data-testid={`${testId}-link`}>
            {showEmployee ? item.employeeName : (yearLabel ?? t('plan.listTitle'))}
          </Anchor>
          {showEmployee ? (
            <Text size="xs" c="dimmed" ff="monospace">
              {item.employeeNip} · {item.unitName}
            </Text>
          ) : null}
          <Text size="xs" c="dimmed">
            {revisionLabel(item.revision, t)} · {t(`terms.approach.${item.approach}`)} ·{' '}
            {t('plan.resultCount', { count: item.resultCount })}
          </Text>
          <Text size="xs" c="dimmed">
            {item.approvedAt
              ? t('plan.versions.approvedOn', { date: formatDate(item.approvedAt, i18n.language) })
              : item.submittedAt
                ? t('inbox.submittedOn', { date: formatDate(item.submittedAt, i18n.language) })
                : t('plan.updatedOn', { date: formatDate(item.updatedAt, i18n.language) })}
          </Text>
        </Stack>
        <Stack gap={4} align="flex-end">
          <StatusChip status={item.status} testId={`${testId}-status`} />
          {item.pendingLinks > 0 ? (
            <Badge color="orange" variant="outline" radius="sm" size="sm">
              {t('plan.pendingLinks', { count: item.pendingLinks })}
            </Badge>
          ) : null}
        </Stack>
      </Group>
    </Card>
  );
}
