import { Alert, Button, Group, List, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closeCycleSchema } from '../../../../domain/cycles/schemas';
import { QueryState } from '../../../components/QueryState';
import { ApiError } from '../../../lib/api-client';
import { errorMessage, notifySuccess } from '../../../lib/notify';
import { useClosePreview, useCloseCycle } from '../api/close-cycle';
import type { Cycle, CycleClosePreview, CycleOpenCounts } from '../types';
import { maxLengthOf } from '../../../lib/form';
import { LimitedTextarea } from '../../../components/LimitedText';
import { usePeriodLabel } from '../../../lib/use-period-label';

const COUNT_KEYS: Array<keyof CycleOpenCounts> = [
  'plansNotApproved',
  'periodicDraftEvaluations',
  'annualDraftEvaluations',
  'missingPeriodicEvaluations',
  'openObjections',
  'unlockedPeriods',
];

const who = (x: { employeeName: string; unitName: string | null }) =>
  x.unitName ? `${x.employeeName} — ${x.unitName}` : x.employeeName;

/** One list of open items: the first ones the preview sent, and how many more there are. */
function OpenList({
  title,
  total,
  lines,
  testId,
}: {
  title: string;
  total: number;
  lines: string[];
  testId: string;
}) {
  const { t } = useTranslation();
  if (total === 0) return null;
  return (
    <Stack gap={4} data-testid={testId}>
      <Title order={3} fz="sm">
        {title} ({total})
      </Title>
      <List size="sm" spacing={2}>
        {lines.map((line, i) => (
          <List.Item key={i}>{line}</List.Item>
        ))}
      </List>
      {total > lines.length ? (
        <Text size="xs" c="dimmed">
          {t('cycleClosing.more', { count: total - lines.length })}
        </Text>
      ) : null}
    </Stack>
  );
}

function PreviewBody({
  cycle,
  preview,
  onDone,
}: {
  cycle: Cycle;
  preview: CycleClosePreview;
  onDone: () => void;
}) {
  const periodName = usePeriodLabel();
  const { t } = useTranslation();
  const close = useCloseCycle(cycle.id);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const c = preview.counts;
  return (
    <Stack gap="sm">
      <Text size="sm">{t('cycleClosing.intro', { year: cycle.year })}</Text>
      <Table withTableBorder data-testid="close-counts">
        <Table.Tbody>
          {COUNT_KEYS.map((k) => (
            <Table.Tr key={k} data-testid={`close-count-${k}`}>
              <Table.Td>{t(`cycleClosing.counts.${k}`)}</Table.Td>
              <Table.Td ta="right" fw={c[k] > 0 ? 700 : 400}>
                {c[k]}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {preview.clean ? (
        <Alert color="teal" data-testid="close-clean">
          {t('cycleClosing.clean')}
        </Alert>
      ) : (
        <Alert color="orange" title={t('cycleClosing.warningTitle')} data-testid="close-warning">
          {t('cycleClosing.warning')}
        </Alert>
      )}
      <OpenList
        title={t('cycleClosing.counts.plansNotApproved')}
        total={c.plansNotApproved}
        lines={preview.plansNotApproved.map((p) => `${who(p)} · ${t(`status.${p.status}`)}`)}
        testId="close-list-plans"
      />
      <OpenList
        title={t('cycleClosing.lists.draftEvaluations')}
        total={c.periodicDraftEvaluations + c.annualDraftEvaluations}
        lines={preview.draftEvaluations.map((e) => `${who(e)} · ${periodName(e.periodLabel)}`)}
        testId="close-list-drafts"
      />
      <OpenList
        title={t('cycleClosing.counts.missingPeriodicEvaluations')}
        total={c.missingPeriodicEvaluations}
        lines={preview.missingPeriodicEvaluations.map((m) => `${who(m)} · ${periodName(m.periodLabel)}`)}
        testId="close-list-missing"
      />
      <OpenList
        title={t('cycleClosing.counts.openObjections')}
        total={c.openObjections}
        lines={preview.openObjections.map((o) => `${who(o)} · ${periodName(o.periodLabel)}`)}
        testId="close-list-objections"
      />
      <LimitedTextarea
        maxLength={maxLengthOf(closeCycleSchema, 'note')}
        label={t('cycleClosing.note')}
        autosize
        minRows={2}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        data-testid="close-note"
      />
      {error ? (
        <Alert color="red" data-testid="close-error">
          {error}
        </Alert>
      ) : null}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onDone}>
          {t('actions.cancel')}
        </Button>
        <Button
          color="red"
          loading={close.isPending}
          data-testid="close-confirm"
          onClick={() =>
            close.mutate(
              { version: cycle.version, note: note.trim() || null },
              {
                onSuccess: (res) => {
                  notifySuccess(t('cycleClosing.closed', { year: res.cycle.year, count: res.lockedPeriods }));
                  onDone();
                },
                onError: (err) =>
                  // a stale version says so; a refusal (409 INVALID_TRANSITION) shows the server's message
                  setError(
                    err instanceof ApiError && err.code === 'CONFLICT'
                      ? t('cycles.stale')
                      : errorMessage(err, t),
                  ),
              },
            )
          }
        >
          {t('cycleClosing.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}

/** "Tutup Tahun Kinerja": what is still open in the cycle, a warning when anything is, and the confirmation. */
export function CloseCycleModal({
  cycle,
  opened,
  onClose,
}: {
  cycle: Cycle;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const preview = useClosePreview(cycle.id, opened);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('cycleClosing.title', { year: cycle.year })}
      size="lg"
      centered
    >
      {opened ? (
        <QueryState query={preview}>
          {(data) => <PreviewBody cycle={cycle} preview={data} onDone={onClose} />}
        </QueryState>
      ) : null}
    </Modal>
  );
}
