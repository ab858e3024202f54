import { Badge, Button, Card, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { commentSchema } from '../../../../domain/work-plans/schemas';
import { ErrorState } from '../../../components/ErrorState';
import { ListSkeleton } from '../../../components/Skeletons';
import { applyServerErrors, zodValidate } from '../../../lib/form';
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
  const { t, i18n } = useTranslation();
  const query = useComments(plan.id);
  const add = useAddComment(plan.id);
  const form = useForm({
    initialValues: { body: '' },
    validate: zodValidate(commentSchema, i18n, (v: { body: string }) => ({ body: v.body.trim() })),
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await add.mutateAsync(values.body.trim());
      form.reset();
    } catch (error) {
      applyServerErrors(error, form, ['body'], t);
    }
  });

  let body;
  if (query.isPending) body = <ListSkeleton rows={2} />;
  else if (query.isError) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (query.data.items.length === 0)
    body = (
      <Text size="sm" c="dimmed" data-testid="dialogue-empty">
        {t('plan.dialogue.empty')}
      </Text>
    );
  else
    body = (
      <Stack gap="xs" data-testid="dialogue-list">
        {query.data.items.map((c) => (
          <Entry key={c.id} entry={c} />
        ))}
      </Stack>
    );

  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      component="section"
      aria-labelledby="plan-dialogue-title"
      data-testid="plan-dialogue"
    >
      <Stack gap="sm">
        <Title order={2} fz="h4" id="plan-dialogue-title">
          {t('plan.dialogue.title')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('plan.dialogue.hint')}
        </Text>
        {body}
        {plan.can.comment ? (
          <form onSubmit={submit} noValidate>
            <Stack gap="xs">
              <Textarea
                label={t('plan.dialogue.newComment')}
                autosize
                minRows={2}
                maxRows={6}
                data-testid="comment-input"
                {...form.getInputProps('body')}
              />
              <Group justify="flex-end">
                <Button type="submit" size="md" loading={add.isPending} data-testid="comment-send">
                  {t('plan.dialogue.send')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : null}
      </Stack>
    </Card>
  );
}
