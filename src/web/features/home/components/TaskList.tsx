import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HomeTask } from '../../../../domain/home/view';
import { formatDate } from '../../../lib/format';
import { usePeriodLabel } from '../../../lib/use-period-label';

const SEVERITY_COLOR = { overdue: 'red', due: 'orange', info: 'gray' } as const;

/** One next action: what, how many, by when, and one big link that does it. */
function Task({ task, first }: { task: HomeTask; first: boolean }) {
  const periodName = usePeriodLabel();
  const { t, i18n } = useTranslation();
  const vars = {
    count: task.count,
    period: periodName(task.periodLabel),
    status: task.status ? t(`status.${task.status}`) : '',
  };
  const text =
    task.kind === 'plan.draft'
      ? t(task.status ? 'home.next.planStatus' : 'home.next.planNone', vars)
      : task.kind === 'progress.record' && task.count > 1
        ? t('home.next.progressMissing', vars)
        : t(`home.next.${task.kind.replace('.', '_')}`, vars);
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      data-testid="home-task"
      data-kind={task.kind}
      data-severity={task.severity}
      style={{ borderLeft: `4px solid var(--mantine-color-${SEVERITY_COLOR[task.severity]}-6)` }}
    >
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 14rem' }}>
          <Text size="sm" fw={600}>
            {text}
          </Text>
          <Group gap={6}>
            {task.dueDate ? (
              <Text size="xs" c={task.severity === 'overdue' ? 'red' : 'dimmed'} data-testid="home-task-due">
                {t(task.severity === 'overdue' ? 'home.next.overdueSince' : 'home.next.dueBy', {
                  date: formatDate(task.dueDate, i18n.language),
                })}
              </Text>
            ) : null}
            {task.severity !== 'info' ? (
              <Badge size="xs" variant="light" color={SEVERITY_COLOR[task.severity]}>
                {t(`home.severity.${task.severity}`)}
              </Badge>
            ) : null}
          </Group>
        </Stack>
        <Button
          component={Link}
          to={task.href}
          size="md"
          variant={first ? 'filled' : 'light'}
          data-testid="home-task-action"
          miw={140}
        >
          {t(`home.action.${task.kind.replace('.', '_')}`)}
        </Button>
      </Group>
    </Paper>
  );
}

/** "Yang perlu dilakukan": the next actions from `GET /home`, most urgent first; an empty list says all is done. */
export function TaskList({ tasks }: { tasks: readonly HomeTask[] }) {
  const { t } = useTranslation();
  if (tasks.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="home-tasks-empty">
        {t('home.next.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="xs" data-testid="home-task-list">
      {tasks.map((task, i) => (
        <Task key={`${task.kind}-${task.periodId ?? ''}-${i}`} task={task} first={i === 0} />
      ))}
    </Stack>
  );
}
