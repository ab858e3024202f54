import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { CardsSkeleton } from '../../../components/Skeletons';
import type { Page } from '../../../lib/api-client';
import { formatDate, todayIso } from '../../../lib/format';
import { useCycles } from '../api/list-cycles';
import type { Cycle } from '../types';
import { CreateCycleModal } from '../components/CreateCycleModal';

/** Periode (HR): the performance cycles, newest first, and a new one. */
export function CyclesPage() {
  const { t, i18n } = useTranslation();
  const query = useCycles();
  const [creating, setCreating] = useState(false);
  const today = todayIso();

  const list = (data: Page<Cycle>) =>
    data.items.length === 0 ? (
      <EmptyState
        title={t('cycles.empty')}
        description={t('cycles.emptyHint')}
        action={
          <Button mt="sm" onClick={() => setCreating(true)}>
            {t('cycles.create')}
          </Button>
        }
      />
    ) : (
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" data-testid="cycle-list">
        {data.items.map((c) => {
          const running = c.startDate <= today && today <= c.endDate;
          return (
            <Card key={c.id} withBorder padding="md" radius="md" data-testid="cycle-item">
              <Group justify="space-between" gap="xs">
                <Anchor
                  component={Link}
                  to={`/admin/cycles/${c.id}`}
                  fw={700}
                  size="lg"
                  data-testid="cycle-link"
                >
                  {t('cycles.yearTitle', { year: c.year })}
                </Anchor>
                {c.status === 'closed' ? (
                  <Badge color="gray" variant="filled" radius="sm" data-testid="cycle-closed-badge">
                    {t('cycleClosing.badge')}
                  </Badge>
                ) : running ? (
                  <Badge color="teal" variant="light" radius="sm">
                    {t('cycles.running')}
                  </Badge>
                ) : null}
              </Group>
              <Text size="sm" c="dimmed">
                {formatDate(c.startDate, i18n.language)} – {formatDate(c.endDate, i18n.language)}
              </Text>
              <Text size="sm">{t(`cycles.frequency.${c.frequency}`)}</Text>
              <Text size="xs" c="dimmed">
                {c.planningDeadline
                  ? t('cycles.planningDeadlineOn', { date: formatDate(c.planningDeadline, i18n.language) })
                  : t('cycles.noPlanningDeadline')}
              </Text>
            </Card>
          );
        })}
      </SimpleGrid>
    );

  return (
    <>
      <PageHeader
        title={t('cycles.title')}
        description={t('cycles.description')}
        actions={
          <Button onClick={() => setCreating(true)} data-testid="cycle-create">
            {t('cycles.create')}
          </Button>
        }
      />
      <Stack gap="md">
        <QueryState query={query} loading={<CardsSkeleton count={2} />}>
          {list}
        </QueryState>
      </Stack>
      <CreateCycleModal opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}

export default CyclesPage;
