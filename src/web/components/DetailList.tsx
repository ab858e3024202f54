import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface DetailItem {
  label: string;
  value: ReactNode;
  testId?: string;
}

/** Label/value pairs, two columns from tablet up, one on a phone. */
export function DetailList({ items, cols = 2 }: { items: DetailItem[]; cols?: number }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: cols }} spacing="md" verticalSpacing="sm" component="dl" m={0}>
      {items.map((item) => (
        <Stack key={item.label} gap={2}>
          <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
            {item.label}
          </Text>
          <Text component="dd" m={0} size="sm" data-testid={item.testId} style={{ overflowWrap: 'anywhere' }}>
            {item.value === null || item.value === undefined || item.value === ''
              ? t('common.none')
              : item.value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
