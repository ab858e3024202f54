import { Anchor, Badge, Button, Card, List, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/EmptyState';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { CardsSkeleton } from '../../../components/Skeletons';
import { StatusChip } from '../../../components/StatusChip';
import { useCurrentCycle } from '../../cycles';
import { shorten } from '../../work-plans';
import { useTeamMatrix } from '../api/get-team-matrix';
import { AssignPanel } from '../components/AssignPanel';
import type { TeamMatrixView } from '../types';

type Sub = TeamMatrixView['subordinates'][number];
type Linked = Sub['pending'];

function LinkedList({ items }: { items: Linked }) {
  const { t } = useTranslation();
  if (items.length === 0)
    return (
      <Text size="xs" c="dimmed">
        {t('common.none')}
      </Text>
    );
  return (
    <List size="xs" spacing={2}>
      {items.map((r) => (
        <List.Item key={r.id}>
          {shorten(r.text, 90)}
          {r.kind === 'additional' ? (
            <Text span size="xs" c="dimmed">
              {' '}
              ({t('terms.kind.additional')})
            </Text>
          ) : null}
        </List.Item>
      ))}
    </List>
  );
}

function SubordinateHead({ s }: { s: Sub }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {s.name}
      </Text>
      <Text size="xs" c="dimmed">
        {s.positionTitle}
      </Text>
      {s.plan ? (
        <Anchor component={Link} to={`/plans/${s.plan.id}`} size="xs">
          <StatusChip status={s.plan.status} />
        </Anchor>
      ) : (
        <Badge color="gray" variant="outline" radius="sm" size="sm">
          {t('matrix.noPlan')}
        </Badge>
      )}
    </Stack>
  );
}

function MatrixGrid({ matrix }: { matrix: TeamMatrixView }) {
  const { t } = useTranslation();
  const results = matrix.leaderPlan?.results ?? [];
  return (
    <Table.ScrollContainer minWidth={240 + matrix.subordinates.length * 200}>
      <Table withTableBorder withColumnBorders verticalSpacing="sm" data-testid="matrix-grid" stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={260}>{t('matrix.myResults')}</Table.Th>
            {matrix.subordinates.map((s) => (
              <Table.Th key={s.employeeId} miw={200}>
                <SubordinateHead s={s} />
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {results.map((r, i) => (
            <Table.Tr key={r.id} data-testid="matrix-row">
              <Table.Th scope="row" fw={500} style={{ verticalAlign: 'top' }}>
                <Text size="sm">
                  {i + 1}. {r.text}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`terms.kind.${r.kind}`)}
                </Text>
              </Table.Th>
              {matrix.subordinates.map((s) => (
                <Table.Td key={s.employeeId} style={{ verticalAlign: 'top' }} data-testid="matrix-cell">
                  <LinkedList items={s.links[r.id] ?? []} />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th scope="row" style={{ verticalAlign: 'top' }}>
              <Text size="sm" c="orange">
                {t('matrix.pending')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('matrix.pendingHint')}
              </Text>
            </Table.Th>
            {matrix.subordinates.map((s) => (
              <Table.Td key={s.employeeId} style={{ verticalAlign: 'top' }}>
                <LinkedList items={s.pending} />
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function MatrixCards({ matrix }: { matrix: TeamMatrixView }) {
  const { t } = useTranslation();
  const results = matrix.leaderPlan?.results ?? [];
  const withPending = matrix.subordinates.filter((s) => s.pending.length > 0);
  const withoutPlan = matrix.subordinates.filter((s) => !s.plan);
  return (
    <Stack gap="sm" data-testid="matrix-cards">
      {results.map((r, i) => {
        const supporting = matrix.subordinates.filter((s) => (s.links[r.id] ?? []).length > 0);
        const others = matrix.subordinates.filter((s) => (s.links[r.id] ?? []).length === 0);
        return (
          <Card key={r.id} withBorder padding="sm" radius="md" data-testid="matrix-row">
            <Text size="sm" fw={600}>
              {i + 1}. {r.text}
            </Text>
            <Text size="xs" c="dimmed" mb="xs">
              {t(`terms.kind.${r.kind}`)} · {t('matrix.supportedBy', { count: supporting.length })}
            </Text>
            <Stack gap="xs">
              {supporting.map((s) => (
                <div key={s.employeeId}>
                  <Text size="sm" fw={500}>
                    {s.name}
                  </Text>
                  <LinkedList items={s.links[r.id] ?? []} />
                </div>
              ))}
              {others.length > 0 ? (
                <Text size="xs" c="dimmed">
                  {t('matrix.notSupportedBy', { names: others.map((s) => s.name).join(', ') })}
                </Text>
              ) : null}
            </Stack>
          </Card>
        );
      })}
      <Card withBorder padding="sm" radius="md">
        <Text size="sm" fw={600} c="orange">
          {t('matrix.pending')}
        </Text>
        <Text size="xs" c="dimmed" mb="xs">
          {t('matrix.pendingHint')}
        </Text>
        <Stack gap="xs">
          {withPending.length === 0 ? (
            <Text size="xs" c="dimmed">
              {t('common.none')}
            </Text>
          ) : (
            withPending.map((s) => (
              <div key={s.employeeId}>
                <SubordinateHead s={s} />
                <LinkedList items={s.pending} />
              </div>
            ))
          )}
          {withoutPlan.length > 0 ? (
            <Text size="xs" c="dimmed">
              {t('matrix.withoutPlan', { names: withoutPlan.map((s) => s.name).join(', ') })}
            </Text>
          ) : null}
        </Stack>
      </Card>
    </Stack>
  );
}

/** Matriks Peran Hasil: my results against my direct reports' results that support them. */
export function TeamMatrixPage() {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  const cycle = useCurrentCycle();
  const matrix = useTeamMatrix(cycle.data?.id);

  const loading = <CardsSkeleton count={2} />;
  const body = (
    <QueryState query={cycle} loading={loading}>
      {(current) =>
        !current ? (
          <EmptyState title={t('myPlan.noCycle')} description={t('myPlan.noCycleHint')} />
        ) : (
          <QueryState query={matrix} loading={loading}>
            {(m) =>
              m.subordinates.length === 0 ? (
                <EmptyState title={t('matrix.noSubordinates')} description={t('matrix.noSubordinatesHint')} />
              ) : !m.leaderPlan ? (
                <EmptyState
                  title={t('matrix.noLeaderPlan')}
                  description={t('matrix.noLeaderPlanHint')}
                  action={
                    <Button component={Link} to="/plans/mine" mt="sm">
                      {t('nav.myPlan')}
                    </Button>
                  }
                />
              ) : (
                <Stack gap="lg">
                  {m.leaderPlan.results.length === 0 ? (
                    <EmptyState title={t('matrix.noResults')} description={t('matrix.noResultsHint')} />
                  ) : wide ? (
                    <MatrixGrid matrix={m} />
                  ) : (
                    <MatrixCards matrix={m} />
                  )}
                  <AssignPanel key={m.leaderPlan.id} matrix={m} />
                </Stack>
              )
            }
          </QueryState>
        )
      }
    </QueryState>
  );

  return (
    <>
      <PageHeader
        title={t('matrix.title')}
        description={
          cycle.data ? t('matrix.descriptionYear', { year: cycle.data.year }) : t('matrix.description')
        }
      />
      {body}
    </>
  );
}

export default TeamMatrixPage;
