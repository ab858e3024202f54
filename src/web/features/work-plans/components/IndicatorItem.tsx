import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { indicatorWarnings } from '../../../../domain/work-plans/rules';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useDeleteIndicator } from '../api/delete-indicator';
import { useUpdateIndicator } from '../api/update-indicator';
import { formatTarget } from '../format';
import { workPlanKeys, type IndicatorView, type ResultView, type WorkPlanView } from '../types';
import { AutosaveTextarea } from './AutosaveTextarea';
import { IndicatorFormModal } from './IndicatorForm';
import { PeriodTargets } from './PeriodTargets';

interface IndicatorItemProps {
  plan: WorkPlanView;
  result: ResultView;
  indicator: IndicatorView;
  index: number;
}

/** The writing warnings of an indicator (soft: it may still be saved). */
export function IndicatorWarnings({ warnings, testId }: { warnings: readonly string[]; testId: string }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" p="xs" data-testid={testId}>
      {warnings.map((w) => (
        <Text size="xs" key={w}>
          {t(`plan.warnings.${w}`)}
        </Text>
      ))}
    </Alert>
  );
}

/** One IKI: text, aspect, target, direction, category (and perspective), with its writing warnings. */
export function IndicatorItem({ plan, result, indicator, index }: IndicatorItemProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateIndicator(plan.id);
  const remove = useDeleteIndicator(plan.id);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const editable = plan.can.edit;
  const target = formatTarget(indicator, i18n.language);
  const warnings = indicatorWarnings(plan.approach, indicator);

  return (
    <Paper withBorder p="sm" radius="md" data-testid="indicator-item" data-indicator-id={indicator.id}>
      <Stack gap={6}>
        <Text size="xs" c="dimmed" fw={600}>
          {t('plan.indicator.numbered', { n: index + 1 })}
        </Text>
        {editable ? (
          <AutosaveTextarea
            label={t('plan.indicator.text')}
            value={indicator.text}
            required
            maxLength={2000}
            minRows={1}
            testId="indicator-item-text"
            draftKey={`${plan.id}.indicator.${indicator.id}`}
            onSave={(text) =>
              update.mutateAsync({ resultId: result.id, indicatorId: indicator.id, patch: { text } })
            }
            onStale={() => void queryClient.invalidateQueries({ queryKey: workPlanKeys.detail(plan.id) })}
          />
        ) : (
          <Text size="sm" data-testid="indicator-item-text" style={{ whiteSpace: 'pre-wrap' }}>
            {indicator.text}
          </Text>
        )}
        <Group gap={6} wrap="wrap">
          <Badge variant="light" color="blue" radius="sm" size="sm">
            {t(`terms.aspect.${indicator.aspect}`)}
          </Badge>
          {indicator.category ? (
            <Badge variant="light" color="violet" radius="sm" size="sm">
              {t(`terms.category.${indicator.category}`)}
            </Badge>
          ) : null}
          {plan.usesPerspective && indicator.perspective ? (
            <Badge variant="light" color="cyan" radius="sm" size="sm">
              {t(`terms.perspective.${indicator.perspective}`)}
            </Badge>
          ) : null}
          {indicator.templateId ? (
            <Badge variant="light" color="grape" radius="sm" size="sm">
              {t('plan.indicator.fromTemplate')}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm">
          <Text span c="dimmed" size="sm">
            {t('plan.indicator.target')}:{' '}
          </Text>
          <Text span fw={600} size="sm" data-testid="indicator-item-target">
            {target ?? t('plan.indicator.noTarget')}
          </Text>
          <Text span c="dimmed" size="xs">
            {' '}
            · {t(`terms.direction.${indicator.direction}`)}
          </Text>
        </Text>
        <PeriodTargets plan={plan} indicator={indicator} />
        <IndicatorWarnings warnings={warnings} testId="indicator-warning" />
        {editable ? (
          <Group gap="xs" justify="flex-end">
            <Button size="sm" variant="light" onClick={() => setEditing(true)} data-testid="indicator-edit">
              {t('plan.indicator.edit')}
            </Button>
            <Button
              size="sm"
              variant="subtle"
              color="red"
              onClick={() => setConfirming(true)}
              data-testid="indicator-delete"
            >
              {t('actions.remove')}
            </Button>
          </Group>
        ) : null}
      </Stack>
      {editable ? (
        <>
          <IndicatorFormModal
            opened={editing}
            onClose={() => setEditing(false)}
            planId={plan.id}
            resultId={result.id}
            resultText={result.text}
            approach={plan.approach}
            usesPerspective={plan.usesPerspective}
            perspectiveRequired={plan.employee.positionType === 'jpt'}
            indicator={indicator}
          />
          <ConfirmModal
            opened={confirming}
            title={t('plan.indicator.deleteTitle')}
            message={t('plan.indicator.deleteConfirm')}
            confirmLabel={t('actions.remove')}
            loading={remove.isPending}
            onClose={() => setConfirming(false)}
            onConfirm={() => {
              remove.mutate(
                { resultId: result.id, indicatorId: indicator.id },
                {
                  onSuccess: () => {
                    setConfirming(false);
                    notifySuccess(t('plan.indicator.deleted'));
                  },
                  onError: (error) => notifyError(error, t),
                },
              );
            }}
          />
        </>
      ) : null}
    </Paper>
  );
}
