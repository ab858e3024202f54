import { Alert, Anchor } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../../lib/auth';
import { formatDate } from '../../../lib/format';

const DAY_MS = 86_400_000;

/** In the app frame: the account's roles require a second factor it has not enrolled yet; days left to do so. */
export function MfaGraceBanner() {
  const { t, i18n } = useTranslation();
  const { mfa } = useAuth();
  const [now] = useState(() => Date.now());
  if (!mfa || !mfa.required || mfa.enabled || !mfa.graceUntil || mfa.blocked) return null;
  const days = Math.max(0, Math.ceil((new Date(mfa.graceUntil).getTime() - now) / DAY_MS));
  return (
    <Alert color="orange" variant="light" mb="md" title={t('mfa.bannerTitle')} data-testid="mfa-banner">
      {t('mfa.bannerText', { count: days, date: formatDate(mfa.graceUntil, i18n.language) })}{' '}
      <Anchor component={Link} to="/profile#totp-title">
        {t('mfa.bannerLink')}
      </Anchor>
    </Alert>
  );
}
