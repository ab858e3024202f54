import { Anchor, Card, Group, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatNip } from '../../../../domain/people/nip';
import { EmptyState } from '../../../components/EmptyState';
import { PageHeader } from '../../../components/PageHeader';
import { Pager } from '../../../components/Pager';
import { QueryState } from '../../../components/QueryState';
import { ListSkeleton } from '../../../components/Skeletons';
import { formatDate } from '../../../lib/format';
import { usePeriodLabel } from '../../../lib/use-period-label';
import { PredicateChip } from '../../evaluations';
import { ESCALATIONS_PAGE, useEscalations } from '../api/list-escalations';
import { EscalationStatusChip } from '../components/EscalationStatusChip';

const TABS = ['open', 'decided'] as const;
type Tab = (typeof TABS)[number];

/** Eskalasi (`/escalations?status=open|decided`): the agency head decides, HR reads. */
export function EscalationsPage() {
  const { t, i18n } = useTranslation();
  const periodName = usePeriodLabel();
  const [params, setParams] = useSearchParams();
  const status: Tab = params.get('status') === 'decided' ? 'decided' : 'open';
  const [page, setPage] = useState(1);
  const query = useEscalations(status, (page - 1) * ESCALATIONS_PAGE);

  return (
    <>
      <PageHeader title={t('escalations.title')} description={t('escalations.description')} />
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
              <Tabs.Tab key={s} value={s} data-testid={`escalations-tab-${s}`}>
                {t(`escalations.tabs.${s}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
        <QueryState query={query} loading={<ListSkeleton rows={4} />}>
          {(data) =>
            data.items.length === 0 ? (
              <EmptyState title={t(`escalations.empty.${status}`)} description={t('escalations.emptyHint')} />
            ) : (
              <Stack
                gap="xs"
                data-testid="escalation-list"
                style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}
              >
                {data.items.map((e) => (
                  <Card key={e.id} withBorder padding="sm" data-testid={`escalation-row-${e.id}`}>
                    <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
                      <Stack gap={2} style={{ minWidth: 0, flex: '1 1 14rem' }}>
                        <Anchor
                          component={Link}
                          to={`/escalations/${e.id}`}
                          fw={600}
                          style={{ overflowWrap: 'anywhere' }}
                        >
                          {e.employeeName}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {[
                            e.nip ? `NIP ${formatNip(e.nip, e.asnType ?? 'PNS')}` : null,
                            e.unitName,
                            t('escalations.raisedAt', { date: formatDate(e.createdAt, i18n.language) }),
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        </Text>
                        <Group gap={6} wrap="wrap">
                          <Text size="xs">{periodName(e.history.opening.periodLabel)}</Text>
                          <PredicateChip predicate={e.history.opening.predicate} size="xs" />
                          <Text size="xs" aria-hidden="true">
                            →
                          </Text>
                          <Text size="xs">{periodName(e.history.further.periodLabel)}</Text>
                          <PredicateChip predicate={e.history.further.predicate} size="xs" />
                        </Group>
                      </Stack>
                      <Stack gap={4} align="flex-end">
                        <EscalationStatusChip status={e.status} />
                        {e.decision ? (
                          <Text size="xs" fw={600}>
                            {t(`escalations.decisions.${e.decision}`)}
                          </Text>
                        ) : null}
                      </Stack>
                    </Group>
                  </Card>
                ))}
                <Pager total={data.total} page={page} pageSize={ESCALATIONS_PAGE} onChange={setPage} />
              </Stack>
            )
          }
        </QueryState>
      </Stack>
    </>
  );
}

export default EscalationsPage;
