import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api-client';
import { errorMessage } from '../lib/notify';

interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}

/** A failed load, with the server's (localised) message and a retry button. */
export function ErrorState({ error, onRetry, title }: ErrorStateProps) {
  const { t } = useTranslation();
  const requestId = error instanceof ApiError ? error.requestId : null;
  return (
    <Alert
      color="red"
      variant="light"
      title={title ?? t('errors.loadFailed')}
      data-testid="error-state"
      role="alert"
    >
      <Text size="sm">{errorMessage(error, t)}</Text>
      {requestId ? (
        <Text size="xs" c="dimmed" mt={4}>
          {t('errors.requestId', { id: requestId })}
        </Text>
      ) : null}
      {onRetry ? (
        <Group mt="sm">
          <Button size="xs" variant="white" color="red" onClick={onRetry} data-testid="error-retry">
            {t('actions.retry')}
          </Button>
        </Group>
      ) : null}
    </Alert>
  );
}
