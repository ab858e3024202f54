import { Button, Stack, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';

/** A whole-page message: a status code, a title, a sentence, and what to do next. */
function StatusPage({
  code,
  codeColor = 'dimmed',
  title,
  text,
  testId,
  alert = false,
  documentTitle = false,
  children,
}: {
  code?: string;
  codeColor?: string;
  title: string;
  text: string;
  testId: string;
  /** announced to screen readers at once */
  alert?: boolean;
  /** the browser tab shows the title */
  documentTitle?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  useEffect(() => {
    if (documentTitle) document.title = `${title} · ${t('app.name')}`;
  }, [documentTitle, title, t]);
  return (
    <Stack
      align="center"
      gap="md"
      py={64}
      px="md"
      ta="center"
      data-testid={testId}
      role={alert ? 'alert' : undefined}
    >
      {code ? (
        <Text fz={48} fw={700} c={codeColor} aria-hidden="true">
          {code}
        </Text>
      ) : null}
      <Title order={1} fz="h2">
        {title}
      </Title>
      <Text c="dimmed" maw={480}>
        {text}
      </Text>
      {children}
    </Stack>
  );
}

function BackHome() {
  const { t } = useTranslation();
  return (
    <Button component={Link} to="/" variant="light">
      {t('actions.backHome')}
    </Button>
  );
}

/** An address that names nothing the user can see (also a malformed id in the address). */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <StatusPage
      code="404"
      title={t('errors.notFoundTitle')}
      text={t('errors.notFoundText')}
      testId="not-found-page"
      documentTitle
    >
      <BackHome />
    </StatusPage>
  );
}

/** Shown when the signed-in user's roles do not allow the page. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <StatusPage
      code="403"
      codeColor="red.7"
      title={t('errors.forbiddenTitle')}
      text={t('errors.forbiddenText')}
      testId="forbidden-page"
      alert
      documentTitle
    >
      <BackHome />
    </StatusPage>
  );
}

/** A crash while rendering or loading a page's code (e.g. a chunk that failed to download). */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  const detail = error instanceof Error ? error.message : null;
  return (
    <StatusPage title={t('errors.crashTitle')} text={t('errors.crashText')} testId="route-error" alert>
      {detail ? (
        <Text size="xs" c="dimmed" ff="monospace">
          {detail}
        </Text>
      ) : null}
      <Button onClick={() => window.location.reload()}>{t('actions.reloadPage')}</Button>
    </StatusPage>
  );
}
