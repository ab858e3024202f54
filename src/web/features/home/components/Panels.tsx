import { Anchor, Card, Group, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  HomeAchievement,
  HomeAgency,
  HomeCompletion,
  HomeUnitPanel,
} from '../../../../domain/home/view';
import { formatDate, formatNumber } from '../../../lib/format';
import { DistributionWarning, PredicateChip } from '../../evaluations';
import { usePeriodLabel } from '../../../lib/use-period-label';

const pct = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 100));

function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz={24} fw={700} data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}

/** "Capaian saya sejauh ini": the current plan's indicators with realisation and their average achievement. */
export function AchievementCard({ achievement }: { achievement: HomeAchievement }) {
  const { t, i18n } = useTranslation();
  const a = achievement;
  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-labelledby="home-achievement"
      data-testid="home-achievement"
    >
      <Title order={2} fz="h4" mb="sm" id="home-achievement">
        {t('home.achievement.title', { year: a.year })}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <Figure
          label={t('home.achievement.average')}
          value={a.average === null ? '—' : `${formatNumber(a.average, i18n.language, 1)}%`}
          testId="home-achievement-average"
        />
        <Figure
          label={t('home.achievement.indicators')}
          value={t('home.achievement.ofTotal', { n: a.withRealisation, total: a.indicators })}
          testId="home-achievement-indicators"
        />
        <Figure
          label={t('home.achievement.periods')}
          value={t('home.achievement.ofTotal', { n: a.periodsReported, total: a.periodsDue })}
          testId="home-achievement-periods"
        />
      </SimpleGrid>
      <Text size="xs" c="dimmed" mt="xs">
        {t('home.achievement.explain')}
      </Text>
      <Anchor
        component={Link}
        to={`/plans/${a.planId}?tab=progress`}
        size="sm"
        fw={600}
        mt="xs"
        display="inline-block"
      >
        {t('home.achievement.open')}
      </Anchor>
    </Card>
  );
}

function CompletionBars({ c, showReported = true }: { c: HomeCompletion; showReported?: boolean }) {
  const { t } = useTranslation();
  const rows = [
    { key: 'plans', value: c.plansApproved },
    ...(showReported ? [{ key: 'progress', value: c.reportedProgress }] : []),
    { key: 'evaluations', value: c.evaluationsFinal },
  ];
  return (
    <Stack gap={6}>
      {rows.map((r) => (
        <div key={r.key}>
          <Group justify="space-between" gap="xs">
            <Text size="xs">{t(`home.completion.${r.key}`)}</Text>
            <Text size="xs" fw={600}>
              {r.value}/{c.employees} ({pct(r.value, c.employees)}%)
            </Text>
          </Group>
          <Progress value={pct(r.value, c.employees)} size="sm" aria-hidden />
        </div>
      ))}
    </Stack>
  );
}

/** The unit head's units: completion for the period, the distribution against the pattern, what is overdue. */
export function UnitPanel({ panel }: { panel: HomeUnitPanel }) {
  const periodName = usePeriodLabel();
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="home-unit" data-testid="home-unit">
      <Title order={2} fz="h4" mb="xs" id="home-unit">
        {t('home.unit.title')}
      </Title>
      {panel.period ? (
        <Text size="sm" c="dimmed" mb="sm">
          {t('home.unit.period', { period: periodName(panel.period.label) })}
        </Text>
      ) : null}
      <Stack gap="md">
        {panel.units.map((u) => (
          <Stack key={u.unitId} gap="xs" data-testid="home-unit-item">
            <Text fw={600}>{u.name}</Text>
            <CompletionBars c={u.completion} />
            <Text size="sm">
              {u.distribution.orgPredicate
                ? t('home.unit.orgPredicate', {
                    predicate: t(`evaluations.orgPredicates.${u.distribution.orgPredicate}`),
                  })
                : t('home.unit.noOrgPredicate')}
            </Text>
            <Group gap={6} data-testid="home-unit-counts">
              {(['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] as const).map((p) => (
                <Group key={p} gap={4} wrap="nowrap">
                  <PredicateChip predicate={p} size="xs" />
                  <Text size="xs" fw={600}>
                    {u.distribution.counts[p] ?? 0}
                  </Text>
                </Group>
              ))}
            </Group>
            <DistributionWarning violations={u.distribution.violations} pattern={u.distribution.pattern} />
            {u.overdue.plans + u.overdue.progress + u.overdue.evaluations > 0 ? (
              <Text size="sm" c="red" data-testid="home-unit-overdue">
                {t('home.unit.overdue', u.overdue)}
              </Text>
            ) : null}
            <Group gap="sm">
              <Anchor component={Link} to="/monitoring" size="sm">
                {t('home.unit.openMonitoring')}
              </Anchor>
              <Anchor component={Link} to="/calibration" size="sm">
                {t('home.unit.openCalibration')}
              </Anchor>
            </Group>
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}

/** HR's and the agency head's overview: completion, the units furthest behind, deadlines, data problems, escalations. */
export function AgencyPanel({ agency }: { agency: HomeAgency }) {
  const periodName = usePeriodLabel();
  const { t, i18n } = useTranslation();
  const a = agency;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="home-agency" data-testid="home-agency">
      <Title order={2} fz="h4" mb="xs" id="home-agency">
        {t('home.agency.title')}
      </Title>
      {a.period ? (
        <Text size="sm" c="dimmed" mb="sm">
          {t('home.unit.period', { period: periodName(a.period.label) })}
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Stack gap="xs">
          <CompletionBars c={a.totals} />
          <Text size="sm" fw={600} mt="xs">
            {t('home.agency.worst')}
          </Text>
          <Table fz="sm" striped data-testid="home-agency-worst">
            <Table.Tbody>
              {a.worstUnits.map((u) => (
                <Table.Tr key={u.unitId}>
                  <Table.Td>{u.name}</Table.Td>
                  <Table.Td ta="right">
                    {t('home.agency.approvedShare', { pct: pct(u.plansApproved, u.employees) })}
                  </Table.Td>
                  <Table.Td ta="right">
                    {t('home.agency.evaluatedShare', { pct: pct(u.evaluationsFinal, u.employees) })}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Anchor component={Link} to="/monitoring" size="sm" fw={600}>
            {t('home.unit.openMonitoring')}
          </Anchor>
        </Stack>
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('home.agency.deadlines')}
          </Text>
          {a.deadlines.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('home.agency.noDeadlines')}
            </Text>
          ) : (
            <Stack gap={2} data-testid="home-agency-deadlines">
              {a.deadlines.map((d) => (
                <Text size="sm" key={`${d.kind}-${d.date}-${d.periodLabel ?? ''}`}>
                  {formatDate(d.date, i18n.language)} —{' '}
                  {t(`home.agency.deadline.${d.kind}`, { period: periodName(d.periodLabel) })}
                </Text>
              ))}
            </Stack>
          )}
          <Text size="sm" fw={600} mt="xs">
            {t('home.agency.problems')}
          </Text>
          <Text
            size="sm"
            data-testid="home-agency-problems"
            c={a.dataProblems.withoutSupervisor + a.dataProblems.invalidNip > 0 ? 'red' : undefined}
          >
            {t('home.agency.withoutSupervisor', { count: a.dataProblems.withoutSupervisor })} ·{' '}
            {t('home.agency.invalidNip', { count: a.dataProblems.invalidNip })}
          </Text>
          <Text size="sm" fw={600} mt="xs">
            {t('home.agency.escalations')}
          </Text>
          <Text size="sm" data-testid="home-agency-escalations">
            {t('home.agency.objectionsOverdue', { count: a.escalations.objectionsOverdue })} ·{' '}
            {t('home.agency.predicatesMissing', { count: a.escalations.predicatesMissing })}
          </Text>
          <Group gap="sm">
            <Anchor component={Link} to="/employees" size="sm">
              {t('home.agency.openEmployees')}
            </Anchor>
            <Anchor component={Link} to="/objections" size="sm">
              {t('home.agency.openObjections')}
            </Anchor>
            <Anchor component={Link} to="/org-predicates" size="sm">
              {t('home.agency.openPredicates')}
            </Anchor>
          </Group>
        </Stack>
      </SimpleGrid>
    </Card>
  );
}
