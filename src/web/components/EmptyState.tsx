import { EmptyState as MantineEmptyState } from '@mantine/core';
import type { ReactNode } from 'react';
import { InboxIcon } from './icons';

interface EmptyStateProps {
  title: string;
  description?: ReactNode;
  action?: ReactNode;
}

export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <MantineEmptyState
      data-testid="empty-state"
      title={title}
      description={description}
      icon={<InboxIcon />}
      variant="light"
      py="xl"
    >
      {action}
    </MantineEmptyState>
  );
}
