import {
  Anchor,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  Modal,
  Progress,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { uploadSizeProblem, useMaxUploadBytes } from '../../../lib/upload-limit';
import type { DevelopmentItemView, DevelopmentPlanDetail } from '../api/get-development-plan';
import { useCancelItem, useCompleteItem } from '../api/plan-steps';

const STATUS_COLORS = { planned: 'blue', completed: 'teal', cancelled: 'gray' } as const;
/** What the certificate input offers (the server judges the content: PDF, PNG, JPEG). */
const CERTIFICATE_ACCEPT = 'application/pdf,image/png,image/jpeg';

export function ItemStatusChip({ item }: { item: Pick<DevelopmentItemView, 'status' | 'overdue'> }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      radius="sm"
      size="sm"
      color={item.overdue ? 'red' : STATUS_COLORS[item.status]}
      data-testid="item-status"
      data-status={item.overdue ? 'overdue' : item.status}
    >
      {item.overdue ? t('development.item.overdue') : t(`development.item.status.${item.status}`)}
    </Badge>
  );
}

/** Selesaikan kegiatan: the certificate (size checked before sending, like evidence) and a note, from a phone. */
function CompleteModal({
  plan,
  item,
  onClose,
}: {
  plan: DevelopmentPlanDetail;
  item: DevelopmentItemView;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const maxBytes = useMaxUploadBytes('evidence');
  const complete = useCompleteItem(plan.id, plan.employeeId);
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [percent, setPercent] = useState<number | null>(null);

  const choose = (next: File | null) => {
    const problem = next ? uploadSizeProblem([next], maxBytes, i18n.language) : null;
    setError(problem ? t(problem.key, problem.values) : null);
    setFile(problem ? null : next);
  };
  const submit = () => {
    if (!file) {
      setError(t('development.complete.fileRequired'));
      return;
    }
    complete.mutate(
      { itemId: item.id, file, note: note.trim() || null, onProgress: (p) => setPercent(p.percent) },
      {
        onSuccess: () => {
          notifySuccess(t('development.complete.done'));
          onClose();
        },
        onError: (err) => {
          setPercent(null);
          notifyError(err, t);
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('development.complete.title', { title: item.title })}>
      <Stack gap="sm" data-testid="complete-form">
        <Text size="sm">{item.successCriteria}</Text>
        <FileInput
          label={t('development.complete.file')}
          description={t('development.complete.fileHint')}
          accept={CERTIFICATE_ACCEPT}
          value={file}
          onChange={choose}
          error={error}
          clearable
          required
          data-testid="complete-file"
        />
        <Textarea
          label={t('development.complete.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
        />
        {percent !== null && complete.isPending ? (
          <Progress value={percent} aria-label={t('development.complete.uploading', { pct: percent })} />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button onClick={submit} loading={complete.isPending} data-testid="complete-submit">
            {t('development.complete.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Kegiatan pengembangan: the plan's items with their status, due date, success criteria and certificate. */
export function ItemList({ plan, onAdd }: { plan: DevelopmentPlanDetail; onAdd: () => void }) {
  const { t, i18n } = useTranslation();
  const [completing, setCompleting] = useState<DevelopmentItemView | null>(null);
  const cancel = useCancelItem(plan.id, plan.employeeId);
  const onCancel = (item: DevelopmentItemView) => {
    if (!window.confirm(t('development.item.cancelConfirm', { title: item.title }))) return;
    cancel.mutate(
      { itemId: item.id, reason: null },
      {
        onSuccess: () => notifySuccess(t('development.item.cancelled')),
        onError: (err) => notifyError(err, t),
      },
    );
  };
  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-labelledby="items-title"
      data-testid="development-items"
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={2} fz="h4" id="items-title">
            {t('development.items.title')}
          </Title>
          {plan.can.addItem ? (
            <Button size="sm" onClick={onAdd} data-testid="add-item">
              {t('development.items.add')}
            </Button>
          ) : null}
        </Group>
        {plan.items.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="items-empty">
            {t('development.items.empty')}
          </Text>
        ) : (
          <Stack gap="sm" component="ul" m={0} p={0}>
            {plan.items.map((item) => (
              <Card
                key={item.id}
                withBorder
                padding="sm"
                component="li"
                style={{ listStyle: 'none' }}
                data-testid={`item-${item.id}`}
              >
                <Stack gap={4}>
                  <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
                    <Text fw={600} size="sm" style={{ minWidth: 0, flex: 1, overflowWrap: 'anywhere' }}>
                      {item.title}
                    </Text>
                    <ItemStatusChip item={item} />
                  </Group>
                  <Text size="xs" c="dimmed">
                    {[
                      item.provider,
                      item.mode ? t(`development.modes.${item.mode}`) : null,
                      item.hours > 0
                        ? t('development.hours', { hours: formatNumber(item.hours, i18n.language) })
                        : null,
                      item.completedAt
                        ? t('development.item.completedOn', {
                            date: formatDate(item.completedAt, i18n.language),
                          })
                        : t('development.item.dueOn', { date: formatDate(item.dueDate, i18n.language) }),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                  <Text size="sm">
                    <Text span size="sm" fw={600}>
                      {t('development.item.criteria')}:
                    </Text>{' '}
                    {item.successCriteria}
                  </Text>
                  {item.completionNote ? (
                    <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                      {item.completionNote}
                    </Text>
                  ) : null}
                  {item.evidence ? (
                    <Anchor href={item.evidence.downloadUrl} size="sm" data-testid="item-certificate">
                      {t('development.item.certificate', { name: item.evidence.filename })}
                    </Anchor>
                  ) : null}
                  {item.status === 'planned' && (plan.can.complete || plan.can.cancelItems) ? (
                    <Group gap="xs">
                      {plan.can.complete ? (
                        <Button size="xs" onClick={() => setCompleting(item)} data-testid="item-complete">
                          {t('development.item.complete')}
                        </Button>
                      ) : null}
                      {plan.can.cancelItems ? (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => onCancel(item)}
                          loading={cancel.isPending && cancel.variables?.itemId === item.id}
                          data-testid="item-cancel"
                        >
                          {t('development.item.cancel')}
                        </Button>
                      ) : null}
                    </Group>
                  ) : null}
                </Stack>
              </Card>
            ))}
          </Stack>
        )}
      </Stack>
      {completing ? (
        <CompleteModal plan={plan} item={completing} onClose={() => setCompleting(null)} />
      ) : null}
    </Card>
  );
}
