import { Alert, Anchor, Card, Grid, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../../lib/format';
import { DistributionWarning, PredicateChip } from '../../evaluations';
import type { CalibrationView } from '../types';
import { BoardPerson, CalibrationGrid } from './CalibrationGrid';
import { DistributionChart } from './DistributionChart';
import { OrgPredicateBadge } from './OrgPredicateBadge';
import { PatternTable } from './PatternTable';
import { usePeriodLabel } from '../../../lib/use-period-label';

/**
 * A unit's calibration board: who sits in which cell of the predicate matrix (final and draft), who is not
 * placed yet, the leader (outside the population), the pattern of the unit's organisation predicate against the
 * actual counts, the violations and the justifications that accepted them.
 */
export function CalibrationBoard({ view }: { view: CalibrationView }) {
  const periodName = usePeriodLabel();
  const { t, i18n } = useTranslation();
  const d = view.distribution;
  const orgPredicate = view.orgPredicate?.predicate ?? d.orgPredicate;
  // drafts with both ratings sit on the board but not yet in the pattern check of the final evaluations
  const hasDrafts = view.cells.some((c) => c.people.some((p) => p.status === 'draft'));
  return (
    <Stack gap="md" data-testid="calibration-board">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Title order={2} fz="h4" style={{ overflowWrap: 'anywhere' }}>
            {view.unit.name}
          </Title>
          <Text size="xs" c="dimmed">
            {[periodName(view.period.label), t('calibration.population', { count: d.total })].join(' · ')}
          </Text>
        </Stack>
        <Group gap={6}>
          <Text size="sm">{t('calibration.orgPredicate')}:</Text>
          <OrgPredicateBadge predicate={orgPredicate} testId="calibration-org-predicate" />
        </Group>
      </Group>

      <DistributionWarning violations={d.violations} pattern={d.pattern} />
      {view.projected && hasDrafts ? (
        <DistributionWarning violations={view.projected.violations} pattern={d.pattern} variant="projected" />
      ) : null}

      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <Card withBorder padding="sm">
              <CalibrationGrid view={view} />
            </Card>
            <Card withBorder padding="sm" data-testid="calibration-unplaced">
              <Text fw={600} size="sm" mb={4}>
                {t('calibration.unplaced.title', { count: view.unplaced.length })}
              </Text>
              {view.unplaced.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('calibration.unplaced.none')}
                </Text>
              ) : (
                <Stack component="ul" gap={4} m={0} p={0}>
                  {view.unplaced.map((p) => (
                    <BoardPerson key={p.employeeId} person={p} canOpen={view.can.openEvaluations} />
                  ))}
                </Stack>
              )}
            </Card>
            <Card withBorder padding="sm" data-testid="calibration-leader">
              <Text fw={600} size="sm">
                {t('calibration.leader.title')}
              </Text>
              <Text size="xs" c="dimmed" mb={4}>
                {t('calibration.leader.excluded')}
              </Text>
              {view.leader ? (
                <Group gap="xs" wrap="wrap">
                  <Stack component="ul" gap={0} m={0} p={0}>
                    <BoardPerson person={view.leader} canOpen={view.can.openEvaluations} />
                  </Stack>
                  {view.leader.predicate ? (
                    <PredicateChip predicate={view.leader.predicate} size="xs" />
                  ) : null}
                </Group>
              ) : (
                <Text size="sm" c="dimmed">
                  {view.unit.headName ?? t('calibration.leader.none')}
                </Text>
              )}
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Card withBorder padding="sm" data-testid="calibration-pattern">
              <Text fw={600} size="sm" mb="xs">
                {orgPredicate
                  ? t('calibration.pattern.title', {
                      predicate: t(`calibration.orgPredicates.${orgPredicate}`),
                    })
                  : t('calibration.pattern.titleNone')}
              </Text>
              {orgPredicate ? (
                d.pattern.length > 0 ? (
                  <Stack gap="xs">
                    <PatternTable pattern={d.pattern} />
                    {view.projected && hasDrafts ? (
                      <Text size="xs" c="dimmed" data-testid="calibration-projected">
                        {view.projected.violations.length === 0
                          ? t('calibration.projected.ok', { count: view.projected.total })
                          : t('calibration.projected.broken', {
                              count: view.projected.total,
                              n: view.projected.violations.length,
                            })}
                      </Text>
                    ) : null}
                  </Stack>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('calibration.pattern.empty')}
                  </Text>
                )
              ) : (
                <Alert color="gray" variant="light" data-testid="calibration-no-pattern">
                  <Text size="sm">{t('calibration.pattern.noOrgPredicate')}</Text>
                  <Anchor component={Link} to={`/org-predicates?periodId=${view.period.id}`} size="sm">
                    {t('calibration.pattern.setOrgPredicate')}
                  </Anchor>
                </Alert>
              )}
            </Card>
            <Card withBorder padding="sm">
              <Text fw={600} size="sm" mb="xs">
                {t('calibration.chart.title')}
              </Text>
              <DistributionChart view={d} />
            </Card>
            <Card withBorder padding="sm" data-testid="calibration-justifications">
              <Text fw={600} size="sm" mb="xs">
                {t('calibration.justifications.title')}
              </Text>
              {view.justifications.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('calibration.justifications.none')}
                </Text>
              ) : (
                <List size="sm" spacing="xs">
                  {view.justifications.map((j) => (
                    <List.Item key={j.evaluationId}>
                      <Text size="sm" fw={600} span>
                        {view.can.openEvaluations ? (
                          <Anchor component={Link} to={`/evaluations/${j.evaluationId}`} size="sm">
                            {j.employeeName}
                          </Anchor>
                        ) : (
                          j.employeeName
                        )}
                      </Text>
                      {j.finalizedAt ? (
                        <Text size="xs" c="dimmed" span>
                          {' · '}
                          {formatDate(j.finalizedAt, i18n.language)}
                        </Text>
                      ) : null}
                      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                        {j.justification}
                      </Text>
                    </List.Item>
                  ))}
                </List>
              )}
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
