import { Alert, Button, Card, Grid, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatNip } from '../../../../domain/people/nip';
import { DetailList } from '../../../components/DetailList';
import { PageHeader } from '../../../components/PageHeader';
import { downloadUrl } from '../../../lib/api-client';
import { useUser } from '../../../lib/auth';
import { formatDate } from '../../../lib/format';
import { useEvaluation } from '../api/get-evaluation';
import { AcknowledgeCard } from '../components/AcknowledgeCard';
import { DevelopmentProgressPanel } from '../components/DevelopmentProgressPanel';
import { EvaluationEditor } from '../components/EvaluationEditor';
import { EvaluationExplanation } from '../components/EvaluationExplanation';
import { EvaluationStatusChip } from '../components/EvaluationStatusChip';
import { ObjectionSection } from '../components/ObjectionSection';
import { PeriodPanel } from '../components/PeriodPanel';
import { PredicateChip } from '../components/PredicateChip';
import { QueryState } from '../../../components/QueryState';
import { ReopenModal } from '../components/ReopenModal';
import type { EvaluationView } from '../types';
import { usePeriodLabel } from '../../../lib/use-period-label';
import { NominationSection } from '../../nominations';

function person(p: EvaluationView['employee'] | null): string | null {
  if (!p) return null;
  return [p.name, p.nip ? `NIP ${formatNip(p.nip, p.asnType)}` : null, p.positionTitle]
    .filter(Boolean)
    .join(' · ');
}

function EvaluationScreen({
  evaluation,
  generation,
  onReload,
}: {
  evaluation: EvaluationView;
  generation: number;
  onReload: () => void;
}) {
  const periodName = usePeriodLabel();
  const { t, i18n } = useTranslation();
  const user = useUser();
  const [reopening, setReopening] = useState(false);
  const isOwner = user.employeeId !== null && user.employeeId === evaluation.employeeId;
  const isAssessor = user.employeeId !== null && user.employeeId === evaluation.assessorId;
  const editing = evaluation.can.edit;

  return (
    <>
      <PageHeader
        title={
          evaluation.period.kind === 'annual'
            ? t('evaluations.page.titleAnnual')
            : t('evaluations.page.title')
        }
        description={
          <Group gap="xs" component="span" wrap="wrap">
            <Text span size="sm" fw={600}>
              {evaluation.employee.name}
            </Text>
            <Text span size="sm">
              · {periodName(evaluation.period.label)}
            </Text>
            <EvaluationStatusChip status={evaluation.status} testId="evaluation-status" />
            <PredicateChip predicate={evaluation.predicate} testId="evaluation-predicate" />
          </Group>
        }
        actions={
          <>
            {isAssessor || isOwner ? (
              <Button
                component={Link}
                to={isAssessor ? '/evaluations/team' : '/evaluations/mine'}
                variant="default"
              >
                {isAssessor ? t('evaluations.page.backTeam') : t('evaluations.page.backMine')}
              </Button>
            ) : null}
            <Button
              component="a"
              href={downloadUrl(`/evaluations/${evaluation.id}/document.pdf`)}
              target="_blank"
              rel="noopener"
              variant="light"
              data-testid="evaluation-document-link"
            >
              {t('evaluations.page.document')}
            </Button>
            {evaluation.can.reopen ? (
              <Button
                variant="light"
                color="grape"
                onClick={() => setReopening(true)}
                data-testid="evaluation-reopen"
              >
                {t('evaluations.reopen.button')}
              </Button>
            ) : null}
          </>
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Card withBorder padding="md">
              <DetailList
                items={[
                  { label: t('evaluations.page.employee'), value: person(evaluation.employee) },
                  {
                    label: t('evaluations.page.assessor'),
                    value: evaluation.acting
                      ? `${person(evaluation.assessor) ?? ''} · ${t('regent.actingAs', {
                          kind: evaluation.acting.kind === 'plt' ? 'Plt.' : 'Plh.',
                          title: evaluation.acting.forTitle,
                        })}`
                      : evaluation.agencyHead && !evaluation.assessor
                        ? `${evaluation.agencyHead.name} · ${evaluation.agencyHead.title}`
                        : person(evaluation.assessor),
                    testId: 'evaluation-assessor',
                  },
                  ...(evaluation.assessorSuperior
                    ? [
                        {
                          label: t('evaluations.page.assessorSuperior'),
                          value: person(evaluation.assessorSuperior),
                        },
                      ]
                    : []),
                  { label: t('evaluations.page.unit'), value: evaluation.unitName },
                  {
                    label: t('evaluations.page.period'),
                    value: `${periodName(evaluation.period.label)} (${formatDate(evaluation.period.startDate, i18n.language)} – ${formatDate(evaluation.period.endDate, i18n.language)})`,
                  },
                ]}
              />
            </Card>
            {evaluation.locked ? (
              <Alert color="gray" data-testid="evaluation-locked" title={t('evaluations.page.locked.title')}>
                {t('evaluations.page.locked.body', { period: periodName(evaluation.period.label) })}
              </Alert>
            ) : null}
            {editing ? (
              <EvaluationEditor
                key={`${evaluation.id}:${generation}`}
                evaluation={evaluation}
                onReload={onReload}
              />
            ) : (
              <>
                <AcknowledgeCard evaluation={evaluation} />
                <EvaluationExplanation evaluation={evaluation} />
                <ObjectionSection evaluation={evaluation} />
                <NominationSection evaluation={evaluation} isAssessor={isAssessor} />
              </>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <PeriodPanel evaluation={evaluation} />
            <DevelopmentProgressPanel evaluation={evaluation} />
          </Stack>
        </Grid.Col>
      </Grid>
      {evaluation.can.reopen ? (
        <ReopenModal evaluation={evaluation} opened={reopening} onClose={() => setReopening(false)} />
      ) : null}
    </>
  );
}

/**
 * One evaluation, for every role: the assessor's editor while it is a draft they may edit; otherwise the
 * explanation of the predicate with the employee's actions (acknowledge, object) and HR's reopen.
 */
export function EvaluationPage() {
  const { id = '' } = useParams();
  const query = useEvaluation(id);
  const [generation, setGeneration] = useState(0);
  return (
    <QueryState query={query} notFound>
      {(evaluation) => (
        <EvaluationScreen
          evaluation={evaluation}
          generation={generation}
          onReload={() => {
            void query.refetch().then(() => setGeneration((g) => g + 1));
          }}
        />
      )}
    </QueryState>
  );
}

export default EvaluationPage;
