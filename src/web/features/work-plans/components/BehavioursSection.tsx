import { Card, List, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { BEHAVIOUR_VALUES, BERAKHLAK } from '../../../../domain/work-plans/berakhlak';
import { useSetBehaviour } from '../api/set-behaviour';
import { workPlanKeys, type WorkPlanView } from '../types';
import { AutosaveTextarea } from './AutosaveTextarea';

/** Perilaku Kerja: the seven BerAKHLAK values, their guides, and the leader's specific expectation. */
export function BehavioursSection({ plan }: { plan: WorkPlanView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useSetBehaviour(plan.id);
  const expectations = new Map(plan.behaviours.map((b) => [b.value, b.expectation]));
  const editable = plan.can.editBehaviours;

  return (
    <Stack gap="sm" component="section" aria-labelledby="plan-behaviours-title" data-testid="plan-behaviours">
      <Title order={2} fz="h4" id="plan-behaviours-title">
        {t('plan.sections.behaviours')}
      </Title>
      <Text size="sm" c="dimmed">
        {editable ? t('plan.behaviour.hintEditable') : t('plan.behaviour.hint')}
      </Text>
      {BEHAVIOUR_VALUES.map((value, i) => {
        const info = BERAKHLAK[value];
        const expectation = expectations.get(value) ?? '';
        return (
          <Card key={value} withBorder padding="md" radius="md" data-testid={`behaviour-${value}`}>
            <Text fw={700} size="sm">
              {i + 1}. {info.label}
            </Text>
            <List size="sm" mt={4} spacing={2} c="dimmed">
              {info.guides.map((g) => (
                <List.Item key={g}>{g}</List.Item>
              ))}
            </List>
            <Stack gap={4} mt="sm">
              {editable ? (
                <AutosaveTextarea
                  label={t('plan.behaviour.expectation')}
                  placeholder={t('plan.behaviour.placeholder')}
                  value={expectation}
                  maxLength={2000}
                  minRows={1}
                  testId={`behaviour-expectation-${value}`}
                  draftKey={`${plan.id}.behaviour.${value}`}
                  onSave={(text) => save.mutateAsync({ value, expectation: text })}
                  onStale={() =>
                    void queryClient.invalidateQueries({ queryKey: workPlanKeys.detail(plan.id) })
                  }
                />
              ) : (
                <>
                  <Text size="xs" fw={600} c="dimmed" tt="uppercase">
                    {t('plan.behaviour.expectation')}
                  </Text>
                  <Text
                    size="sm"
                    style={{ whiteSpace: 'pre-wrap' }}
                    c={expectation ? undefined : 'dimmed'}
                    data-testid={`behaviour-expectation-${value}`}
                  >
                    {expectation || t('plan.behaviour.none')}
                  </Text>
                </>
              )}
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}
