import { Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card of a page (the title names the section for screen readers), with actions beside the title. */
export function SectionCard({
  id,
  title,
  hint,
  actions,
  testId,
  children,
}: {
  /** the title's id */
  id: string;
  title: ReactNode;
  /** a small line under the title */
  hint?: ReactNode;
  actions?: ReactNode;
  testId?: string;
  children: ReactNode;
}) {
  const heading = (
    <Title order={2} fz="h4" id={id}>
      {title}
    </Title>
  );
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby={id} data-testid={testId}>
      <Stack gap="sm">
        {actions ? (
          <Group justify="space-between" gap="xs" wrap="wrap">
            {heading}
            {actions}
          </Group>
        ) : (
          heading
        )}
        {hint ? (
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        ) : null}
        {children}
      </Stack>
    </Card>
  );
}
