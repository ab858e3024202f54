import { Anchor, Badge, Box, Button, Code, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import type { AuditEntry } from '../types';

function JsonBlock({ label, value, testId }: { label: string; value: unknown; testId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} style={{ minWidth: 0 }}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        {label}
      </Text>
      {value === null || value === undefined ? (
        <Text size="xs" c="dimmed">
          {t('common.none')}
        </Text>
      ) : (
        <Code block className="json-block" data-testid={testId}>
          {JSON.stringify(value, null, 2)}
        </Code>
      )}
    </Stack>
  );
}

/** Keys whose value differs between before and after (a quick "what changed"). */
export function changedKeys(before: unknown, after: unknown): string[] {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(before) || !isObject(after)) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]) && k !== 'updatedAt' && k !== 'version',
  );
}

function entityLink(entry: AuditEntry): string | null {
  if (entry.entityType === 'employee') return `/employees/${entry.entityId}`;
  return null;
}

function AuditEntryItem({ entry, showEntity }: { entry: AuditEntry; showEntity: boolean }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const changed = changedKeys(entry.before, entry.after);
  const detailId = `audit-detail-${entry.id}`;
  const link = entityLink(entry);
  return (
    <Box
      component="li"
      data-testid="audit-entry"
      data-seq={entry.seq}
      py="sm"
      style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
    >
      <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 16rem' }}>
          <Group gap={6} wrap="wrap">
            <Text size="xs" c="dimmed" ff="monospace">
              #{entry.seq}
            </Text>
            <Badge variant="light" radius="sm" size="sm" ff="monospace" tt="none">
              {entry.action}
            </Badge>
            {showEntity ? (
              <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                {entry.entityType}:{' '}
                {link ? (
                  <Anchor component={Link} to={link} size="xs" ff="monospace">
                    {entry.entityId}
                  </Anchor>
                ) : (
                  entry.entityId
                )}
              </Text>
            ) : null}
          </Group>
          <Text size="sm">
            {t('audit.by', { actor: entry.actor.label, at: formatDateTime(entry.at, i18n.language) })}
          </Text>
          {changed.length > 0 ? (
            <Text size="xs" c="dimmed">
              {t('audit.changedFields', { fields: changed.join(', ') })}
            </Text>
          ) : null}
        </Stack>
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          aria-controls={detailId}
          data-testid="audit-entry-toggle"
        >
          {open ? t('audit.hideDetail') : t('audit.showDetail')}
        </Button>
      </Group>
      {open ? (
        <Stack gap="xs" mt="sm" id={detailId}>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            <JsonBlock label={t('audit.before')} value={entry.before} testId="audit-before" />
            <JsonBlock label={t('audit.after')} value={entry.after} testId="audit-after" />
          </SimpleGrid>
          <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
            {t('audit.requestId')}: {entry.requestId ?? t('common.none')} · {t('audit.hash')}: {entry.hash}
          </Text>
        </Stack>
      ) : null}
    </Box>
  );
}

export function AuditEntryList({
  entries,
  showEntity = true,
}: {
  entries: AuditEntry[];
  showEntity?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Box
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('audit.listLabel')}
      data-testid="audit-list"
    >
      {entries.map((entry) => (
        <AuditEntryItem key={entry.id} entry={entry} showEntity={showEntity} />
      ))}
    </Box>
  );
}
