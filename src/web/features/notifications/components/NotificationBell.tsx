import {
  ActionIcon,
  Button,
  Divider,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Skeleton,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { errorMessage, notifyError } from '../../../lib/notify';
import { useRecentNotifications } from '../api/list-notifications';
import { useMarkAllRead, useMarkRead } from '../api/mark-read';
import type { NotificationView } from '../types';

function BellIcon() {
  return (
    <svg
      width={22}
      height={22}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/** Only paths inside the app are followed (a notification never sends anyone elsewhere). */
function safeLink(link: string | null): string | null {
  if (!link || !link.startsWith('/') || link.startsWith('//')) return null;
  return link;
}

/** The bell in the header: unread count (polled every minute), the latest notifications, "mark all read". */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const query = useRecentNotifications();
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const unread = query.data?.unread ?? 0;
  const shown = unread > 99 ? '99+' : String(unread);

  const open = async (n: NotificationView) => {
    setOpened(false);
    if (!n.readAt) {
      try {
        await markRead.mutateAsync(n.id);
      } catch (error) {
        notifyError(error, t);
      }
    }
    const link = safeLink(n.link);
    if (link) void navigate(link);
  };

  return (
    <Indicator
      disabled={unread === 0}
      label={
        <span data-testid="notification-count" aria-hidden="true">
          {shown}
        </span>
      }
      size={18}
      offset={6}
      color="red"
    >
      <Popover
        opened={opened}
        onChange={setOpened}
        position="bottom-end"
        width={340}
        shadow="md"
        withinPortal
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={() => setOpened((o) => !o)}
            aria-label={
              unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')
            }
            aria-expanded={opened}
            aria-haspopup="dialog"
            data-testid="notification-bell"
          >
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown
          p={0}
          data-testid="notification-list"
          aria-label={t('notifications.title')}
          role="dialog"
        >
          <Group justify="space-between" px="sm" py="xs" wrap="nowrap">
            <Text fw={600} size="sm">
              {t('notifications.title')}
            </Text>
            <Button
              size="compact-xs"
              variant="subtle"
              disabled={unread === 0}
              loading={markAll.isPending}
              onClick={() => markAll.mutate(undefined, { onError: (e) => notifyError(e, t) })}
              data-testid="notifications-read-all"
            >
              {t('notifications.readAll')}
            </Button>
          </Group>
          <Divider />
          <ScrollArea.Autosize mah={360}>
            {query.isPending ? (
              <Stack p="sm" gap="xs">
                <Skeleton height={40} />
                <Skeleton height={40} />
              </Stack>
            ) : query.isError ? (
              <Text size="sm" c="red" p="sm" role="alert">
                {errorMessage(query.error, t)}
              </Text>
            ) : query.data.items.length === 0 ? (
              <Text size="sm" c="dimmed" p="sm" data-testid="notifications-empty">
                {t('notifications.empty')}
              </Text>
            ) : (
              <Stack gap={0}>
                {query.data.items.map((n) => (
                  <UnstyledButton
                    key={n.id}
                    onClick={() => void open(n)}
                    px="sm"
                    py="xs"
                    data-testid="notification-item"
                    data-unread={n.readAt ? undefined : 'true'}
                    style={{
                      display: 'block',
                      width: '100%',
                      borderBottom: '1px solid var(--mantine-color-gray-2)',
                      background: n.readAt ? undefined : 'var(--mantine-color-blue-0)',
                    }}
                  >
                    <Group gap={6} wrap="nowrap" align="flex-start">
                      {!n.readAt ? (
                        <span
                          aria-label={t('notifications.unread')}
                          style={{
                            width: 8,
                            height: 8,
                            marginTop: 6,
                            flex: '0 0 8px',
                            borderRadius: 4,
                            background: 'var(--mantine-color-blue-6)',
                          }}
                        />
                      ) : null}
                      <Stack gap={2} style={{ minWidth: 0 }}>
                        <Text size="sm" fw={n.readAt ? 400 : 600} style={{ overflowWrap: 'anywhere' }}>
                          {n.title}
                        </Text>
                        {n.body ? (
                          <Text size="xs" c="dimmed" lineClamp={2}>
                            {n.body}
                          </Text>
                        ) : null}
                        <Text size="xs" c="dimmed">
                          {formatDateTime(n.createdAt, i18n.language)}
                        </Text>
                      </Stack>
                    </Group>
                  </UnstyledButton>
                ))}
              </Stack>
            )}
          </ScrollArea.Autosize>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
