import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/** A crash while rendering or loading a page's code (e.g. a chunk that failed to download). */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  const detail = error instanceof Error ? error.message : null;
  return (
    <Stack align="center" gap="md" py={64} px="md" ta="center" data-testid="route-error" role="alert">
      <Title order={1} fz="h2">
        {t('errors.crashTitle')}
      </Title>
      <Text c="dimmed" maw={480}>
        {t('errors.crashText')}
      </Text>
      {detail ? (
        <Text size="xs" c="dimmed" ff="monospace">
          {detail}
        </Text>
      ) : null}
      <Button onClick={() => window.location.reload()}>{t('actions.reloadPage')}</Button>
    </Stack>
  );
}
