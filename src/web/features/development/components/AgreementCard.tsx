import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import type { DevelopmentPlanDetail } from '../api/get-development-plan';
import { useAgreePlan } from '../api/plan-steps';

/** Kesepakatan: who agreed the plan when, and the caller's own agree button. */
export function AgreementCard({ plan }: { plan: DevelopmentPlanDetail }) {
  const { t, i18n } = useTranslation();
  const agree = useAgreePlan(plan.id, plan.employeeId);
  const who = (at: string | null, name: string | null) =>
    at
      ? t('development.agreement.agreedAt', { name: name ?? '', date: formatDateTime(at, i18n.language) })
      : t('development.agreement.notYet');
  const onAgree = () =>
    agree.mutate(plan.version, {
      onSuccess: () => notifySuccess(t('development.agreement.done')),
      onError: (err) => notifyError(err, t),
    });
  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-labelledby="agreement-title"
      data-testid="development-agreement"
    >
      <Stack gap="sm">
        <Title order={2} fz="h4" id="agreement-title">
          {t('development.agreement.title')}
        </Title>
        <Stack gap={4}>
          <Text size="sm" data-testid="agreement-employee">
            <Text span fw={600} size="sm">
              {t('development.agreement.employee')}:
            </Text>{' '}
            {who(plan.agreedByEmployeeAt, plan.employeeName)}
          </Text>
          {plan.assessorId ? (
            <Text size="sm" data-testid="agreement-assessor">
              <Text span fw={600} size="sm">
                {t('development.agreement.assessor')}:
              </Text>{' '}
              {who(plan.agreedByAssessorAt, plan.agreedByAssessorName ?? plan.assessorName)}
            </Text>
          ) : null}
        </Stack>
        {plan.status === 'open' ? (
          <Alert color="gray" variant="light" p="xs">
            <Text size="xs">{t('development.agreement.clearsHint')}</Text>
          </Alert>
        ) : null}
        <Group gap="xs">
          {plan.can.agreeAsEmployee ? (
            <Button onClick={onAgree} loading={agree.isPending} data-testid="agree-employee">
              {t('development.agreement.agreeEmployee')}
            </Button>
          ) : null}
          {plan.can.agreeAsAssessor ? (
            <Button onClick={onAgree} loading={agree.isPending} data-testid="agree-assessor">
              {t('development.agreement.agreeAssessor')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}
