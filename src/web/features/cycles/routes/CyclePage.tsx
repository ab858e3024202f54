import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DetailList } from '../../../components/DetailList';
import { PageHeader } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { StatusChip } from '../../../components/StatusChip';
import { applyServerErrors, isStaleWrite, maxLengthOf, zodValidate } from '../../../lib/form';
import { formatDate, formatDateTime } from '../../../lib/format';
import { errorMessage, notifyError, notifySuccess } from '../../../lib/notify';
import { useCycle } from '../api/get-cycle';
import { useLockPeriod } from '../api/lock-period';
import { useUnlockPeriod } from '../api/unlock-period';
import { useUpdateCycle } from '../api/update-cycle';
import { useUpdatePeriod } from '../api/update-period';
import { CloseCycleModal } from '../components/CloseCycleModal';
import { ReopenCycleModal } from '../components/ReopenCycleModal';
import { unlockPeriodSchema, type Cycle, type Period } from '../types';
import { LimitedTextarea } from '../../../components/LimitedText';
import { usePeriodLabel } from '../../../lib/use-period-label';

function PlanningDeadline({ cycle, readOnly }: { cycle: Cycle; readOnly: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateCycle(cycle.id);
  const [value, setValue] = useState(cycle.planningDeadline ?? '');
  const [error, setError] = useState<string | null>(null);
  const dirty = value !== (cycle.planningDeadline ?? '');
  return (
    <Group align="flex-end" gap="xs" wrap="wrap">
      <TextInput
        type="date"
        label={t('cycles.fields.planningDeadline')}
        description={t('cycles.planningDeadlineHint')}
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
        error={error}
        disabled={readOnly}
        data-testid="cycle-deadline-input"
      />
      <Button
        variant="light"
        disabled={!dirty || readOnly}
        loading={update.isPending}
        data-testid="cycle-deadline-save"
        onClick={() =>
          update.mutate(
            { planningDeadline: value || null, version: cycle.version },
            {
              onSuccess: () => {
                setError(null);
                notifySuccess(t('cycles.saved'));
              },
              onError: (err) => setError(isStaleWrite(err) ? t('cycles.stale') : errorMessage(err, t)),
            },
          )
        }
      >
        {t('actions.save')}
      </Button>
    </Group>
  );
}

function PeriodRow({
  cycleId,
  period,
  readOnly,
  onUnlock,
}: {
  cycleId: string;
  period: Period;
  /** the cycle is closed: nothing changes until HR reopens it */
  readOnly: boolean;
  onUnlock: () => void;
}) {
  const periodName = usePeriodLabel();
  const { t, i18n } = useTranslation();
  const update = useUpdatePeriod(cycleId);
  const lock = useLockPeriod(cycleId);
  const [progress, setProgress] = useState(period.progressDeadline ?? '');
  const [evaluation, setEvaluation] = useState(period.evaluationDeadline ?? '');
  const dirty =
    progress !== (period.progressDeadline ?? '') || evaluation !== (period.evaluationDeadline ?? '');
  const locked = period.status === 'locked';

  return (
    <Paper withBorder p="sm" radius="md" data-testid="period-row" data-period-kind={period.kind}>
      <Group justify="space-between" gap="xs" wrap="wrap" mb="xs">
        <div>
          <Text fw={600} size="sm">
            {periodName(period.label)}
            {period.kind === 'annual' ? ` · ${t('cycles.annual')}` : ''}
          </Text>
          <Text size="xs" c="dimmed">
            {formatDate(period.startDate, i18n.language)} – {formatDate(period.endDate, i18n.language)}
          </Text>
        </div>
        <Group gap="xs">
          <StatusChip status={period.status} testId="period-status" />
          {readOnly ? null : locked ? (
            <Button size="xs" variant="light" color="orange" onClick={onUnlock} data-testid="period-unlock">
              {t('cycles.unlock')}
            </Button>
          ) : (
            <Button
              size="xs"
              variant="light"
              loading={lock.isPending}
              data-testid="period-lock"
              onClick={() =>
                lock.mutate(
                  { periodId: period.id },
                  {
                    onSuccess: () => notifySuccess(t('cycles.locked', { label: periodName(period.label) })),
                    onError: (error) => notifyError(error, t),
                  },
                )
              }
            >
              {t('cycles.lock')}
            </Button>
          )}
        </Group>
      </Group>
      {locked && period.lockedAt ? (
        <Text size="xs" c="dimmed" mb="xs">
          {t('cycles.lockedAt', { date: formatDateTime(period.lockedAt, i18n.language) })}
        </Text>
      ) : null}
      <Group gap="xs" align="flex-end" wrap="wrap">
        <TextInput
          type="date"
          size="sm"
          label={t('cycles.fields.progressDeadline')}
          value={progress}
          onChange={(e) => setProgress(e.currentTarget.value)}
          disabled={readOnly}
          data-testid="period-progress-deadline"
          style={{ flex: '1 1 10rem' }}
        />
        <TextInput
          type="date"
          size="sm"
          label={t('cycles.fields.evaluationDeadline')}
          value={evaluation}
          onChange={(e) => setEvaluation(e.currentTarget.value)}
          disabled={readOnly}
          data-testid="period-evaluation-deadline"
          style={{ flex: '1 1 10rem' }}
        />
        <Button
          size="sm"
          variant="light"
          disabled={!dirty || readOnly}
          loading={update.isPending}
          data-testid="period-save"
          onClick={() =>
            update.mutate(
              {
                periodId: period.id,
                patch: {
                  progressDeadline: progress || null,
                  evaluationDeadline: evaluation || null,
                  version: period.version,
                },
              },
              {
                onSuccess: () => notifySuccess(t('cycles.periodSaved', { label: periodName(period.label) })),
                onError: (error) => notifyError(error, t),
              },
            )
          }
        >
          {t('actions.save')}
        </Button>
      </Group>
    </Paper>
  );
}

function UnlockForm({ cycleId, period, onDone }: { cycleId: string; period: Period; onDone: () => void }) {
  const periodName = usePeriodLabel();
  const { t, i18n } = useTranslation();
  const unlock = useUnlockPeriod(cycleId);
  const form = useForm({
    initialValues: { reason: '' },
    validate: zodValidate(unlockPeriodSchema, i18n, (v: { reason: string }) => ({ reason: v.reason.trim() })),
  });
  const submit = form.onSubmit(async (v) => {
    try {
      await unlock.mutateAsync({ periodId: period.id, reason: v.reason.trim() });
      notifySuccess(t('cycles.unlocked', { label: periodName(period.label) }));
      onDone();
    } catch (error) {
      applyServerErrors(error, form, ['reason'], t);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="unlock-form">
      <Stack gap="sm">
        <Text size="sm">{t('cycles.unlockHint', { label: periodName(period.label) })}</Text>
        <LimitedTextarea
          maxLength={maxLengthOf(unlockPeriodSchema, 'reason')}
          label={t('cycles.unlockReason')}
          required
          autosize
          minRows={2}
          data-testid="unlock-reason"
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" color="orange" loading={unlock.isPending} data-testid="unlock-confirm">
            {t('cycles.unlock')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CycleDetail({ cycle }: { cycle: Cycle }) {
  const { t, i18n } = useTranslation();
  const [unlocking, setUnlocking] = useState<Period | null>(null);
  const [closing, setClosing] = useState(false);
  const [reopening, setReopening] = useState(false);
  const closed = cycle.status === 'closed';
  const periods = [...cycle.periods].sort((a, b) =>
    a.kind === b.kind ? a.index - b.index : a.kind === 'periodic' ? -1 : 1,
  );
  return (
    <>
      <PageHeader
        title={t('cycles.yearTitle', { year: cycle.year })}
        description={`${formatDate(cycle.startDate, i18n.language)} – ${formatDate(cycle.endDate, i18n.language)}`}
        actions={
          <Group gap="xs">
            {cycle.can.close ? (
              <Button color="red" variant="light" onClick={() => setClosing(true)} data-testid="cycle-close">
                {t('cycleClosing.action')}
              </Button>
            ) : null}
            {cycle.can.reopen ? (
              <Button
                color="orange"
                variant="light"
                onClick={() => setReopening(true)}
                data-testid="cycle-reopen"
              >
                {t('cycleClosing.reopen')}
              </Button>
            ) : null}
            <Button component={Link} to="/admin/cycles" variant="default">
              {t('cycles.back')}
            </Button>
          </Group>
        }
      />
      <Stack gap="md">
        {closed ? (
          <Alert
            color="gray"
            title={
              <Group gap="xs">
                <Badge color="gray" variant="filled" radius="sm" data-testid="cycle-closed-badge">
                  {t('cycleClosing.badge')}
                </Badge>
                {t('cycleClosing.closedTitle', { year: cycle.year })}
              </Group>
            }
            data-testid="cycle-closed"
          >
            {cycle.closedAt
              ? t('cycleClosing.closedBy', {
                  date: formatDateTime(cycle.closedAt, i18n.language),
                  name: cycle.closedByName ?? '—',
                })
              : null}{' '}
            {t('cycleClosing.readOnly')}
          </Alert>
        ) : null}
        <Card withBorder padding="md" radius="md">
          <Stack gap="sm">
            <DetailList
              items={[
                { label: t('cycles.fields.year'), value: String(cycle.year) },
                { label: t('cycles.fields.frequency'), value: t(`cycles.frequency.${cycle.frequency}`) },
              ]}
            />
            <PlanningDeadline key={`${cycle.version}`} cycle={cycle} readOnly={closed} />
          </Stack>
        </Card>
        <Title order={2} fz="h4">
          {t('cycles.periods')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('cycles.periodsHint')}
        </Text>
        {periods.length === 0 ? (
          <Alert color="gray">{t('cycles.noPeriods')}</Alert>
        ) : (
          <Stack gap="xs" data-testid="period-list">
            {periods.map((p) => (
              <PeriodRow
                key={`${p.id}-${p.version}`}
                cycleId={cycle.id}
                period={p}
                readOnly={closed}
                onUnlock={() => setUnlocking(p)}
              />
            ))}
          </Stack>
        )}
      </Stack>
      <Modal
        opened={unlocking !== null}
        onClose={() => setUnlocking(null)}
        title={t('cycles.unlockTitle')}
        centered
      >
        {unlocking ? (
          <UnlockForm cycleId={cycle.id} period={unlocking} onDone={() => setUnlocking(null)} />
        ) : null}
      </Modal>
      <CloseCycleModal cycle={cycle} opened={closing} onClose={() => setClosing(false)} />
      <ReopenCycleModal cycle={cycle} opened={reopening} onClose={() => setReopening(false)} />
    </>
  );
}

/**
 * One cycle (HR): its planning deadline, each period's deadlines and lock, and closing the year ("Tutup Tahun
 * Kinerja": the preview of what is still open, then the close) or reopening it with a reason.
 */
export function CyclePage() {
  const { id = '' } = useParams();
  const query = useCycle(id);
  return (
    <QueryState query={query} notFound>
      {(cycle) => <CycleDetail cycle={cycle} />}
    </QueryState>
  );
}

export default CyclePage;
