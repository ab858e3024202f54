import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { ListSkeleton } from '../../../components/Skeletons';
import { StatusChip } from '../../../components/StatusChip';
import { formatDate } from '../../../lib/format';
import { useVersions } from '../api/list-versions';
import { revisionLabel } from '../format';

/** Versi: the original and every amendment, oldest first, each a link. */
export function VersionsPanel({ planId }: { planId: string }) {
  const { t, i18n } = useTranslation();
  const query = useVersions(planId);
  const body = (
    <QueryState query={query} loading={<ListSkeleton rows={2} />}>
      {(data) =>
        data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('plan.versions.empty')}
          </Text>
        ) : (
          <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
            {data.items.map((v) => (
              <li key={v.id} data-testid="version-item" data-current={v.isCurrent}>
                <Group justify="space-between" gap="xs" wrap="wrap">
                  {v.id === planId ? (
                    <Text size="sm" fw={700} aria-current="page">
                      {revisionLabel(v.revision, t)}
                    </Text>
                  ) : (
                    <Anchor component={Link} to={`/plans/${v.id}`} size="sm" fw={600}>
                      {revisionLabel(v.revision, t)}
                    </Anchor>
                  )}
                  <Group gap={4}>
                    {v.isCurrent ? (
                      <Text size="xs" c="teal" fw={600}>
                        {t('plan.versions.current')}
                      </Text>
                    ) : null}
                    <StatusChip status={v.status} testId="version-status" />
                  </Group>
                </Group>
                <Text size="xs" c="dimmed">
                  {v.approvedAt
                    ? t('plan.versions.approvedOn', { date: formatDate(v.approvedAt, i18n.language) })
                    : t('plan.versions.createdOn', { date: formatDate(v.createdAt, i18n.language) })}
                </Text>
                {v.amendmentReason ? (
                  <Text size="xs" c="dimmed">
                    {t('plan.versions.reason', { reason: v.amendmentReason })}
                  </Text>
                ) : null}
              </li>
            ))}
          </Stack>
        )
      }
    </QueryState>
  );
  return (
    <SectionCard id="plan-versions-title" title={t('plan.versions.title')} testId="plan-versions">
      {body}
    </SectionCard>
  );
}
