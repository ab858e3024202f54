import { ActionIcon, Button, Card, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dialogueActionSchema, dialogueSchema } from '../../../../domain/feedback/schemas';
import { QueryState } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { ListSkeleton } from '../../../components/Skeletons';
import { useUser } from '../../../lib/auth';
import { fieldIssuesFor, issueMessage, maxLengthOf } from '../../../lib/form';
import { formatDate, todayIso } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useCycle } from '../../cycles';
import type { WorkPlanView } from '../../work-plans';
import { useCreateDialogue } from '../api/create-dialogue';
import { useDialogues } from '../api/list-dialogues';
import type { DialogueInput } from '../types';
import { ActionItem } from './ActionItem';
import { LimitedTextarea, LimitedTextInput } from '../../../components/LimitedText';
import { usePeriodLabel } from '../../../lib/use-period-label';

interface ActionRow {
  description: string;
  ownerEmployeeId: string;
  dueDate: string;
}

function DialogueForm({ plan, onDone }: { plan: WorkPlanView; onDone: () => void }) {
  const periodName = usePeriodLabel();
  const { t, i18n } = useTranslation();
  const create = useCreateDialogue(plan.id);
  const cycle = useCycle(plan.cycleId);
  const [heldOn, setHeldOn] = useState(todayIso());
  const [periodId, setPeriodId] = useState('');
  const [topics, setTopics] = useState('');
  const [notes, setNotes] = useState('');
  const [actions, setActions] = useState<ActionRow[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const owners = [
    { value: plan.employeeId, label: `${plan.employee.name} (${t('feedback.role.employee')})` },
    ...(plan.assessorId && plan.assessor
      ? [{ value: plan.assessorId, label: `${plan.assessor.name} (${t('feedback.role.assessor')})` }]
      : []),
  ];
  const setAction = (i: number, patch: Partial<ActionRow>) =>
    setActions((list) => list.map((a, j) => (j === i ? { ...a, ...patch } : a)));

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const input: DialogueInput = {
      heldOn,
      periodId: periodId || null,
      topics: topics.trim(),
      notes: notes.trim() || null,
      actions: actions.map((a) => ({ ...a, description: a.description.trim() })),
    };
    const parsed = dialogueSchema.safeParse(input);
    const next: Record<string, string> = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.map(String).join('.');
        next[path] ??= issueMessage(issue, input, i18n);
      }
    }
    if (heldOn > todayIso()) next.heldOn ??= t('validation.dialogue.heldInFuture');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    try {
      await create.mutateAsync(input);
      notifySuccess(t('dialogue.saved'));
      onDone();
    } catch (error) {
      const issues = fieldIssuesFor(error);
      if (issues.length > 0) setErrors(Object.fromEntries(issues.map((i) => [i.path, i.message])));
      else notifyError(error, t);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate data-testid="dialogue-form">
      <Stack gap="sm">
        <Group grow gap="sm" wrap="wrap">
          <TextInput
            type="date"
            label={t('dialogue.heldOn')}
            value={heldOn}
            max={todayIso()}
            onChange={(e) => setHeldOn(e.currentTarget.value)}
            error={errors.heldOn}
            data-testid="dialogue-held-on"
          />
          <NativeSelect
            label={t('dialogue.period')}
            value={periodId}
            onChange={(e) => setPeriodId(e.currentTarget.value)}
            data={[
              { value: '', label: t('dialogue.noPeriod') },
              ...(cycle.data?.periods ?? []).map((p) => ({ value: p.id, label: periodName(p.label) })),
            ]}
            data-testid="dialogue-period"
          />
        </Group>
        <LimitedTextarea
          maxLength={maxLengthOf(dialogueSchema, 'topics')}
          label={t('dialogue.topics')}
          autosize
          minRows={2}
          value={topics}
          onChange={(e) => setTopics(e.currentTarget.value)}
          error={errors.topics}
          data-testid="dialogue-topics"
        />
        <LimitedTextarea
          maxLength={maxLengthOf(dialogueSchema, 'notes')}
          label={t('dialogue.notes')}
          autosize
          minRows={2}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
          error={errors.notes}
          data-testid="dialogue-notes"
        />
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('dialogue.actions')}
          </Text>
          {actions.map((a, i) => (
            <Paper key={i} withBorder p="xs" radius="md" data-testid="dialogue-action-row">
              <Stack gap="xs">
                <Group justify="space-between" wrap="nowrap" align="flex-end">
                  <LimitedTextInput
                    maxLength={maxLengthOf(dialogueActionSchema, 'description')}
                    style={{ flex: 1 }}
                    label={t('dialogue.actionDescription', { n: i + 1 })}
                    value={a.description}
                    onChange={(e) => setAction(i, { description: e.currentTarget.value })}
                    error={errors[`actions.${i}.description`]}
                    data-testid="dialogue-action-description"
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    onClick={() => setActions((list) => list.filter((_, j) => j !== i))}
                    aria-label={t('dialogue.removeAction', { n: i + 1 })}
                  >
                    ×
                  </ActionIcon>
                </Group>
                <Group grow gap="xs" wrap="wrap">
                  <NativeSelect
                    label={t('dialogue.owner')}
                    value={a.ownerEmployeeId}
                    onChange={(e) => setAction(i, { ownerEmployeeId: e.currentTarget.value })}
                    data={owners}
                    error={errors[`actions.${i}.ownerEmployeeId`]}
                    data-testid="dialogue-action-owner"
                  />
                  <TextInput
                    type="date"
                    label={t('dialogue.dueDate')}
                    value={a.dueDate}
                    min={heldOn}
                    onChange={(e) => setAction(i, { dueDate: e.currentTarget.value })}
                    error={errors[`actions.${i}.dueDate`]}
                    data-testid="dialogue-action-due"
                  />
                </Group>
              </Stack>
            </Paper>
          ))}
          <Group>
            <Button
              variant="light"
              size="xs"
              onClick={() =>
                setActions((list) => [
                  ...list,
                  { description: '', ownerEmployeeId: plan.employeeId, dueDate: '' },
                ])
              }
              data-testid="dialogue-action-add"
            >
              {t('dialogue.addAction')}
            </Button>
          </Group>
        </Stack>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" size="md" loading={create.isPending} data-testid="dialogue-save">
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Dialog Kinerja: check-in meetings of the employee and the assessor, with agreed actions ticked off when done. */
export function DialogueSection({ plan }: { plan: WorkPlanView }) {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const query = useDialogues(plan.id);
  const [writing, setWriting] = useState(false);
  const party =
    Boolean(user.employeeId) && (user.employeeId === plan.employeeId || user.employeeId === plan.assessorId);

  const body = (
    <QueryState query={query} loading={<ListSkeleton rows={2} />}>
      {(data) =>
        data.items.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="dialogues-empty">
            {t('dialogue.empty')}
          </Text>
        ) : (
          <Stack gap="sm" data-testid="dialogue-list">
            {data.items.map((d) => (
              <Paper key={d.id} withBorder p="sm" radius="md" data-testid="dialogue-item">
                <Stack gap="xs">
                  <Group justify="space-between" gap="xs" wrap="wrap">
                    <Text size="sm" fw={600}>
                      {formatDate(d.heldOn, i18n.language)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('dialogue.recordedBy', { name: d.createdBy.name })}
                    </Text>
                  </Group>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                    <Text span fw={600} size="sm">
                      {t('dialogue.topics')}:{' '}
                    </Text>
                    {d.topics}
                  </Text>
                  {d.notes ? (
                    <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                      {d.notes}
                    </Text>
                  ) : null}
                  {d.actions.length > 0 ? (
                    <Stack gap="xs">
                      <Text size="xs" fw={600}>
                        {t('dialogue.actions')}
                      </Text>
                      {d.actions.map((a) => (
                        <ActionItem key={a.id} planId={plan.id} action={a} canTick={party} />
                      ))}
                    </Stack>
                  ) : null}
                </Stack>
              </Paper>
            ))}
          </Stack>
        )
      }
    </QueryState>
  );

  return (
    <SectionCard
      id="dialogues-title"
      title={t('dialogue.title')}
      hint={t('dialogue.hint')}
      actions={
        party && !writing ? (
          <Button size="md" onClick={() => setWriting(true)} data-testid="dialogue-new">
            {t('dialogue.new')}
          </Button>
        ) : null
      }
    >
      {writing ? (
        <Card withBorder padding="sm" radius="md" bg="var(--mantine-color-gray-0)">
          <DialogueForm plan={plan} onDone={() => setWriting(false)} />
        </Card>
      ) : null}
      {body}
    </SectionCard>
  );
}
