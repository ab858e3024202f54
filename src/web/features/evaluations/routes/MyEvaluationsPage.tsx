import { Card, Group, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { PageHeader } from '../../../components/PageHeader';
import { Pager } from '../../../components/Pager';
import { QueryState } from '../../../components/QueryState';
import { CardsSkeleton } from '../../../components/Skeletons';
import { useUser } from '../../../lib/auth';
import { formatDate } from '../../../lib/format';
import { useEvaluations } from '../api/list-evaluations';
import { DevelopmentPlans } from '../components/DevelopmentPlans';
import { EvaluationStatusChip } from '../components/EvaluationStatusChip';
import { PredicateChip } from '../components/PredicateChip';
import { RatingChip } from '../components/RatingChip';
import type { EvaluationListItem } from '../types';
import { usePeriodLabel } from '../../../lib/use-period-label';
import { CreditPointsCard, LearningHoursCard } from '../../ledger';
import { ImprovementBanner } from '../../improvement';

const PAGE_SIZE = 20;

function EvaluationCard({ item }: { item: EvaluationListItem }) {
  const periodName = usePeriodLabel();
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder padding="sm" data-testid={`my-evaluation-${item.id}`} data-status={item.status}>
      <UnstyledButton
        component={Link}
        to={`/evaluations/${item.id}`}
        data-testid="my-evaluation-open"
        style={{ display: 'block', width: '100%' }}
      >
        <Stack gap={6}>
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Text fw={600} size="sm" td="underline">
              {periodName(item.periodLabel)}
            </Text>
            <Group gap={6} wrap="wrap">
              <EvaluationStatusChip status={item.status} />
              <PredicateChip predicate={item.predicate} />
            </Group>
          </Group>
          {item.status === 'final' ? (
            <Group gap={6} wrap="wrap">
              <RatingChip rating={item.resultRating} size="xs" />
              <RatingChip rating={item.behaviourRating} size="xs" />
            </Group>
          ) : null}
          <Text size="xs" c="dimmed">
            {[
              item.unitName,
              item.finalizedAt
                ? t('evaluations.mine.finalizedAt', { date: formatDate(item.finalizedAt, i18n.language) })
                : null,
              item.acknowledgedAt
                ? t('evaluations.mine.acknowledged', { date: formatDate(item.acknowledgedAt, i18n.language) })
                : item.status === 'final'
                  ? t('evaluations.mine.toAcknowledge')
                  : null,
              item.objectionStatus ? t(`evaluations.objectionStatus.${item.objectionStatus}`) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </Stack>
      </UnstyledButton>
    </Card>
  );
}

/** Evaluasi Saya: my evaluations per period, newest first, with the predicate; then my development plans. */
export function MyEvaluationsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const [page, setPage] = useState(1);
  const employeeId = user.employeeId;
  const query = useEvaluations(
    { employeeId: employeeId ?? undefined, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
    { enabled: Boolean(employeeId) },
  );

  const body = !employeeId ? (
    <EmptyState title={t('evaluations.noEmployee')} description={t('evaluations.noEmployeeHint')} />
  ) : (
    <QueryState query={query} loading={<CardsSkeleton count={3} />}>
      {(data) =>
        data.items.length === 0 ? (
          <EmptyState title={t('evaluations.mine.empty')} description={t('evaluations.mine.emptyHint')} />
        ) : (
          <>
            <SimpleGrid
              cols={{ base: 1, md: 2 }}
              spacing="sm"
              data-testid="my-evaluation-list"
              style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}
            >
              {data.items.map((item) => (
                <EvaluationCard key={item.id} item={item} />
              ))}
            </SimpleGrid>
            <Pager total={data.total} page={page} pageSize={PAGE_SIZE} onChange={setPage} />
          </>
        )
      }
    </QueryState>
  );

  return (
    <>
      <PageHeader title={t('evaluations.mine.title')} description={t('evaluations.mine.description')} />
      <Stack gap="md">
        {employeeId ? <ImprovementBanner employeeId={employeeId} /> : null}
        {body}
        {employeeId ? <DevelopmentPlans employeeId={employeeId} canStartVoluntary /> : null}
        {employeeId ? <CreditPointsCard employeeId={employeeId} /> : null}
        {employeeId ? <LearningHoursCard employeeId={employeeId} /> : null}
      </Stack>
    </>
  );
}

export default MyEvaluationsPage;
