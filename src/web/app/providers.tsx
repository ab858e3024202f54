import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import { mergeThemeOverrides, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { AuthProvider } from '../lib/auth';
import { cssVariablesResolver, theme } from './theme';

interface ProvidersProps {
  queryClient: QueryClient;
  i18n: I18n;
  children: ReactNode;
  /** `test` turns off transitions and portals (component tests). */
  env?: 'default' | 'test';
}

export function AppProviders({ queryClient, i18n, children, env = 'default' }: ProvidersProps) {
  // every close button (modals, drawers, notifications, alerts) gets a name in the user's language
  const closeLabel = i18n.t('common.close');
  const themed = useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: { CloseButton: { defaultProps: { 'aria-label': closeLabel } } },
      }),
    [closeLabel],
  );
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider
        theme={themed}
        cssVariablesResolver={cssVariablesResolver}
        defaultColorScheme="light"
        env={env}
      >
        <Notifications position="top-right" limit={4} />
        <QueryClientProvider client={queryClient}>
          <AuthProvider>{children}</AuthProvider>
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
