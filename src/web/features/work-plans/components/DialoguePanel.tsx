import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { commentSchema } from '../../../../domain/work-plans/schemas';
import { QueryState } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { ListSkeleton } from '../../../components/Skeletons';
import { TextForm } from '../../../components/TextForm';
import { formatDateTime } from '../../../lib/format';
import { useAddComment } from '../api/add-comment';
import { useComments } from '../api/list-comments';
import type { PlanCommentView, WorkPlanView } from '../types';

const KIND_COLORS: Record<PlanCommentView['kind'], string> = {
  comment: 'gray',
  submit: 'blue',
  return: 'orange',
  approve: 'teal',
  amend: 'grape',
};

function Entry({ entry }: { entry: PlanCommentView }) {
  const { t, i18n } = useTranslation();
  const step = entry.kind !== 'comment';
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      data-testid="comment-entry"
      data-kind={entry.kind}
      style={step ? { borderLeft: `4px solid var(--mantine-color-${KIND_COLORS[entry.kind]}-6)` } : undefined}
    >
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap={6} wrap="wrap">
          <Text size="sm" fw={600}>
            {entry.authorName}
          </Text>
          {step ? (
            <Badge color={KIND_COLORS[entry.kind]} variant="light" radius="sm" size="sm">
              {t(`plan.dialogue.kind.${entry.kind}`)}
            </Badge>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed">
          {formatDateTime(entry.createdAt, i18n.language)}
        </Text>
      </Group>
      {entry.body ? (
        <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {entry.body}
        </Text>
      ) : null}
    </Paper>
  );
}

/** Dialog Kinerja: the comments of both sides and the submit / return / approve steps, oldest first. */
export function DialoguePanel({ plan }: { plan: WorkPlanView }) {
  const { t } = useTranslation();
  const query = useComments(plan.id);
  const add = useAddComment(plan.id);

  const body = (
    <QueryState query={query} loading={<ListSkeleton rows={2} />}>
      {(data) =>
        data.items.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="dialogue-empty">
            {t('plan.dialogue.empty')}
          </Text>
        ) : (
          <Stack gap="xs" data-testid="dialogue-list">
            {data.items.map((c) => (
              <Entry key={c.id} entry={c} />
            ))}
          </Stack>
        )
      }
    </QueryState>
  );

  return (
    <SectionCard
      id="plan-dialogue-title"
      title={t('plan.dialogue.title')}
      hint={t('plan.dialogue.hint')}
      testId="plan-dialogue"
    >
      {body}
      {plan.can.comment ? (
        <TextForm
          field="body"
          schema={commentSchema}
          onSubmit={(body) => add.mutateAsync(body)}
          label={t('plan.dialogue.newComment')}
          maxRows={6}
          submitLabel={t('plan.dialogue.send')}
          size="md"
          testIds={{ field: 'comment-input', submit: 'comment-send' }}
        />
      ) : null}
    </SectionCard>
  );
}
