import { Alert, Button, Card, Grid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatNip } from '../../../../domain/people/nip';
import { DetailList } from '../../../components/DetailList';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useEscalation } from '../api/get-escalation';
import { EscalationDecisionForm } from '../components/EscalationDecisionForm';
import { EscalationHistory } from '../components/EscalationHistory';
import { EscalationStatusChip } from '../components/EscalationStatusChip';
import type { EscalationView } from '../types';

function Decision({ e }: { e: EscalationView }) {
  const { t, i18n } = useTranslation();
  if (e.status === 'decided')
    return (
      <Card withBorder padding="md" data-testid="escalation-decision">
        <Title order={2} fz="h5" mb="xs">
          {t('escalations.decision.title')}
        </Title>
        <DetailList
          cols={1}
          items={[
            {
              label: t('escalations.decide.decision'),
              value: e.decision ? t(`escalations.decisions.${e.decision}`) : null,
            },
            { label: t('escalations.decide.note'), value: e.note },
            {
              label: t('escalations.decision.by'),
              value: [e.decidedByName, e.decidedAt ? formatDateTime(e.decidedAt, i18n.language) : null]
                .filter(Boolean)
                .join(' · '),
            },
          ]}
        />
      </Card>
    );
  if (!e.can.decide)
    return (
      <Alert color="gray" data-testid="escalation-readonly">
        {t('escalations.decision.readOnly')}
      </Alert>
    );
  return (
    <Card withBorder padding="md">
      <Title order={2} fz="h5" mb="xs">
        {t('escalations.decide.title')}
      </Title>
      <EscalationDecisionForm escalation={e} />
    </Card>
  );
}

function EscalationScreen({ e }: { e: EscalationView }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('escalations.detailTitle', { name: e.employeeName })}
        description={<EscalationStatusChip status={e.status} />}
        actions={
          <Button component={Link} to="/escalations" variant="default">
            {t('escalations.back')}
          </Button>
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <Card withBorder padding="md">
              <DetailList
                items={[
                  { label: t('escalations.fields.employee'), value: e.employeeName },
                  {
                    label: t('escalations.fields.nip'),
                    value: e.nip ? formatNip(e.nip, e.asnType ?? 'PNS') : null,
                  },
                  { label: t('escalations.fields.position'), value: e.positionTitle },
                  { label: t('escalations.fields.unit'), value: e.unitName },
                  {
                    label: t('escalations.fields.raisedAt'),
                    value: formatDate(e.createdAt, i18n.language),
                  },
                ]}
              />
            </Card>
            <EscalationHistory escalation={e} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('escalations.legalBasis')}
            </Text>
            <Decision e={e} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

/** One escalation: who, the history that led here, and the agency head's decision (HR reads it). */
export function EscalationPage() {
  const { id = '' } = useParams();
  const query = useEscalation(id);
  return (
    <QueryState query={query} notFound>
      {(e) => <EscalationScreen e={e} />}
    </QueryState>
  );
}

export default EscalationPage;
