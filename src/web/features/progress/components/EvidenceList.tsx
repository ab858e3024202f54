import { Anchor, Group, List, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { downloadUrl } from '../../../lib/api-client';
import { evidenceDownloadPath } from '../api/add-evidence';
import { formatBytes, shortHash } from '../format';
import type { EvidenceView } from '../types';

/** Bukti dukung of one entry: files (download as attachment, size, SHA-256 shortened) and links. */
export function EvidenceList({ planId, evidence }: { planId: string; evidence: EvidenceView[] }) {
  const { t, i18n } = useTranslation();
  if (evidence.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        {t('progress.evidence.none')}
      </Text>
    );
  }
  return (
    <List size="sm" spacing={4} data-testid="evidence-list">
      {evidence.map((e) => (
        <List.Item key={e.id} data-testid="evidence-item">
          {e.kind === 'file' ? (
            <Group gap={6} wrap="wrap">
              <Anchor
                href={downloadUrl(evidenceDownloadPath(planId, e.id))}
                size="sm"
                data-testid="evidence-download"
                style={{ overflowWrap: 'anywhere' }}
              >
                {e.filename ?? t('progress.evidence.file')}
              </Anchor>
              <Text size="xs" c="dimmed">
                {formatBytes(e.sizeBytes, i18n.language)}
              </Text>
              {e.sha256 ? (
                <Tooltip
                  label={e.sha256}
                  multiline
                  w={260}
                  events={{ hover: true, focus: true, touch: true }}
                >
                  <Text
                    size="xs"
                    ff="monospace"
                    c="dimmed"
                    tabIndex={0}
                    aria-label={t('progress.evidence.sha', { hash: e.sha256 })}
                    data-testid="evidence-sha"
                  >
                    SHA-256 {shortHash(e.sha256)}
                  </Text>
                </Tooltip>
              ) : null}
            </Group>
          ) : (
            <Anchor
              href={e.url ?? '#'}
              target="_blank"
              rel="noopener noreferrer nofollow"
              size="sm"
              style={{ overflowWrap: 'anywhere' }}
              data-testid="evidence-url"
            >
              {e.url}
            </Anchor>
          )}
        </List.Item>
      ))}
    </List>
  );
}
