import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { EmptyState } from '../../../components/EmptyState';
import { QueryState } from '../../../components/QueryState';
import { ListSkeleton } from '../../../components/Skeletons';
import { useAuth } from '../../../lib/auth';
import { formatDateTime } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useRevokeSession, useSessions } from '../api/sessions';
import { useTokens } from '../api/list-tokens';
import type { AuthSession } from '../types';

/** A short name for a user agent: the browser and the system, when recognisable. */
export function describeAgent(agent: string | null): string | null {
  if (!agent) return null;
  const browser = /Edg\//.test(agent)
    ? 'Edge'
    : /Firefox\//.test(agent)
      ? 'Firefox'
      : /Chrome\//.test(agent)
        ? 'Chrome'
        : /Safari\//.test(agent)
          ? 'Safari'
          : null;
  const system = /Android/.test(agent)
    ? 'Android'
    : /iPhone|iPad/.test(agent)
      ? 'iOS'
      : /Windows/.test(agent)
        ? 'Windows'
        : /Mac OS X/.test(agent)
          ? 'macOS'
          : /Linux/.test(agent)
            ? 'Linux'
            : null;
  if (browser && system) return `${browser} · ${system}`;
  return browser ?? system ?? agent.slice(0, 60);
}

/** Sesi & Perangkat: the browsers signed in as me, each can be ended; the count of active API tokens. */
export function SessionsCard() {
  const { t, i18n } = useTranslation();
  const sessions = useSessions();
  const tokens = useTokens();
  const revoke = useRevokeSession();
  const auth = useAuth();
  const [toRevoke, setToRevoke] = useState<AuthSession | null>(null);
  const agentOf = (s: AuthSession) => describeAgent(s.userAgent) ?? t('sessions.unknownAgent');
  const activeTokens = tokens.data?.filter((x) => !x.revokedAt).length;

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="sessions-title" data-testid="sessions">
      <Title order={2} fz="h4" id="sessions-title">
        {t('sessions.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('sessions.description')}
      </Text>
      <QueryState query={sessions} loading={<ListSkeleton rows={2} />}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState title={t('sessions.empty')} />
          ) : (
            <Stack gap="xs" data-testid="session-list">
              {items.map((s) => (
                <Card key={s.id} withBorder padding="sm" data-testid="session-row">
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Stack gap={2}>
                      <Group gap="xs">
                        <Text size="sm" fw={600}>
                          {agentOf(s)}
                        </Text>
                        {s.current ? (
                          <Badge size="sm" variant="light" color="teal">
                            {t('sessions.current')}
                          </Badge>
                        ) : null}
                      </Group>
                      <Text size="xs" c="dimmed">
                        {t('sessions.ip')}: {s.ip ?? '—'} · {t('sessions.signedInAt')}:{' '}
                        {formatDateTime(s.createdAt, i18n.language)} · {t('sessions.lastSeenAt')}:{' '}
                        {formatDateTime(s.lastSeenAt, i18n.language)}
                      </Text>
                    </Stack>
                    <Button
                      size="compact-xs"
                      color="red"
                      variant="subtle"
                      onClick={() => setToRevoke(s)}
                      data-testid="session-revoke"
                      aria-label={t('sessions.revokeLabel', { agent: agentOf(s) })}
                    >
                      {t('sessions.revoke')}
                    </Button>
                  </Group>
                </Card>
              ))}
            </Stack>
          )
        }
      </QueryState>
      {activeTokens !== undefined ? (
        <Text size="sm" mt="sm" data-testid="sessions-token-count">
          {t('sessions.tokens', { count: activeTokens })}
        </Text>
      ) : null}
      <ConfirmModal
        opened={toRevoke !== null}
        title={t('sessions.revokeTitle')}
        message={toRevoke?.current ? t('sessions.revokeCurrentConfirm') : t('sessions.revokeConfirm')}
        confirmLabel={t('sessions.revoke')}
        loading={revoke.isPending}
        onClose={() => setToRevoke(null)}
        onConfirm={() => {
          if (!toRevoke) return;
          const current = toRevoke.current;
          revoke.mutate(toRevoke.id, {
            onSuccess: () => {
              notifySuccess(t('sessions.revoked'));
              setToRevoke(null);
              if (current) void auth.logout();
            },
            onError: (error) => notifyError(error, t),
          });
        }}
      />
    </Card>
  );
}
