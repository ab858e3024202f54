import { Anchor, Card, Group, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { PageHeader } from '../../../components/PageHeader';
import { Pager } from '../../../components/Pager';
import { QueryState } from '../../../components/QueryState';
import { ListSkeleton } from '../../../components/Skeletons';
import { formatDate } from '../../../lib/format';
import { OBJECTIONS_PAGE, useObjections } from '../api/list-objections';
import { ObjectionStatusChip } from '../components/ObjectionStatusChip';
import type { ObjectionTab } from '../types';
import { usePeriodLabel } from '../../../lib/use-period-label';

const TABS: ObjectionTab[] = ['open', 'decided'];

/** Keberatan (`/objections?status=open|decided`): the objections the caller filed, decides, or oversees. */
export function ObjectionsPage() {
  const periodName = usePeriodLabel();
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status: ObjectionTab = params.get('status') === 'decided' ? 'decided' : 'open';
  const [page, setPage] = useState(1);
  const query = useObjections(status, (page - 1) * OBJECTIONS_PAGE);

  const body = (
    <QueryState query={query} loading={<ListSkeleton rows={4} />}>
      {(data) =>
        data.items.length === 0 ? (
          <EmptyState title={t(`objections.empty.${status}`)} description={t('objections.emptyHint')} />
        ) : (
          <Stack gap="xs" data-testid="objection-list" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
            {data.items.map((o) => (
              <Card key={o.id} withBorder padding="sm" data-testid={`objection-row-${o.id}`}>
                <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
                  <Stack gap={2} style={{ minWidth: 0, flex: '1 1 14rem' }}>
                    <Anchor
                      component={Link}
                      to={`/objections/${o.id}`}
                      fw={600}
                      style={{ overflowWrap: 'anywhere' }}
                    >
                      {t('objections.rowTitle', { name: o.employeeName, period: periodName(o.periodLabel) })}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {[
                        t('objections.filedAt', { date: formatDate(o.filedAt, i18n.language) }),
                        o.deciderName ? t('objections.deciderIs', { name: o.deciderName }) : null,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                    <Text size="sm" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                      {o.reason}
                    </Text>
                  </Stack>
                  <Stack gap={4} align="flex-end">
                    <ObjectionStatusChip status={o.status} />
                    {o.outcome ? (
                      <Text size="xs" fw={600}>
                        {t(`objections.outcome.${o.outcome}`)}
                      </Text>
                    ) : null}
                  </Stack>
                </Group>
              </Card>
            ))}
            <Pager total={data.total} page={page} pageSize={OBJECTIONS_PAGE} onChange={setPage} />
          </Stack>
        )
      }
    </QueryState>
  );

  return (
    <>
      <PageHeader title={t('objections.title')} description={t('objections.description')} />
      <Stack gap="md">
        <Tabs
          value={status}
          onChange={(v) => {
            if (v === 'open' || v === 'decided') {
              setParams({ status: v });
              setPage(1);
            }
          }}
        >
          <Tabs.List>
            {TABS.map((s) => (
              <Tabs.Tab key={s} value={s} data-testid={`objections-tab-${s}`}>
                {t(`objections.tabs.${s}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
        {body}
      </Stack>
    </>
  );
}

export default ObjectionsPage;
