import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { ApiError, NetworkError } from './api-client';

/** The text to show for a failed call: the server's localised message, or ours for network trouble. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof NetworkError) return t('errors.network');
  return t('errors.unexpected');
}

export function notifyError(error: unknown, t: TFunction): void {
  notifications.show({
    color: 'red',
    title: t('errors.title'),
    message: errorMessage(error, t),
    autoClose: 8000,
  });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 4000 });
}
