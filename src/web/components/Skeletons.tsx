import { Card, Group, Skeleton, Stack } from '@mantine/core';

/** Placeholder rows while a list loads (never a page-blocking spinner). */
export function ListSkeleton({ rows = 5 }: { rows?: number }) {
  return (
    <Stack gap="sm" data-testid="loading" aria-busy="true">
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={44} radius="sm" />
      ))}
    </Stack>
  );
}

export function CardsSkeleton({ count = 3 }: { count?: number }) {
  return (
    <Stack gap="md" data-testid="loading" aria-busy="true">
      {Array.from({ length: count }, (_, i) => (
        <Card key={i} withBorder padding="md">
          <Skeleton height={16} width="40%" mb="sm" />
          <Skeleton height={12} mb={6} />
          <Skeleton height={12} width="70%" />
        </Card>
      ))}
    </Stack>
  );
}

export function PageSkeleton() {
  return (
    <Stack gap="lg" data-testid="page-loading" aria-busy="true">
      <Group justify="space-between">
        <Skeleton height={28} width={220} />
        <Skeleton height={32} width={120} />
      </Group>
      <ListSkeleton rows={6} />
    </Stack>
  );
}
