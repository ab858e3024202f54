import { Alert, Button, Divider } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { API_PREFIX } from '../../../lib/api-client';
import { useMeta } from '../api/get-meta';

/** Why a single sign-on came back to the sign-in page (`/login?sso=<code>`, set by the server's callback). */
const SSO_ERRORS = ['failed', 'unlinked', 'inactive', 'mismatch'] as const;
type SsoError = (typeof SSO_ERRORS)[number];

export function ssoError(search: string): SsoError | null {
  const code = new URLSearchParams(search).get('sso');
  if (code === null) return null;
  return (SSO_ERRORS as readonly string[]).includes(code) ? (code as SsoError) : 'failed';
}

/** The message of a failed single sign-on, as an alert. */
export function SsoErrorAlert({ code }: { code: SsoError }) {
  const { t } = useTranslation();
  const messages: Record<SsoError, string> = {
    failed: t('login.ssoError.failed'),
    unlinked: t('login.ssoError.unlinked'),
    inactive: t('login.ssoError.inactive'),
    mismatch: t('login.ssoError.mismatch'),
  };
  return (
    <Alert color="red" variant="light" role="alert" data-testid="sso-error" data-code={code}>
      {messages[code]}
    </Alert>
  );
}

/**
 * "Sign in with SSO" when the server offers single sign-on: a plain link (a full page load), since the server
 * redirects to the OpenID provider and the provider back to the server.
 */
export function SsoSignIn({ next }: { next: string }) {
  const { t } = useTranslation();
  const meta = useMeta();
  if (!meta.data?.sso.enabled) return null;
  const href = `${API_PREFIX}/auth/oidc/login?next=${encodeURIComponent(next)}`;
  return (
    <>
      <Divider label={t('login.ssoOr')} labelPosition="center" />
      <Button component="a" href={href} variant="default" fullWidth size="md" data-testid="login-sso">
        {t('login.ssoButton', { label: meta.data.sso.label })}
      </Button>
    </>
  );
}
