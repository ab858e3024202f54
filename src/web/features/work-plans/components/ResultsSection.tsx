import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessorPlanState } from '../api/use-assessor-plan';
import type { WorkPlanView } from '../types';
import { NewResultForm } from './NewResultForm';
import { ResultCard } from './ResultCard';

/** Hasil Kerja: the RHK grouped Utama / Tambahan, numbered as in the document. */
export function ResultsSection({ plan, assessor }: { plan: WorkPlanView; assessor: AssessorPlanState }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const sorted = [...plan.results].sort((a, b) => a.position - b.position);
  const main = sorted.filter((r) => r.kind === 'main');
  const additional = sorted.filter((r) => r.kind === 'additional');
  const assessorName = plan.assessor?.name ?? '';

  return (
    <Stack gap="md" component="section" aria-labelledby="plan-results-title" data-testid="plan-results">
      <Title order={2} fz="h4" id="plan-results-title">
        {t('plan.sections.results')}
      </Title>
      {plan.can.edit && (assessor.kind === 'missing' || assessor.kind === 'unavailable') ? (
        <Alert
          color="orange"
          variant="light"
          title={t('plan.link.waitingLeaderTitle')}
          data-testid="assessor-pending"
        >
          <Text size="sm">
            {assessor.kind === 'missing'
              ? t('plan.link.waitingLeaderBody', { name: assessorName })
              : t('plan.link.unavailableBody', { name: assessorName })}
          </Text>
        </Alert>
      ) : null}

      {(
        [
          ['main', main],
          ['additional', additional],
        ] as const
      ).map(([kind, results]) => (
        <Stack gap="sm" key={kind} data-testid={`results-${kind}`}>
          <Title order={3} fz="h5">
            {t(`plan.sections.${kind}`)}
          </Title>
          {results.length === 0 ? (
            <Text size="sm" c="dimmed">
              {kind === 'main' ? t('plan.result.noneMain') : t('plan.result.noneAdditional')}
            </Text>
          ) : (
            results.map((r, i) => (
              <ResultCard key={r.id} plan={plan} result={r} number={i + 1} assessor={assessor} />
            ))
          )}
        </Stack>
      ))}

      {plan.can.edit ? (
        adding ? (
          <NewResultForm
            planId={plan.id}
            assessor={assessor}
            defaultKind="main"
            onDone={() => setAdding(false)}
          />
        ) : (
          <Group>
            <Button onClick={() => setAdding(true)} data-testid="result-add" size="md">
              {t('plan.result.add')}
            </Button>
          </Group>
        )
      ) : null}
    </Stack>
  );
}
