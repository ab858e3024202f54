import { Badge, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format';
import { notifyError } from '../../../lib/notify';
import { useUpdateAction } from '../api/update-action';
import type { DialogueActionView } from '../types';

/** One agreed action: who, by when, overdue or done; the box ticks it done (or open again). */
export function ActionItem({
  planId,
  action,
  canTick,
  extra,
}: {
  planId: string;
  action: DialogueActionView;
  canTick: boolean;
  extra?: React.ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const update = useUpdateAction();
  // the box follows the tap at once; the server's answer (or a refusal) settles it
  const [pending, setPending] = useState<boolean | null>(null);
  const checked = pending ?? action.done;
  const toggle = async (done: boolean) => {
    setPending(done);
    try {
      await update.mutateAsync({
        planId,
        dialogueId: action.dialogueId,
        actionId: action.id,
        done,
        version: action.version,
      });
    } catch (error) {
      notifyError(error, t);
    } finally {
      setPending(null);
    }
  };
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" data-testid="dialogue-action" data-done={action.done}>
      <Checkbox
        size="md"
        mt={2}
        checked={checked}
        disabled={!canTick || update.isPending}
        onChange={(e) => void toggle(e.currentTarget.checked)}
        aria-label={t('dialogue.markDone', { action: action.description })}
        data-testid="action-done"
      />
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Text size="sm" td={action.done ? 'line-through' : undefined} style={{ overflowWrap: 'anywhere' }}>
          {action.description}
        </Text>
        <Group gap={6} wrap="wrap">
          <Text size="xs" c="dimmed">
            {action.owner.name} · {t('dialogue.due', { date: formatDate(action.dueDate, i18n.language) })}
          </Text>
          {action.done ? (
            <Badge size="xs" color="teal" variant="light">
              {t('dialogue.done')}
            </Badge>
          ) : action.overdue ? (
            <Badge size="xs" color="red" variant="light">
              {t('dialogue.overdue')}
            </Badge>
          ) : null}
        </Group>
        {extra}
      </Stack>
    </Group>
  );
}
