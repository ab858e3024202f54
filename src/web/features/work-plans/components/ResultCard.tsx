import { Alert, Badge, Button, Card, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useDeleteResult } from '../api/delete-result';
import { useUpdateResult } from '../api/update-result';
import type { AssessorPlanState } from '../api/use-assessor-plan';
import { workPlanKeys, type ResultView, type WorkPlanView } from '../types';
import { AutosaveTextarea } from './AutosaveTextarea';
import { IndicatorFormModal } from './IndicatorForm';
import { IndicatorItem } from './IndicatorItem';
import { ParentResultField, PendingLinkBadge } from './ParentResultField';

interface ResultCardProps {
  plan: WorkPlanView;
  result: ResultView;
  number: number;
  assessor: AssessorPlanState;
}

/** One RHK: its text, its link to the leader's RHK, and its indicators. */
export function ResultCard({ plan, result, number, assessor }: ResultCardProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateResult(plan.id);
  const remove = useDeleteResult(plan.id);
  const [adding, setAdding] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [linkSaved, setLinkSaved] = useState(false);
  const editable = plan.can.edit;
  const waitingForLeader = assessor.kind === 'missing';
  const pending = result.linkStatus === 'pending';
  const indicators = [...result.indicators].sort((a, b) => a.position - b.position);

  const setParent = (parentResultId: string | null) => {
    setLinkSaved(false);
    update.mutate(
      { resultId: result.id, patch: { parentResultId } },
      {
        onSuccess: () => setLinkSaved(true),
        onError: (error) => notifyError(error, t),
      },
    );
  };

  return (
    <Card
      withBorder
      padding="md"
      radius="md"
      id={`result-${result.id}`}
      tabIndex={-1}
      data-testid="result-card"
      data-result-id={result.id}
      data-kind={result.kind}
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Group gap={6} wrap="wrap">
            <Text fw={700} size="sm">
              {t('plan.result.numbered', { n: number })}
            </Text>
            <Badge variant="outline" radius="sm" size="sm" color={result.kind === 'main' ? 'teal' : 'gray'}>
              {t(`terms.kind.${result.kind}`)}
            </Badge>
            {pending && result.kind === 'main' ? (
              <PendingLinkBadge waitingForLeader={waitingForLeader} />
            ) : null}
            {result.linkStatus === 'linked' ? (
              <Badge color="teal" variant="light" radius="sm" size="sm" data-testid="result-link-linked">
                {t('plan.link.linked')}
              </Badge>
            ) : null}
          </Group>
          {editable ? (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <UnstyledButton
                  aria-label={t('plan.result.menu', { n: number })}
                  data-testid="result-menu"
                  px="sm"
                  py={6}
                  style={{
                    borderRadius: 'var(--mantine-radius-md)',
                    fontWeight: 700,
                    minWidth: 44,
                    minHeight: 36,
                  }}
                >
                  ⋯
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item
                  onClick={() =>
                    update.mutate(
                      {
                        resultId: result.id,
                        patch: { kind: result.kind === 'main' ? 'additional' : 'main' },
                      },
                      { onError: (error) => notifyError(error, t) },
                    )
                  }
                  data-testid="result-toggle-kind"
                >
                  {result.kind === 'main' ? t('plan.result.makeAdditional') : t('plan.result.makeMain')}
                </Menu.Item>
                <Menu.Item color="red" onClick={() => setConfirming(true)} data-testid="result-delete">
                  {t('plan.result.delete')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          ) : null}
        </Group>

        {editable ? (
          <AutosaveTextarea
            label={t('plan.result.text')}
            value={result.text}
            required
            maxLength={2000}
            testId="result-card-text"
            draftKey={`${plan.id}.result.${result.id}`}
            onSave={(text) => update.mutateAsync({ resultId: result.id, patch: { text } })}
            onStale={() => void queryClient.invalidateQueries({ queryKey: workPlanKeys.detail(plan.id) })}
          />
        ) : (
          <Text size="sm" fw={500} style={{ whiteSpace: 'pre-wrap' }} data-testid="result-card-text">
            {result.text}
          </Text>
        )}

        <Stack gap={2}>
          <ParentResultField
            state={assessor}
            value={result.parentResultId}
            currentText={result.parentResult?.text ?? null}
            {...(editable ? { onChange: setParent } : {})}
            disabled={update.isPending}
            testId="result-card-parent"
          />
          {linkSaved && !update.isPending ? (
            <Text size="xs" c="teal" aria-live="polite">
              {t('autosave.saved')}
            </Text>
          ) : null}
          {editable && pending && result.kind === 'main' && waitingForLeader ? (
            <Text size="xs" c="orange" data-testid="result-link-explanation">
              {t('plan.link.waitingLeaderExplain')}
            </Text>
          ) : null}
        </Stack>

        <Stack gap="xs">
          <Text size="sm" fw={600}>
            {t('plan.indicator.listTitle')}
          </Text>
          {indicators.length === 0 ? (
            <Alert color="yellow" variant="light" p="xs" data-testid="result-no-indicator">
              <Text size="xs">{t('plan.indicator.none')}</Text>
            </Alert>
          ) : (
            indicators.map((indicator, i) => (
              <IndicatorItem key={indicator.id} plan={plan} result={result} indicator={indicator} index={i} />
            ))
          )}
          {editable ? (
            <Button
              variant="light"
              onClick={() => setAdding(true)}
              data-testid="indicator-add"
              aria-label={t('plan.indicator.addFor', { n: number })}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('plan.indicator.add')}
            </Button>
          ) : null}
        </Stack>
      </Stack>

      {editable ? (
        <>
          <IndicatorFormModal
            opened={adding}
            onClose={() => setAdding(false)}
            planId={plan.id}
            resultId={result.id}
            resultText={result.text}
            approach={plan.approach}
            usesPerspective={plan.usesPerspective}
            perspectiveRequired={plan.employee.positionType === 'jpt'}
            indicator={null}
          />
          <ConfirmModal
            opened={confirming}
            title={t('plan.result.deleteTitle')}
            message={t('plan.result.deleteConfirm', { count: result.indicators.length })}
            confirmLabel={t('actions.remove')}
            loading={remove.isPending}
            onClose={() => setConfirming(false)}
            onConfirm={() =>
              remove.mutate(result.id, {
                onSuccess: () => {
                  setConfirming(false);
                  notifySuccess(t('plan.result.deleted'));
                },
                onError: (error) => notifyError(error, t),
              })
            }
          />
        </>
      ) : null}
    </Card>
  );
}
