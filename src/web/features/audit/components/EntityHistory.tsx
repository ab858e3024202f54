import { Card, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { Pager } from '../../../components/Pager';
import { QueryState } from '../../../components/QueryState';
import { ListSkeleton } from '../../../components/Skeletons';
import { useAuditEntries } from '../api/list-audit';
import { AuditEntryList } from './AuditEntryList';

const PAGE_SIZE = 10;

/** "Riwayat perubahan": the audit entries of one record (admin and auditor). */
export function EntityHistory({ entityType, entityId }: { entityType: string; entityId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useAuditEntries({ entityType, entityId }, PAGE_SIZE, (page - 1) * PAGE_SIZE);
  return (
    <Card
      withBorder
      padding="md"
      data-testid="change-history"
      component="section"
      aria-labelledby="history-title"
    >
      <Title order={2} fz="h4" mb="sm" id="history-title">
        {t('history.title')}
      </Title>
      <QueryState query={query} loading={<ListSkeleton rows={3} />}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('history.empty')} />
          ) : (
            <>
              <AuditEntryList entries={data.items} showEntity={false} />
              <Pager total={data.total} page={page} pageSize={PAGE_SIZE} onChange={setPage} />
            </>
          )
        }
      </QueryState>
    </Card>
  );
}

export default EntityHistory;
