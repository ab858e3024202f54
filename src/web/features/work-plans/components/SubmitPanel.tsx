import { Alert, Anchor, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SubmitProblem } from '../../../../domain/work-plans/rules';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useSubmitWorkPlan } from '../api/submit-work-plan';
import type { AssessorPlanState } from '../api/use-assessor-plan';
import { shorten } from '../format';
import type { WorkPlanView } from '../types';

function focusResult(resultId: string) {
  const el = document.getElementById(`result-${resultId}`);
  if (!el) return;
  el.scrollIntoView({ behavior: 'smooth', block: 'start' });
  el.focus({ preventScroll: true });
}

/** One submit precondition in words, pointing at the RHK it is about. */
export function ProblemText({ plan, problem }: { plan: WorkPlanView; problem: SubmitProblem }) {
  const { t } = useTranslation();
  if (problem.code === 'no_main_result') return <>{t('plan.problems.no_main_result')}</>;
  const result = plan.results.find((r) => r.id === problem.resultId);
  const resultText = result ? shorten(result.text, 70) : '';
  const link = (text: string) => (
    <Anchor
      component="button"
      type="button"
      size="sm"
      onClick={() => focusResult(problem.resultId)}
      style={{ textAlign: 'left' }}
    >
      {text}
    </Anchor>
  );
  switch (problem.code) {
    case 'result_without_indicator':
      return <>{link(t('plan.problems.result_without_indicator', { result: resultText }))}</>;
    case 'main_result_not_linked':
      return <>{link(t('plan.problems.main_result_not_linked', { result: resultText }))}</>;
    case 'indicator_without_target': {
      const indicator = result?.indicators.find((i) => i.id === problem.indicatorId);
      return (
        <>
          {link(
            t(
              plan.approach === 'quantitative'
                ? 'plan.problems.indicator_without_number'
                : 'plan.problems.indicator_without_target',
              { indicator: shorten(indicator?.text ?? '', 60), result: resultText },
            ),
          )}
        </>
      );
    }
  }
}

/** "Kelengkapan SKP": what still stops the submit, in words, and the Ajukan button. */
export function SubmitPanel({ plan, assessor }: { plan: WorkPlanView; assessor: AssessorPlanState }) {
  const { t } = useTranslation();
  const submit = useSubmitWorkPlan(plan.id);
  const problems = plan.submitProblems;
  const ready = problems.length === 0;
  const waitingForLeader =
    assessor.kind === 'missing' && problems.some((p) => p.code === 'main_result_not_linked');

  return (
    <Card withBorder padding="md" radius="md" data-testid="submit-panel">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {t('plan.submit.title')}
        </Title>
        {ready ? (
          <Text size="sm" c="teal" data-testid="submit-ready">
            {t('plan.submit.ready')}
          </Text>
        ) : (
          <Alert color="yellow" variant="light" p="sm" data-testid="submit-problems">
            <Text size="sm" fw={600} mb={4}>
              {t('plan.submit.notReady', { count: problems.length })}
            </Text>
            <List size="sm" spacing={4}>
              {problems.map((p, i) => (
                <List.Item key={i} data-testid="submit-problem" data-code={p.code}>
                  <ProblemText plan={plan} problem={p} />
                </List.Item>
              ))}
            </List>
            {waitingForLeader ? (
              <Text size="xs" mt="xs" data-testid="submit-waiting-leader">
                {t('plan.link.waitingLeaderSubmit')}
              </Text>
            ) : null}
          </Alert>
        )}
        {plan.status === 'returned' ? (
          <Text size="xs" c="dimmed">
            {t('plan.submit.resubmitHint')}
          </Text>
        ) : null}
        <Group>
          <Button
            size="md"
            onClick={() =>
              submit.mutate(undefined, {
                onSuccess: () => notifySuccess(t('plan.submit.done')),
                onError: (error) => notifyError(error, t),
              })
            }
            disabled={!ready || !plan.can.submit}
            loading={submit.isPending}
            data-testid="plan-submit"
          >
            {plan.status === 'returned' ? t('plan.submit.resubmit') : t('plan.submit.button')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
