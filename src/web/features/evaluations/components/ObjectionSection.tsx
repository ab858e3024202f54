import { Alert, Group, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { explanationSchema, objectionSchema } from '../../../../domain/evaluations/schemas';
import { ConfirmSummary } from '../../../components/ConfirmSummary';
import { TextForm } from '../../../components/TextForm';
import { formatDate, formatDateTime, todayIso } from '../../../lib/format';
import { notifySuccess } from '../../../lib/notify';
import { useExplainObjection } from '../api/explain-objection';
import { useFileObjection } from '../api/file-objection';
import type { EvaluationView, ObjectionView, RatingsSnapshot } from '../types';
import { EvaluationSection } from './EvaluationSection';
import { PredicateChip } from './PredicateChip';
import { RatingChip } from './RatingChip';
import { usePeriodLabel } from '../../../lib/use-period-label';

/** A party's explanation of the objection, asked for by the decider. */
function ExplanationForm({
  label,
  onSubmit,
}: {
  label: string;
  onSubmit: (text: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  return (
    <TextForm
      field="text"
      schema={explanationSchema}
      onSubmit={onSubmit}
      label={label}
      required
      minRows={3}
      maxLength={4000}
      submitLabel={t('evaluations.objection.explainSubmit')}
      testIds={{ field: 'objection-explanation', submit: 'objection-explanation-submit' }}
    />
  );
}

function Snapshot({ snapshot, testId }: { snapshot: RatingsSnapshot; testId: string }) {
  return (
    <Group gap={6} wrap="wrap" data-testid={testId}>
      <RatingChip rating={snapshot.resultRating} size="xs" />
      <RatingChip rating={snapshot.behaviourRating} size="xs" />
      <PredicateChip predicate={snapshot.predicate} size="xs" />
    </Group>
  );
}

function Explanation({ label, text, at }: { label: string; text: string | null; at: string | null }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text
        size="sm"
        c={text ? undefined : 'dimmed'}
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      >
        {text ?? t('evaluations.objection.notYet')}
      </Text>
      {text && at ? (
        <Text size="xs" c="dimmed">
          {formatDateTime(at, i18n.language)}
        </Text>
      ) : null}
    </Stack>
  );
}

/** An objection in place: status, reason, explanations (with forms for the parties), the decision. */
function ObjectionDetail({ objection, evaluationId }: { objection: ObjectionView; evaluationId: string }) {
  const { t, i18n } = useTranslation();
  const explain = useExplainObjection(objection.id, evaluationId);
  const submitExplanation = (text: string) =>
    explain.mutateAsync({ text }).then(() => notifySuccess(t('evaluations.objection.explained')));
  return (
    <Stack gap="sm" data-testid="evaluation-objection">
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600} data-testid="objection-status" data-status={objection.status}>
          {t(`evaluations.objectionStatus.${objection.status}`)}
        </Text>
        <Text size="xs" c="dimmed">
          {t('evaluations.objection.filedAt', { date: formatDateTime(objection.filedAt, i18n.language) })}
        </Text>
      </Group>
      {objection.deciderName ? (
        <Text size="xs" c="dimmed">
          {t('evaluations.objection.decider', { name: objection.deciderName })}
        </Text>
      ) : null}
      <Explanation label={t('evaluations.objection.reason')} text={objection.reason} at={null} />
      {objection.explanationRequest || objection.explanationsRequestedAt ? (
        <Explanation
          label={t('evaluations.objection.explanationRequest')}
          text={objection.explanationRequest}
          at={objection.explanationsRequestedAt}
        />
      ) : null}
      {objection.status !== 'filed' || objection.employeeExplanation || objection.assessorExplanation ? (
        <>
          <Explanation
            label={t('evaluations.objection.employeeExplanation')}
            text={objection.employeeExplanation}
            at={objection.employeeExplainedAt}
          />
          <Explanation
            label={t('evaluations.objection.assessorExplanation')}
            text={objection.assessorExplanation}
            at={objection.assessorExplainedAt}
          />
        </>
      ) : null}
      {objection.can.explainAsEmployee ? (
        <ExplanationForm label={t('evaluations.objection.explainAsEmployee')} onSubmit={submitExplanation} />
      ) : null}
      {objection.can.explainAsAssessor ? (
        <ExplanationForm label={t('evaluations.objection.explainAsAssessor')} onSubmit={submitExplanation} />
      ) : null}
      {objection.status === 'decided' && objection.outcome ? (
        <Alert
          color={objection.outcome === 'changed' ? 'grape' : 'gray'}
          variant="light"
          title={t('evaluations.objection.decision')}
          data-testid="objection-decision"
          data-outcome={objection.outcome}
        >
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t(`evaluations.objection.outcome.${objection.outcome}`)}
            </Text>
            {objection.note ? (
              <Explanation label={t('evaluations.objection.note')} text={objection.note} at={null} />
            ) : null}
            <Group gap="xs" wrap="wrap" align="center">
              <Text size="xs" c="dimmed">
                {t('evaluations.objection.before')}
              </Text>
              <Snapshot snapshot={objection.before} testId="objection-before" />
            </Group>
            {objection.after ? (
              <Group gap="xs" wrap="wrap" align="center">
                <Text size="xs" c="dimmed">
                  <span aria-hidden="true">→ </span>
                  {t('evaluations.objection.after')}
                </Text>
                <Snapshot snapshot={objection.after} testId="objection-after" />
              </Group>
            ) : null}
            {objection.decidedAt ? (
              <Text size="xs" c="dimmed">
                {t('evaluations.objection.decidedBy', {
                  name: objection.decidedByName ?? objection.deciderName ?? '',
                  date: formatDateTime(objection.decidedAt, i18n.language),
                })}
              </Text>
            ) : null}
          </Stack>
        </Alert>
      ) : null}
    </Stack>
  );
}

/** The first 300 characters of a text, cut at a word ("…" when cut). */
function excerpt(text: string, max = 300): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Keberatan: the deadline, the form (when the employee may object) or the objection filed. */
export function ObjectionSection({ evaluation }: { evaluation: EvaluationView }) {
  const periodName = usePeriodLabel();
  const { t, i18n } = useTranslation();
  const file = useFileObjection(evaluation.id);
  // the grounds waiting for "Ya, ajukan keberatan" and the answer the form waits for
  const [pending, setPending] = useState<string | null>(null);
  const answer = useRef<((ok: boolean) => void) | null>(null);
  const confirm = (text: string) =>
    new Promise<boolean>((resolve) => {
      answer.current = resolve;
      setPending(text);
    });
  const settle = (ok: boolean) => {
    answer.current?.(ok);
    answer.current = null;
    setPending(null);
  };
  const objection = evaluation.objection;
  const canObject = evaluation.can.object;
  const deadline = evaluation.objectionDeadline;
  if (!objection && !canObject && !deadline) return null;
  const open = deadline !== null && todayIso() <= deadline;
  return (
    <EvaluationSection
      id="eval-objection-title"
      title={objection || !canObject ? t('evaluations.objection.title') : t('evaluations.objection.file')}
      gap="sm"
    >
      {deadline && !objection ? (
        <Text size="sm" c={open ? undefined : 'dimmed'} data-testid="objection-deadline">
          {open
            ? t('evaluations.objection.deadline', { date: formatDate(deadline, i18n.language) })
            : t('evaluations.objection.closed', { date: formatDate(deadline, i18n.language) })}
        </Text>
      ) : null}
      {objection ? (
        <ObjectionDetail objection={objection} evaluationId={evaluation.id} />
      ) : canObject ? (
        <TextForm
          field="reason"
          schema={objectionSchema}
          onSubmit={(reason) =>
            file.mutateAsync({ reason }).then(() => notifySuccess(t('evaluations.objection.submitted')))
          }
          label={t('evaluations.objection.reason')}
          description={t('evaluations.objection.reasonHint')}
          required
          minRows={3}
          maxLength={4000}
          submitLabel={t('evaluations.objection.submit')}
          confirm={confirm}
          testIds={{ field: 'objection-reason', submit: 'objection-submit' }}
        />
      ) : null}
      <ConfirmSummary
        opened={pending !== null}
        title={t('objections.confirmFile.title')}
        lead={t('objections.confirmFile.lead')}
        items={[
          {
            label: t('objections.confirmFile.evaluation'),
            value: `${evaluation.employee.name} — ${periodName(evaluation.period.label)}`,
          },
          {
            label: t('objections.confirmFile.deadline'),
            value: deadline ? formatDate(deadline, i18n.language) : null,
          },
          {
            label: t('objections.confirmFile.grounds'),
            value: excerpt(pending ?? ''),
            testId: 'confirm-objection-grounds',
          },
        ]}
        confirmLabel={t('objections.confirmFile.confirm')}
        onConfirm={() => settle(true)}
        onClose={() => settle(false)}
        testId="confirm-objection"
      />
    </EvaluationSection>
  );
}
