import { Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One card of an evaluation page (editor, explanation): a section named by its title for screen readers. */
export function EvaluationSection({
  id,
  title,
  hint,
  aside,
  gap = 'md',
  children,
}: {
  id: string;
  title: string;
  hint?: string;
  /** shown at the title's end (e.g. the predicate preview) */
  aside?: ReactNode;
  gap?: 'sm' | 'md';
  children: ReactNode;
}) {
  const heading = (
    <Title order={2} size="h4" id={id}>
      {title}
    </Title>
  );
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id}>
      <Stack gap={gap}>
        {aside ? (
          <Group justify="space-between" gap="xs" wrap="wrap">
            {heading}
            {aside}
          </Group>
        ) : hint ? (
          <div>
            {heading}
            <Text size="sm" c="dimmed">
              {hint}
            </Text>
          </div>
        ) : (
          heading
        )}
        {children}
      </Stack>
    </Card>
  );
}
