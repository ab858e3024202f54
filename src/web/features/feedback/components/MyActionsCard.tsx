import { Anchor, Card, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/QueryState';
import { useMyActions } from '../api/list-my-actions';
import { ActionItem } from './ActionItem';

/** Beranda: "Tindak lanjut dialog kinerja" — the open actions of my performance dialogues (mine and the other party's), until done. */
export function MyActionsCard() {
  const { t } = useTranslation();
  const query = useMyActions();
  return (
    <Card
      withBorder
      padding="md"
      data-testid="home-actions"
      component="section"
      aria-labelledby="home-actions-title"
    >
      <Title order={2} fz="h4" mb="xs" id="home-actions-title">
        {t('dialogue.myActions')}
      </Title>
      <QueryState
        query={query}
        loading={
          <Stack gap="xs">
            <Skeleton height={36} />
            <Skeleton height={36} />
          </Stack>
        }
      >
        {(data) =>
          data.items.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="home-actions-empty">
              {t('dialogue.noOpenActions')}
            </Text>
          ) : (
            <Stack gap="sm">
              {data.items.map((a) => (
                <ActionItem
                  key={a.id}
                  planId={a.workPlanId}
                  action={a}
                  canTick
                  extra={
                    <Anchor component={Link} to={`/plans/${a.workPlanId}?tab=dialogue`} size="xs">
                      {t('dialogue.fromDialogue', { name: a.employee.name })}
                    </Anchor>
                  }
                />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Card>
  );
}
