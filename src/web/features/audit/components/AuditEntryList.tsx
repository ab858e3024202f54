import { Anchor, Badge, Box, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { actionLabel, entityLink, entityTypeLabel } from '../lib/present';
import type { AuditEntry } from '../types';
import { AuditDiffTable } from './AuditDiffTable';

/** The record an entry is about: its type and its name, linked to its page where there is one. */
function EntityRef({ entry, onFilter }: { entry: AuditEntry; onFilter?: (entry: AuditEntry) => void }) {
  const { t } = useTranslation();
  const link = entityLink(entry.entityType, entry.entityId);
  const name = entry.entityLabel ?? entry.entityId;
  return (
    <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="audit-entity">
      <Text span c="dimmed" size="sm">
        {entityTypeLabel(t, entry.entityType)}:{' '}
      </Text>
      {link ? (
        <Anchor component={Link} to={link} size="sm">
          {name}
        </Anchor>
      ) : (
        name
      )}
      {onFilter ? (
        <>
          {' '}
          <Anchor
            component="button"
            type="button"
            size="xs"
            onClick={() => onFilter(entry)}
            data-testid="audit-filter-this-record"
          >
            ({t('audit.filterRecord')})
          </Anchor>
        </>
      ) : null}
    </Text>
  );
}

function AuditEntryItem({
  entry,
  showEntity,
  showDiff,
  onFilterRecord,
}: {
  entry: AuditEntry;
  showEntity: boolean;
  showDiff: boolean;
  onFilterRecord?: (entry: AuditEntry) => void;
}) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const detailId = `audit-detail-${entry.id}`;
  return (
    <Box
      component="li"
      data-testid="audit-entry"
      data-seq={entry.seq}
      py="sm"
      style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
          <Stack gap={2} style={{ minWidth: 0, flex: '1 1 16rem' }}>
            <Group gap={8} wrap="wrap">
              <Badge
                variant="light"
                radius="sm"
                size="md"
                tt="none"
                data-testid="audit-action"
                title={entry.action}
              >
                {actionLabel(t, entry.action)}
              </Badge>
              <Text size="sm" data-testid="audit-actor">
                <Text span fw={600} size="sm">
                  {entry.actorName || entry.actor.label}
                </Text>
                {entry.actorName && entry.actorName !== entry.actor.label ? (
                  <Text span c="dimmed" size="xs">
                    {' '}
                    ({entry.actor.label})
                  </Text>
                ) : null}
              </Text>
              <Text size="sm" c="dimmed" component="time" dateTime={entry.at} data-testid="audit-at">
                {formatDateTime(entry.at, i18n.language)}
              </Text>
            </Group>
            {showEntity ? <EntityRef entry={entry} onFilter={onFilterRecord} /> : null}
          </Stack>
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => setOpen((o) => !o)}
            aria-expanded={open}
            aria-controls={detailId}
            data-testid="audit-entry-toggle"
          >
            {open ? t('audit.hideDetail') : t('audit.technical')}
          </Button>
        </Group>
        {showDiff ? <AuditDiffTable before={entry.before} after={entry.after} /> : null}
        {open ? (
          <Text
            size="xs"
            c="dimmed"
            ff="monospace"
            style={{ overflowWrap: 'anywhere' }}
            id={detailId}
            data-testid="audit-technical"
          >
            #{entry.seq} · {entry.action} · {entry.entityType}:{entry.entityId} · {entry.actor.label} ·{' '}
            {t('audit.requestId')}: {entry.requestId ?? t('common.none')} · {t('audit.hash')}: {entry.hash}
          </Text>
        ) : null}
      </Stack>
    </Box>
  );
}

/** Audit entries, newest first: who did what to which record and when, and what changed field by field. */
export function AuditEntryList({
  entries,
  showEntity = true,
  showDiff = true,
  onFilterRecord,
}: {
  entries: AuditEntry[];
  showEntity?: boolean;
  showDiff?: boolean;
  /** offers "only this record" next to each record's name */
  onFilterRecord?: (entry: AuditEntry) => void;
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
        <AuditEntryItem
          key={entry.id}
          entry={entry}
          showEntity={showEntity}
          showDiff={showDiff}
          onFilterRecord={onFilterRecord}
        />
      ))}
    </Box>
  );
}
