import { Card, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/QueryState';
import { notifyError } from '../../../lib/notify';
import { usePreferences, useSetPreference } from '../api/preferences';

/** Profil: e-mail on or off per kind of notification (in-app notifications always arrive). */
export function NotificationPreferences() {
  const { t, i18n } = useTranslation();
  const query = usePreferences();
  const set = useSetPreference();
  const label = (kind: string) =>
    i18n.exists(`notifications.kinds.${kind}`)
      ? t(`notifications.kinds.${kind}`)
      : kind.replace(/[_.]/g, ' ');
  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-labelledby="prefs-title"
      data-testid="notification-preferences"
    >
      <Title order={2} fz="h4" id="prefs-title">
        {t('notifications.prefsTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('notifications.prefsHint')}
      </Text>
      <QueryState
        query={query}
        loading={
          <Stack gap="xs">
            <Skeleton height={28} />
            <Skeleton height={28} />
          </Stack>
        }
      >
        {(data) =>
          data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('notifications.prefsEmpty')}
            </Text>
          ) : (
            <Stack gap="sm">
              {data.items.map((p) => (
                <Switch
                  key={p.kind}
                  size="md"
                  checked={p.email}
                  label={label(p.kind)}
                  onChange={(e) =>
                    set.mutate(
                      { kind: p.kind, email: e.currentTarget.checked },
                      { onError: (err) => notifyError(err, t) },
                    )
                  }
                  data-testid={`notification-pref-${p.kind}`}
                />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Card>
  );
}
