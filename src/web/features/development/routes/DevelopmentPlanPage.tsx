import { Badge, Button, Card, Grid, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { BERAKHLAK } from '../../../../domain/work-plans/berakhlak';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { formatNumber } from '../../../lib/format';
import { usePeriodLabel } from '../../../lib/use-period-label';
import { PredicateChip } from '../../evaluations';
import {
  useDevelopmentPlan,
  type DevelopmentPlanDetail,
  type RecommendationView,
} from '../api/get-development-plan';
import { AddItemModal } from '../components/AddItemModal';
import { AgreementCard } from '../components/AgreementCard';
import { ItemList } from '../components/ItemList';
import { RecommendationList } from '../components/RecommendationList';

const PLAN_COLORS = { open: 'blue', done: 'teal', cancelled: 'gray' } as const;

function FocusAreas({ plan }: { plan: DevelopmentPlanDetail }) {
  const { t } = useTranslation();
  const label = (a: DevelopmentPlanDetail['focusAreas'][number]) => {
    const value = a.value ? BERAKHLAK[a.value].label : null;
    switch (a.kind) {
      case 'result':
        return t('development.focus.result', { text: a.text });
      case 'behaviour':
        return t('development.focus.behaviour', { label: value ?? a.text });
      case 'own':
        return t('development.focus.own', { text: a.text });
      default:
        return t('development.focus.feedback', { text: a.text });
    }
  };
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="focus-title" data-testid="focus-areas">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="focus-title">
          {t('development.focus.title')}
        </Title>
        {plan.focusAreas.length === 0 ? (
          <Text size="sm" c="dimmed">
            {plan.note ?? t('evaluations.development.noFocusAreas')}
          </Text>
        ) : (
          <List size="sm" spacing={6}>
            {plan.focusAreas.map((a, i) => (
              <List.Item key={`${a.kind}-${a.resultId ?? a.value ?? i}`}>
                <Text size="sm">{label(a)}</Text>
                {a.categories.length > 0 ? (
                  <Group gap={4} mt={2}>
                    {a.categories.map((c) => (
                      <Badge key={c} size="xs" variant="outline" color="gray">
                        {t(`development.categories.${c}`, { defaultValue: c })}
                      </Badge>
                    ))}
                  </Group>
                ) : null}
                {a.notes.map((n) => (
                  <Text key={n} size="xs" c="dimmed" fs="italic">
                    “{n}”
                  </Text>
                ))}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Card>
  );
}

function PlanScreen({ plan }: { plan: DevelopmentPlanDetail }) {
  const { t, i18n } = useTranslation();
  const periodName = usePeriodLabel();
  const [adding, setAdding] = useState<{ preset: RecommendationView | null; key: number } | null>(null);
  const pct = plan.progress.total ? Math.round((plan.progress.completed / plan.progress.total) * 100) : 0;
  return (
    <>
      <PageHeader
        title={t('development.page.title')}
        description={
          <Group gap="xs" component="span" wrap="wrap">
            <Text span size="sm" fw={600}>
              {plan.employeeName}
            </Text>
            <Text span size="sm">
              · {plan.period ? periodName(plan.period.label) : t('development.page.voluntary')}
            </Text>
            <Badge
              color={PLAN_COLORS[plan.status]}
              variant="outline"
              radius="sm"
              size="sm"
              data-testid="plan-status"
              data-status={plan.status}
            >
              {t(`evaluations.development.status.${plan.status}`)}
            </Badge>
            {plan.predicate ? <PredicateChip predicate={plan.predicate} testId="plan-predicate" /> : null}
          </Group>
        }
        actions={
          plan.evaluationId ? (
            <Button component={Link} to={`/evaluations/${plan.evaluationId}`} variant="default">
              {t('development.page.evaluation')}
            </Button>
          ) : (
            <Button component={Link} to="/evaluations/mine" variant="default">
              {t('development.page.back')}
            </Button>
          )
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <FocusAreas plan={plan} />
            {plan.status === 'open' && (plan.can.addItem || plan.recommendations.length > 0) ? (
              <RecommendationList
                recommendations={plan.recommendations}
                canAdd={plan.can.addItem}
                onAdd={(r) => setAdding({ preset: r, key: Date.now() })}
              />
            ) : null}
            <ItemList plan={plan} onAdd={() => setAdding({ preset: null, key: Date.now() })} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <Card
              withBorder
              padding="md"
              component="section"
              aria-labelledby="progress-title"
              data-testid="plan-progress"
            >
              <Stack gap="xs">
                <Title order={2} fz="h5" id="progress-title">
                  {t('development.progress.heading')}
                </Title>
                <Progress value={pct} aria-label={t('development.progress.bar', { pct })} />
                <Text size="sm">
                  {t('development.progress.summary', {
                    completed: plan.progress.completed,
                    total: plan.progress.total,
                    hours: formatNumber(plan.progress.completedHours, i18n.language),
                  })}
                </Text>
                {plan.progress.overdue > 0 ? (
                  <Text size="sm" c="red.8">
                    {t('development.progress.overdue', { count: plan.progress.overdue })}
                  </Text>
                ) : null}
              </Stack>
            </Card>
            <AgreementCard plan={plan} />
          </Stack>
        </Grid.Col>
      </Grid>
      {adding ? (
        <AddItemModal
          key={adding.key}
          plan={plan}
          preset={adding.preset}
          opened
          onClose={() => setAdding(null)}
        />
      ) : null}
    </>
  );
}

/** Rencana Pengembangan Kompetensi: one plan, for the employee, the assessor and the other readers. */
export function DevelopmentPlanPage() {
  const { id = '' } = useParams();
  const query = useDevelopmentPlan(id);
  return (
    <QueryState query={query} notFound>
      {(plan) => <PlanScreen plan={plan} />}
    </QueryState>
  );
}

export default DevelopmentPlanPage;
