import { Anchor, Button, Card, Group, Modal, Stack, Tabs, Text } from '@mantine/core';
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
import { NOMINATIONS_PAGE, useNominations } from '../api/list-nominations';
import { NominationDecisionForm } from '../components/NominationDecisionForm';
import { NominationStatusChip } from '../components/NominationStatusChip';
import type { NominationTab, NominationView } from '../types';

const TABS: NominationTab[] = ['nominated', 'accepted', 'declined'];

function NominationCard({ n, onDecide }: { n: NominationView; onDecide: () => void }) {
  const { t, i18n } = useTranslation();
  const periodName = usePeriodLabel();
  return (
    <Card withBorder padding="sm" data-testid={`nomination-row-${n.id}`}>
      <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 14rem' }}>
          <Anchor
            component={Link}
            to={`/evaluations/${n.evaluationId}`}
            fw={600}
            style={{ overflowWrap: 'anywhere' }}
          >
            {n.employeeName}
          </Anchor>
          <Text size="xs" c="dimmed">
            {[
              n.nip ? `NIP ${formatNip(n.nip, n.asnType ?? 'PNS')}` : null,
              n.unitName,
              n.periodLabel ? periodName(n.periodLabel) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <Text size="sm" fw={600}>
            {t(`nominations.kinds.${n.kind}`)}
          </Text>
          <Text size="sm" lineClamp={4} style={{ overflowWrap: 'anywhere' }}>
            {n.reason}
          </Text>
          <Text size="xs" c="dimmed">
            {t('nominations.by', { name: n.nominatedByName, date: formatDate(n.createdAt, i18n.language) })}
          </Text>
          {n.decisionNote ? (
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t('nominations.decisionNote', { note: n.decisionNote })}
              {n.decidedByName ? ` — ${n.decidedByName}` : ''}
            </Text>
          ) : null}
        </Stack>
        <Stack gap={6} align="flex-end">
          <NominationStatusChip status={n.status} />
          {n.can.decide ? (
            <Button size="xs" onClick={onDecide} data-testid={`nomination-decide-${n.id}`}>
              {t('nominations.decide.button')}
            </Button>
          ) : null}
        </Stack>
      </Group>
    </Card>
  );
}

/** Usulan Penghargaan (`/nominations?status=…`): HR and the agency head decide the assessors' nominations. */
export function NominationsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status: NominationTab = raw === 'accepted' || raw === 'declined' ? raw : 'nominated';
  const [page, setPage] = useState(1);
  const query = useNominations(status, (page - 1) * NOMINATIONS_PAGE);
  const [deciding, setDeciding] = useState<NominationView | null>(null);

  return (
    <>
      <PageHeader title={t('nominations.title')} description={t('nominations.description')} />
      <Stack gap="md">
        <Tabs
          value={status}
          onChange={(v) => {
            if (v === 'nominated' || v === 'accepted' || v === 'declined') {
              setParams({ status: v });
              setPage(1);
            }
          }}
        >
          <Tabs.List>
            {TABS.map((s) => (
              <Tabs.Tab key={s} value={s} data-testid={`nominations-tab-${s}`}>
                {t(`nominations.tabs.${s}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
        <QueryState query={query} loading={<ListSkeleton rows={4} />}>
          {(data) =>
            data.items.length === 0 ? (
              <EmptyState title={t(`nominations.empty.${status}`)} description={t('nominations.emptyHint')} />
            ) : (
              <Stack
                gap="xs"
                data-testid="nomination-list"
                style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}
              >
                {data.items.map((n) => (
                  <NominationCard key={n.id} n={n} onDecide={() => setDeciding(n)} />
                ))}
                <Pager total={data.total} page={page} pageSize={NOMINATIONS_PAGE} onChange={setPage} />
              </Stack>
            )
          }
        </QueryState>
      </Stack>
      <Modal
        opened={deciding !== null}
        onClose={() => setDeciding(null)}
        title={deciding ? t('nominations.decide.title', { name: deciding.employeeName }) : ''}
        size="lg"
      >
        {deciding ? <NominationDecisionForm nomination={deciding} onDone={() => setDeciding(null)} /> : null}
      </Modal>
    </>
  );
}

export default NominationsPage;
