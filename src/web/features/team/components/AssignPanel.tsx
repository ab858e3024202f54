import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  List,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
} from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SectionCard } from '../../../components/SectionCard';
import { matrixAssignSchema } from '../../../../domain/work-plans/schemas';
import { issueMessage, maxLengthOf } from '../../../lib/form';
import { errorMessage } from '../../../lib/notify';
import { shorten } from '../../work-plans';
import { useAssignResults } from '../api/assign-results';
import { ASSIGN_ERRORS, type AssignOutcome, type TeamMatrixView } from '../types';
import { LimitedTextarea } from '../../../components/LimitedText';

function outcomeError(error: AssignOutcome['error'], t: TFunction): string | null {
  if (!error) return null;
  return (ASSIGN_ERRORS as readonly string[]).includes(error)
    ? t(`matrix.assign.errors.${error}`)
    : String(error);
}

/** "Turunkan ke bawahan": one of my results to several direct reports, each told how it went. */
export function AssignPanel({ matrix }: { matrix: TeamMatrixView }) {
  const { t, i18n } = useTranslation();
  const assign = useAssignResults();
  const results = matrix.leaderPlan?.results ?? [];
  const [resultId, setResultId] = useState(results[0]?.id ?? '');
  const [employeeIds, setEmployeeIds] = useState<string[]>([]);
  const [kind, setKind] = useState<'main' | 'additional'>('main');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcomes, setOutcomes] = useState<AssignOutcome[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const names = new Map(matrix.subordinates.map((s) => [s.employeeId, s.name]));
  const allIds = matrix.subordinates.map((s) => s.employeeId);

  const submit = () => {
    const input = { resultId, employeeIds, kind, ...(text.trim() ? { text: text.trim() } : {}) };
    const parsed = matrixAssignSchema.safeParse(input);
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '');
        next[key] ??= issueMessage(issue, input, i18n);
      }
      setErrors(next);
      return;
    }
    setErrors({});
    setFailure(null);
    assign.mutate(parsed.data, {
      onSuccess: (answer) => {
        setOutcomes(answer.items);
        setEmployeeIds([]);
      },
      onError: (error) => setFailure(errorMessage(error, t)),
    });
  };

  return (
    <SectionCard id="assign-title" title={t('matrix.assign.title')} testId="matrix-assign-panel">
      <Text size="sm" c="dimmed">
        {t('matrix.assign.hint')}
      </Text>
      <NativeSelect
        label={t('matrix.assign.result')}
        data={results.map((r, i) => ({ value: r.id, label: `${i + 1}. ${shorten(r.text, 120)}` }))}
        value={resultId}
        onChange={(e) => setResultId(e.currentTarget.value)}
        error={errors.resultId}
        data-testid="matrix-result-select"
      />
      <Checkbox.Group
        label={t('matrix.assign.subordinates')}
        value={employeeIds}
        onChange={setEmployeeIds}
        error={errors.employeeIds}
      >
        <Stack gap={8} mt={6}>
          {matrix.subordinates.map((s) => (
            <Checkbox
              key={s.employeeId}
              value={s.employeeId}
              label={s.name}
              description={
                s.plan && (s.plan.status === 'submitted' || s.plan.status === 'approved')
                  ? t('matrix.assign.locked', { status: t(`status.${s.plan.status}`) })
                  : s.plan
                    ? s.positionTitle
                    : `${s.positionTitle} · ${t('matrix.assign.willCreate')}`
              }
              data-testid="matrix-subordinate"
            />
          ))}
        </Stack>
      </Checkbox.Group>
      <Group gap="xs">
        <Button size="compact-sm" variant="subtle" onClick={() => setEmployeeIds(allIds)}>
          {t('matrix.assign.selectAll')}
        </Button>
        <Button size="compact-sm" variant="subtle" onClick={() => setEmployeeIds([])}>
          {t('matrix.assign.selectNone')}
        </Button>
      </Group>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="matrix-kind-label">
          {t('plan.result.kind')}
        </Text>
        <SegmentedControl
          aria-labelledby="matrix-kind-label"
          data={[
            { value: 'main', label: t('terms.kind.main') },
            { value: 'additional', label: t('terms.kind.additional') },
          ]}
          value={kind}
          onChange={(v) => setKind(v === 'additional' ? 'additional' : 'main')}
          data-testid="matrix-kind"
          style={{ alignSelf: 'flex-start' }}
        />
      </Stack>
      <LimitedTextarea
        maxLength={maxLengthOf(matrixAssignSchema, 'text')}
        label={t('matrix.assign.text')}
        description={t('matrix.assign.textHint')}
        autosize
        minRows={2}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        error={errors.text}
        data-testid="matrix-text"
      />
      <Group>
        <Button
          size="md"
          onClick={submit}
          loading={assign.isPending}
          disabled={results.length === 0}
          data-testid="matrix-assign"
        >
          {t('matrix.assign.submit', { count: employeeIds.length })}
        </Button>
      </Group>
      {failure ? (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      ) : null}
      {outcomes ? (
        <Alert
          color="teal"
          variant="light"
          title={t('matrix.assign.outcomeTitle')}
          data-testid="matrix-outcomes"
        >
          <List size="sm" spacing={4}>
            {outcomes.map((o) => {
              const err = outcomeError(o.error, t);
              return (
                <List.Item
                  key={o.employeeId}
                  data-testid="matrix-outcome"
                  data-outcome={err ? 'error' : 'ok'}
                >
                  <Text span fw={600} size="sm">
                    {names.get(o.employeeId) ?? o.employeeId}
                  </Text>
                  {': '}
                  {err ? (
                    <Text span c="red" size="sm">
                      {t('matrix.assign.outcomeError', { message: err })}
                    </Text>
                  ) : (
                    <>
                      {o.createdPlan ? t('matrix.assign.outcomeCreated') : t('matrix.assign.outcomeAdded')}{' '}
                      {o.workPlanId ? (
                        <Anchor component={Link} to={`/plans/${o.workPlanId}`} size="sm">
                          {t('matrix.assign.openPlan')}
                        </Anchor>
                      ) : null}
                    </>
                  )}
                </List.Item>
              );
            })}
          </List>
        </Alert>
      ) : null}
    </SectionCard>
  );
}
