import {
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BERAKHLAK, BEHAVIOUR_VALUES, type BehaviourValue } from '../../../../domain/work-plans/berakhlak';
import { feedbackSchema } from '../../../../domain/feedback/schemas';
import { ErrorState } from '../../../components/ErrorState';
import { SectionCard } from '../../../components/SectionCard';
import { ListSkeleton } from '../../../components/Skeletons';
import { useUser } from '../../../lib/auth';
import { fieldIssuesFor, maxLengthOf } from '../../../lib/form';
import { formatDateTime } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useCycle } from '../../cycles';
import { defaultPeriodId } from '../../progress';
import type { WorkPlanView } from '../../work-plans';
import { useAddFeedback } from '../api/add-feedback';
import { useFeedback } from '../api/list-feedback';
import type { FeedbackItemView, FeedbackKind, FeedbackThreadView } from '../types';
import { LimitedTextarea } from '../../../components/LimitedText';
import { usePeriodLabel } from '../../../lib/use-period-label';

const KIND_COLOR: Record<FeedbackKind, string> = { strength: 'teal', improvement: 'orange' };

/** `r:<resultId>`, `b:<behaviour>` or `g` (general) */
type SubjectKey = string;
const subjectOf = (item: Pick<FeedbackItemView, 'resultId' | 'behaviour'>): SubjectKey =>
  item.resultId ? `r:${item.resultId}` : item.behaviour ? `b:${item.behaviour}` : 'g';

function Item({ item }: { item: FeedbackItemView }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="wrap">
        <Text size="sm" fw={600}>
          {item.author.name}
        </Text>
        <Text size="xs" c="dimmed">
          {t(`feedback.role.${item.author.role}`)} · {formatDateTime(item.createdAt, i18n.language)}
        </Text>
        {item.kind ? (
          <Badge size="sm" variant="light" color={KIND_COLOR[item.kind]} data-testid="feedback-kind-badge">
            {t(`feedback.kind.${item.kind}`)}
          </Badge>
        ) : null}
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {item.text}
      </Text>
    </Stack>
  );
}

function Thread({
  planId,
  thread,
  canReply,
}: {
  planId: string;
  thread: FeedbackThreadView;
  canReply: boolean;
}) {
  const { t } = useTranslation();
  const add = useAddFeedback(planId);
  const [replying, setReplying] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const send = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setError(t('validation.required'));
      return;
    }
    try {
      await add.mutateAsync({ replyTo: thread.id, text: text.trim() });
      setText('');
      setReplying(false);
      setError(null);
    } catch (err) {
      const issue = fieldIssuesFor(err).find((i) => i.path === 'text');
      if (issue) setError(issue.message);
      else notifyError(err, t);
    }
  };
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      data-testid="feedback-thread"
      data-kind={thread.kind ?? undefined}
      style={
        thread.kind
          ? { borderLeft: `4px solid var(--mantine-color-${KIND_COLOR[thread.kind]}-6)` }
          : undefined
      }
    >
      <Stack gap="xs">
        <Item item={thread} />
        {thread.replies.length > 0 ? (
          <Stack gap="xs" pl="md" style={{ borderLeft: '2px solid var(--mantine-color-gray-3)' }}>
            {thread.replies.map((r) => (
              <Item key={r.id} item={r} />
            ))}
          </Stack>
        ) : null}
        {canReply ? (
          replying ? (
            <form onSubmit={(e) => void send(e)} noValidate>
              <Stack gap="xs">
                <LimitedTextarea
                  maxLength={maxLengthOf(feedbackSchema, 'text')}
                  label={t('feedback.reply')}
                  autosize
                  minRows={2}
                  maxRows={6}
                  value={text}
                  onChange={(e) => setText(e.currentTarget.value)}
                  error={error}
                  data-testid="reply-text"
                  data-autofocus
                />
                <Group gap="xs" justify="flex-end">
                  <Button variant="default" onClick={() => setReplying(false)}>
                    {t('actions.cancel')}
                  </Button>
                  <Button type="submit" loading={add.isPending} data-testid="reply-send">
                    {t('feedback.send')}
                  </Button>
                </Group>
              </Stack>
            </form>
          ) : (
            <Group>
              <Button
                size="xs"
                variant="subtle"
                onClick={() => setReplying(true)}
                data-testid="feedback-reply"
              >
                {t('feedback.reply')}
              </Button>
            </Group>
          )
        ) : null}
      </Stack>
    </Paper>
  );
}

function NewFeedbackForm({
  plan,
  periods,
  defaultPeriod,
  onDone,
}: {
  plan: WorkPlanView;
  periods: Array<{ id: string; label: string }>;
  defaultPeriod: string;
  onDone: () => void;
}) {
  const periodName = usePeriodLabel();
  const { t } = useTranslation();
  const add = useAddFeedback(plan.id);
  const [periodId, setPeriodId] = useState(defaultPeriod);
  const [subject, setSubject] = useState<SubjectKey>(plan.results[0] ? `r:${plan.results[0].id}` : 'g');
  const [kind, setKind] = useState<FeedbackKind>('strength');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const send = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setErrors({ text: t('validation.required') });
      return;
    }
    const resultId = subject.startsWith('r:') ? subject.slice(2) : null;
    const behaviour = subject.startsWith('b:') ? (subject.slice(2) as BehaviourValue) : null;
    try {
      await add.mutateAsync({ periodId, resultId, behaviour, kind, text: text.trim() });
      notifySuccess(t('feedback.sent'));
      onDone();
    } catch (err) {
      const issues = fieldIssuesFor(err);
      if (issues.length > 0) setErrors(Object.fromEntries(issues.map((i) => [i.path, i.message])));
      else notifyError(err, t);
    }
  };
  return (
    <form onSubmit={(e) => void send(e)} noValidate data-testid="feedback-form">
      <Stack gap="sm">
        <Group grow gap="sm" wrap="wrap">
          <NativeSelect
            label={t('progress.period')}
            value={periodId}
            onChange={(e) => setPeriodId(e.currentTarget.value)}
            data={periods.map((p) => ({ value: p.id, label: periodName(p.label) }))}
            error={errors.periodId}
            data-testid="feedback-period"
          />
          <NativeSelect
            label={t('feedback.subject')}
            value={subject}
            onChange={(e) => setSubject(e.currentTarget.value)}
            data={[
              {
                group: t('feedback.groupResults'),
                items: plan.results.map((r) => ({
                  value: `r:${r.id}`,
                  label: r.text.length > 80 ? `${r.text.slice(0, 79)}…` : r.text,
                })),
              },
              {
                group: t('feedback.groupBehaviours'),
                items: BEHAVIOUR_VALUES.map((b) => ({ value: `b:${b}`, label: BERAKHLAK[b].label })),
              },
              { group: t('feedback.groupOther'), items: [{ value: 'g', label: t('feedback.general') }] },
            ]}
            error={errors.resultId ?? errors.behaviour}
            data-testid="feedback-subject"
          />
        </Group>
        <SegmentedControl
          value={kind}
          onChange={(v) => setKind(v === 'improvement' ? 'improvement' : 'strength')}
          data={[
            { value: 'strength', label: t('feedback.kind.strength') },
            { value: 'improvement', label: t('feedback.kind.improvement') },
          ]}
          aria-label={t('feedback.kindLabel')}
          data-testid="feedback-kind"
          fullWidth
        />
        <LimitedTextarea
          maxLength={maxLengthOf(feedbackSchema, 'text')}
          label={t('feedback.text')}
          autosize
          minRows={3}
          maxRows={8}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          error={errors.text}
          data-testid="feedback-text"
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" size="md" loading={add.isPending} data-testid="feedback-send">
            {t('feedback.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Umpan Balik Berkelanjutan: threads per RHK and per BerAKHLAK value per period. The assessor starts a thread
 * (tagged Kekuatan or Perlu ditingkatkan); both sides reply. Visible to the employee at once.
 */
export function FeedbackSection({ plan }: { plan: WorkPlanView }) {
  const periodName = usePeriodLabel();
  const { t } = useTranslation();
  const user = useUser();
  const query = useFeedback(plan.id);
  const cycle = useCycle(plan.cycleId);
  const [period, setPeriod] = useState<string>('all');
  const [writing, setWriting] = useState(false);
  const isAssessor = Boolean(user.employeeId) && user.employeeId === plan.assessorId;
  const isOwner = Boolean(user.employeeId) && user.employeeId === plan.employeeId;
  const periods = cycle.data?.periods ?? [];

  let body;
  if (query.isPending) body = <ListSkeleton rows={3} />;
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else {
    const threads = query.data.items.filter((th) => period === 'all' || th.periodId === period);
    if (threads.length === 0) {
      body = (
        <Text size="sm" c="dimmed" data-testid="feedback-empty">
          {isAssessor ? t('feedback.emptyAssessor') : t('feedback.empty')}
        </Text>
      );
    } else {
      const groups: Array<{ key: SubjectKey; title: string; threads: FeedbackThreadView[] }> = [
        ...plan.results.map((r) => ({
          key: `r:${r.id}`,
          title: r.text,
          threads: [] as FeedbackThreadView[],
        })),
        ...BEHAVIOUR_VALUES.map((b) => ({
          key: `b:${b}`,
          title: `${t('feedback.behaviour')}: ${BERAKHLAK[b].label}`,
          threads: [] as FeedbackThreadView[],
        })),
        { key: 'g', title: t('feedback.general'), threads: [] as FeedbackThreadView[] },
      ];
      for (const th of threads) {
        const group = groups.find((g) => g.key === subjectOf(th)) ?? groups[groups.length - 1];
        group?.threads.push(th);
      }
      const periodLabel = (id: string) => periodName(periods.find((p) => p.id === id)?.label);
      body = (
        <Stack gap="md">
          {groups
            .filter((g) => g.threads.length > 0)
            .map((g) => (
              <Stack key={g.key} gap="xs" data-testid="feedback-group">
                <Title order={3} fz="sm">
                  {g.title}
                </Title>
                {g.threads.map((th) => (
                  <Stack key={th.id} gap={2}>
                    {period === 'all' ? (
                      <Text size="xs" c="dimmed">
                        {periodLabel(th.periodId)}
                      </Text>
                    ) : null}
                    <Thread planId={plan.id} thread={th} canReply={isAssessor || isOwner} />
                  </Stack>
                ))}
              </Stack>
            ))}
        </Stack>
      );
    }
  }

  return (
    <SectionCard
      id="feedback-title"
      title={t('feedback.title')}
      hint={t('feedback.hint')}
      actions={
        isAssessor && !writing ? (
          <Button size="md" onClick={() => setWriting(true)} data-testid="feedback-new">
            {t('feedback.new')}
          </Button>
        ) : null
      }
    >
      {writing && periods.length > 0 ? (
        <Card withBorder padding="sm" radius="md" bg="var(--mantine-color-gray-0)">
          <NewFeedbackForm
            plan={plan}
            periods={periods}
            defaultPeriod={
              (period !== 'all' ? period : null) ??
              defaultPeriodId(periods.map((p) => ({ ...p, status: 'open' as const }))) ??
              periods[0]?.id ??
              ''
            }
            onDone={() => setWriting(false)}
          />
        </Card>
      ) : null}
      <NativeSelect
        label={t('feedback.filterPeriod')}
        value={period}
        onChange={(e) => setPeriod(e.currentTarget.value)}
        data={[
          { value: 'all', label: t('feedback.allPeriods') },
          ...periods.map((p) => ({ value: p.id, label: periodName(p.label) })),
        ]}
        maw={280}
        data-testid="feedback-filter-period"
      />
      {body}
    </SectionCard>
  );
}
