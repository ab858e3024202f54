import { Alert, Button, Card, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../../../domain/permissions';
import { DetailList } from '../../../components/DetailList';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { StatusChip } from '../../../components/StatusChip';
import { TextForm } from '../../../components/TextForm';
import { ApiError } from '../../../lib/api-client';
import { useCan, useUser } from '../../../lib/auth';
import { applyServerErrors, maxLengthOf, zodValidate } from '../../../lib/form';
import { formatDate, formatDateTime } from '../../../lib/format';
import { errorMessage, notifyError, notifySuccess } from '../../../lib/notify';
import { useCommentTemplate } from '../api/comment-template';
import { useDecideTemplate } from '../api/decide-template';
import { useEndorsement } from '../api/endorse-template';
import { useTemplate } from '../api/get-template';
import { declineTemplateSchema, templateCommentSchema, type IndicatorTemplateDetail } from '../types';
import { LimitedTextarea } from '../../../components/LimitedText';

function Comments({ template }: { template: IndicatorTemplateDetail }) {
  const { t, i18n } = useTranslation();
  const add = useCommentTemplate(template.id);
  const canComment = useCan('contribute:library');
  return (
    <SectionCard id="template-comments" title={t('library.detail.comments')} testId="template-comments">
      {template.comments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('library.detail.noComments')}
        </Text>
      ) : (
        template.comments.map((c) => (
          <Paper key={c.id} withBorder p="sm" radius="md" data-testid="template-comment">
            <Group justify="space-between" gap="xs">
              <Text size="sm" fw={600}>
                {c.authorName}
              </Text>
              <Text size="xs" c="dimmed">
                {formatDateTime(c.createdAt, i18n.language)}
              </Text>
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {c.body}
            </Text>
          </Paper>
        ))
      )}
      {canComment ? (
        <TextForm
          field="body"
          schema={templateCommentSchema}
          onSubmit={(body) => add.mutateAsync(body)}
          label={t('library.detail.newComment')}
          submitLabel={t('plan.dialogue.send')}
          testIds={{ field: 'template-comment-input', submit: 'template-comment-send' }}
        />
      ) : null}
    </SectionCard>
  );
}

function DecisionForm({
  template,
  decision,
  onDone,
}: {
  template: IndicatorTemplateDetail;
  decision: 'adopt' | 'decline';
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const decide = useDecideTemplate(template.id);
  const [refused, setRefused] = useState<string | null>(null);
  const form = useForm({
    initialValues: { reason: '' },
    validate: (values) =>
      decision === 'decline'
        ? zodValidate(declineTemplateSchema, i18n, (v: { reason: string }) => ({ reason: v.reason.trim() }))(
            values,
          )
        : {},
  });
  const submit = form.onSubmit(async (v) => {
    setRefused(null);
    try {
      await decide.mutateAsync({ decision, reason: v.reason.trim() || null });
      notifySuccess(decision === 'adopt' ? t('library.decision.adopted') : t('library.decision.declined'));
      onDone();
    } catch (error) {
      if (error instanceof ApiError && error.status === 403) {
        setRefused(t('library.decision.forbidden'));
        return;
      }
      applyServerErrors(error, form, ['reason'], t);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="decision-form">
      <Stack gap="sm">
        {refused ? (
          <Alert color="orange" role="alert" data-testid="decision-forbidden">
            {refused}
          </Alert>
        ) : null}
        <LimitedTextarea
          maxLength={maxLengthOf(declineTemplateSchema, 'reason')}
          label={decision === 'adopt' ? t('library.decision.reasonOptional') : t('library.decision.reason')}
          required={decision === 'decline'}
          autosize
          minRows={2}
          data-testid="decision-reason"
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button
            type="submit"
            color={decision === 'adopt' ? 'teal' : 'red'}
            loading={decide.isPending}
            data-testid="decision-confirm"
          >
            {decision === 'adopt' ? t('library.decision.adopt') : t('library.decision.decline')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function TemplateDetail({ template }: { template: IndicatorTemplateDetail }) {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const endorse = useEndorsement(template.id);
  const [decision, setDecision] = useState<'adopt' | 'decline' | null>(null);
  const isProposer =
    (template.proposedBy !== null &&
      user.employeeId !== null &&
      template.proposedBy.id === user.employeeId) ||
    (template.proposedByUser !== null && template.proposedByUser.id === user.id);
  // HR and unit heads decide (the server says so in `can.decide`); HR always sees the buttons
  const canDecide = template.can.decide || can(user.roles, 'decide:library');

  return (
    <>
      <PageHeader
        title={template.text}
        description={<StatusChip status={template.status} testId="template-status" />}
        actions={
          <Button component={Link} to="/library" variant="default">
            {t('library.detail.back')}
          </Button>
        }
      />
      <Stack gap="md">
        <Card withBorder padding="md" radius="md">
          <DetailList
            items={[
              { label: t('library.fields.sector'), value: t(`library.sector.${template.sector}`) },
              { label: t('plan.indicator.aspect'), value: t(`terms.aspect.${template.aspect}`) },
              { label: t('plan.indicator.category'), value: t(`terms.category.${template.category}`) },
              { label: t('plan.indicator.direction'), value: t(`terms.direction.${template.direction}`) },
              { label: t('plan.indicator.unit'), value: template.unit },
              { label: t('library.fields.exampleTarget'), value: template.exampleTarget },
              { label: t('library.fields.resultExample'), value: template.resultExample },
              { label: t('library.fields.rationale'), value: template.rationale },
              {
                label: t('library.fields.proposedBy'),
                value: template.proposedBy
                  ? `${template.proposedBy.name} · ${formatDate(template.createdAt, i18n.language)}`
                  : null,
              },
              ...(template.decidedAt
                ? [
                    {
                      label: t('library.fields.decidedBy'),
                      value: `${template.decidedBy?.name ?? ''} · ${formatDate(template.decidedAt, i18n.language)}`,
                    },
                    { label: t('library.fields.decisionReason'), value: template.decisionReason },
                  ]
                : []),
            ]}
          />
        </Card>

        {template.status === 'proposed' ? (
          <Card withBorder padding="md" radius="md" data-testid="template-endorsements">
            <Stack gap="sm">
              <Title order={2} fz="h4">
                {t('library.detail.endorsements')}
              </Title>
              <Text size="sm" data-testid="template-endorsement-count">
                {t('library.endorsementCount', { count: template.endorsementCount })}
              </Text>
              {template.endorsements.length > 0 ? (
                <Text size="sm" c="dimmed">
                  {template.endorsements.map((e) => e.name).join(', ')}
                </Text>
              ) : null}
              {isProposer || !template.can.endorse ? (
                <Text size="xs" c="dimmed" data-testid="template-endorse-unavailable">
                  {isProposer ? t('library.detail.ownProposal') : t('library.detail.cannotEndorse')}
                </Text>
              ) : (
                <Group>
                  <Button
                    variant={template.endorsedByMe ? 'default' : 'filled'}
                    loading={endorse.isPending}
                    onClick={() =>
                      endorse.mutate(!template.endorsedByMe, {
                        onError: (error) => notifyError(error, t),
                      })
                    }
                    data-testid="template-endorse"
                    aria-pressed={template.endorsedByMe}
                  >
                    {template.endorsedByMe ? t('library.detail.withdraw') : t('library.detail.endorse')}
                  </Button>
                </Group>
              )}
              {endorse.isError ? (
                <Text size="xs" c="red">
                  {errorMessage(endorse.error, t)}
                </Text>
              ) : null}
            </Stack>
          </Card>
        ) : null}

        {template.status === 'proposed' && canDecide ? (
          <Card withBorder padding="md" radius="md" data-testid="template-decision">
            <Stack gap="sm">
              <Title order={2} fz="h4">
                {t('library.decision.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('library.decision.hint')}
              </Text>
              <Group gap="sm">
                <Button color="teal" onClick={() => setDecision('adopt')} data-testid="template-adopt">
                  {t('library.decision.adopt')}
                </Button>
                <Button
                  color="red"
                  variant="light"
                  onClick={() => setDecision('decline')}
                  data-testid="template-decline"
                >
                  {t('library.decision.decline')}
                </Button>
              </Group>
            </Stack>
          </Card>
        ) : null}

        <Comments template={template} />
      </Stack>
      <Modal
        opened={decision !== null}
        onClose={() => setDecision(null)}
        title={decision === 'adopt' ? t('library.decision.adoptTitle') : t('library.decision.declineTitle')}
        centered
      >
        {decision ? (
          <DecisionForm template={template} decision={decision} onDone={() => setDecision(null)} />
        ) : null}
      </Modal>
    </>
  );
}

/** One template or proposal: details, endorsements ("Dukung"), comments, and HR's decision. */
export function TemplatePage() {
  const { id = '' } = useParams();
  const query = useTemplate(id);
  return (
    <QueryState query={query} notFound>
      {(template) => (
        <TemplateDetail
          template={{
            ...template,
            endorsements: template.endorsements ?? [],
            comments: template.comments ?? [],
          }}
        />
      )}
    </QueryState>
  );
}

export default TemplatePage;
