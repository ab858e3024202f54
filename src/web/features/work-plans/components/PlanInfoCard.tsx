import { Card, NativeSelect, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { APPROACHES } from '../../../../domain/work-plans/schemas';
import { DetailList } from '../../../components/DetailList';
import { StatusChip } from '../../../components/StatusChip';
import { ApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { notifyError } from '../../../lib/notify';
import { useUpdateWorkPlan } from '../api/update-work-plan';
import { revisionLabel } from '../format';
import { workPlanKeys, type WorkPlanView } from '../types';

/** Who, whose assessment, which approach, where in the workflow. */
export function PlanInfoCard({ plan }: { plan: WorkPlanView }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateWorkPlan(plan.id);

  const approach = plan.can.edit ? (
    <NativeSelect
      aria-label={t('plan.info.approach')}
      description={t(`plan.info.approachHint.${plan.approach}`)}
      data={APPROACHES.map((a) => ({ value: a, label: t(`terms.approach.${a}`) }))}
      value={plan.approach}
      disabled={update.isPending}
      onChange={(e) => {
        const value = e.currentTarget.value === 'qualitative' ? 'qualitative' : 'quantitative';
        update.mutate(
          { approach: value, version: plan.version },
          {
            onError: (error) => {
              notifyError(error, t);
              if (error instanceof ApiError && error.status === 409) {
                void queryClient.invalidateQueries({ queryKey: workPlanKeys.detail(plan.id) });
              }
            },
          },
        );
      }}
      data-testid="plan-approach-select"
      maw={320}
    />
  ) : (
    t(`terms.approach.${plan.approach}`)
  );

  return (
    <Card withBorder padding="md" radius="md" data-testid="plan-info">
      <DetailList
        items={[
          {
            label: t('plan.info.employee'),
            value: `${plan.employee.name} — ${plan.employee.positionTitle}${
              plan.employee.functionalLevel
                ? ` (${t('regent.functionalLevel', { level: t(`employees.functionalLevel.${plan.employee.functionalLevel}`) })})`
                : ''
            }`,
            testId: 'plan-employee',
          },
          {
            label: t('plan.info.assessor'),
            value: plan.assessor ? (
              <>
                {plan.assessor.name} — {plan.assessor.positionTitle}
                {plan.assessorOverrideReason ? (
                  <Text span size="xs" c="dimmed" display="block">
                    {t('plan.info.assessorOverride', { reason: plan.assessorOverrideReason })}
                  </Text>
                ) : null}
              </>
            ) : (
              t('regent.agencyHeadAssesses')
            ),
            testId: 'plan-assessor',
          },
          { label: t('plan.info.approach'), value: approach, testId: 'plan-approach' },
          { label: t('plan.info.status'), value: <StatusChip status={plan.status} /> },
          { label: t('plan.info.revision'), value: revisionLabel(plan.revision, t), testId: 'plan-revision' },
          ...(plan.amendmentReason
            ? [{ label: t('plan.info.amendmentReason'), value: plan.amendmentReason }]
            : []),
          ...(plan.submittedAt
            ? [{ label: t('plan.info.submittedAt'), value: formatDateTime(plan.submittedAt, i18n.language) }]
            : []),
          ...(plan.approvedAt
            ? [{ label: t('plan.info.approvedAt'), value: formatDateTime(plan.approvedAt, i18n.language) }]
            : []),
        ]}
      />
    </Card>
  );
}
