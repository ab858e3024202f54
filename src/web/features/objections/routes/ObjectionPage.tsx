import { Alert, Anchor, Button, Card, Grid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailList } from '../../../components/DetailList';
import { PageHeader } from '../../../components/PageHeader';
import { downloadUrl } from '../../../lib/api-client';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useObjection } from '../api/get-objection';
import { DecisionForm } from '../components/DecisionForm';
import { ExplanationForm } from '../components/ExplanationForm';
import { ObjectionStatusChip } from '../components/ObjectionStatusChip';
import { QueryState } from '../../../components/QueryState';
import { RatingsSummary } from '../components/RatingsSummary';
import { RequestExplanationsForm } from '../components/RequestExplanationsForm';
import type { ObjectionView } from '../types';
import { usePeriodLabel } from '../../../lib/use-period-label';

function Explanation({
  label,
  text,
  at,
  testId,
}: {
  label: string;
  text: string | null;
  at: string | null;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={2} data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {text ? (
        <>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {text}
          </Text>
          {at ? (
            <Text size="xs" c="dimmed">
              {formatDateTime(at, i18n.language)}
            </Text>
          ) : null}
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('objections.explanations.none')}
        </Text>
      )}
    </Stack>
  );
}

function Explanations({ o }: { o: ObjectionView }) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder padding="md" data-testid="objection-explanations">
      <Title order={2} fz="h5" mb="xs">
        {t('objections.explanations.title')}
      </Title>
      <Stack gap="sm">
        {o.explanationsRequestedAt ? (
          <Text size="sm" data-testid="objection-explanation-request">
            {t('objections.explanations.requested', {
              date: formatDateTime(o.explanationsRequestedAt, i18n.language),
            })}
            {o.explanationRequest ? ` — ${o.explanationRequest}` : ''}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('objections.explanations.notRequested')}
          </Text>
        )}
        <Explanation
          label={t('objections.explanations.employee')}
          text={o.employeeExplanation}
          at={o.employeeExplainedAt}
          testId="objection-employee-explanation"
        />
        <Explanation
          label={t('objections.explanations.assessor')}
          text={o.assessorExplanation}
          at={o.assessorExplainedAt}
          testId="objection-assessor-explanation"
        />
        {o.can.explainAsEmployee ? <ExplanationForm objectionId={o.id} as="employee" /> : null}
        {o.can.explainAsAssessor ? <ExplanationForm objectionId={o.id} as="assessor" /> : null}
      </Stack>
    </Card>
  );
}

/** One objection (`/objections/:id`): the reason, the result objected to, explanations, and the decision. */
export function ObjectionPage() {
  const { id } = useParams();
  const query = useObjection(id);
  return (
    <QueryState query={query} notFound>
      {(o) => <ObjectionDetail o={o} />}
    </QueryState>
  );
}

/**
 * The procedure's clock for the decider (PP 30/2019 art. 59): the decision deadline, and why a decision must wait
 * (explanations not asked for yet, or awaited until their deadline).
 */
function DeciderNotice({ o }: { o: ObjectionView }) {
  const { t, i18n } = useTranslation();
  const due = formatDate(o.decisionDueOn, i18n.language);
  const waiting = o.explanationsRequestedAt
    ? t('objections.procedure.awaiting', {
        who: o.awaiting.map((p) => t(`objections.procedure.party.${p}`)).join(` ${t('common.and')} `),
        date: formatDate(o.explanationsDueOn ?? '', i18n.language),
      })
    : t('objections.procedure.askFirst');
  return (
    <Alert
      color={o.readyToDecide ? 'blue' : 'yellow'}
      title={t('objections.procedure.dueOn', { date: due })}
      data-testid="objection-procedure"
    >
      {o.readyToDecide ? t('objections.procedure.ready') : waiting}
    </Alert>
  );
}

function ObjectionDetail({ o }: { o: ObjectionView }) {
  const periodName = usePeriodLabel();
  const { t, i18n } = useTranslation();
  const decided = o.status === 'decided';
  return (
    <>
      <PageHeader
        title={t('objections.detailTitle', { name: o.employeeName })}
        description={periodName(o.periodLabel)}
        actions={<ObjectionStatusChip status={o.status} />}
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            <Card withBorder padding="md">
              <DetailList
                items={[
                  { label: t('objections.fields.employee'), value: o.employeeName },
                  { label: t('objections.fields.period'), value: periodName(o.periodLabel) },
                  { label: t('objections.fields.filedAt'), value: formatDateTime(o.filedAt, i18n.language) },
                  { label: t('objections.fields.decider'), value: o.deciderName },
                  ...(decided
                    ? []
                    : [
                        {
                          label: t('objections.fields.decisionDueOn'),
                          value: formatDate(o.decisionDueOn, i18n.language),
                        },
                      ]),
                  {
                    label: t('objections.fields.evaluation'),
                    value: (
                      <Anchor
                        component={Link}
                        to={`/evaluations/${o.evaluationId}`}
                        data-testid="objection-evaluation-link"
                      >
                        {t('objections.openEvaluation')}
                      </Anchor>
                    ),
                  },
                ]}
              />
            </Card>
            <Card withBorder padding="md" data-testid="objection-reason">
              <Title order={2} fz="h5" mb="xs">
                {t('objections.reason')}
              </Title>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {o.reason}
              </Text>
            </Card>
            <Explanations o={o} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Card withBorder padding="md">
              <Title order={2} fz="h5" mb="xs">
                {t('objections.before')}
              </Title>
              <RatingsSummary snapshot={o.before} testId="objection-before" />
            </Card>
            {decided ? (
              <Card withBorder padding="md" data-testid="objection-decision">
                <Title order={2} fz="h5" mb="xs">
                  {t('objections.decision.title')}
                </Title>
                <Stack gap="sm">
                  <Text size="sm" fw={600} data-testid="objection-outcome">
                    {o.outcome ? t(`objections.outcome.${o.outcome}`) : t('common.none')}
                  </Text>
                  {o.after ? <RatingsSummary snapshot={o.after} testId="objection-after" /> : null}
                  {o.note ? (
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                      {o.note}
                    </Text>
                  ) : null}
                  <Text size="xs" c="dimmed">
                    {t('objections.decision.by', {
                      name: o.decidedByName ?? t('common.none'),
                      date: formatDateTime(o.decidedAt, i18n.language),
                    })}
                  </Text>
                  <Button
                    component="a"
                    href={downloadUrl(`/objections/${o.id}/decision.pdf`)}
                    variant="light"
                    size="xs"
                    data-testid="objection-decision-pdf"
                  >
                    {t('objections.decision.pdf')}
                  </Button>
                </Stack>
              </Card>
            ) : null}
            {!decided && o.can.requestExplanations ? <DeciderNotice o={o} /> : null}
            {!decided && o.can.requestExplanations ? (
              <Card withBorder padding="md">
                <Title order={2} fz="h5" mb="xs">
                  {t('objections.request.title')}
                </Title>
                <RequestExplanationsForm objectionId={o.id} />
              </Card>
            ) : null}
            {!decided && o.can.decide ? (
              <Card withBorder padding="md">
                <Title order={2} fz="h5" mb="xs">
                  {t('objections.decide.title')}
                </Title>
                <DecisionForm objection={o} />
              </Card>
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

export default ObjectionPage;
