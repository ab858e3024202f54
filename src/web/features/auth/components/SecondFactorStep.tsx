import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { errorMessage } from '../../../lib/notify';

/**
 * The second step of a sign-in ("Kode verifikasi"): the six digits of the authenticator app, or a recovery code.
 * A used-up or expired step sends the person back to the password step.
 */
export function SecondFactorStep({
  mfaToken,
  onDone,
  onRestart,
}: {
  mfaToken: string;
  onDone: () => void;
  onRestart: (message: string) => void;
}) {
  const { t } = useTranslation();
  const { loginTotp } = useAuth();
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = code.trim();
    if (recovery ? value.length < 10 : !/^\d{6}$/.test(value)) {
      setError(recovery ? t('mfa.recoveryCodeFormat') : t('mfa.codeFormat'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await loginTotp({ mfaToken, code: value });
      onDone();
    } catch (err) {
      setBusy(false);
      setCode('');
      // the step itself is gone (expired, used, or burnt by wrong codes): start again with the password
      const reason =
        err instanceof ApiError ? (err.details as { reason?: string } | null)?.reason : undefined;
      if (reason === 'mfa_token_invalid' && err instanceof ApiError) {
        onRestart(err.message);
        return;
      }
      setError(errorMessage(err, t));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('mfa.stepTitle')} data-testid="mfa-step">
      <Stack gap="sm">
        <Text fw={600}>{t('mfa.stepTitle')}</Text>
        <Text size="sm" c="dimmed">
          {recovery ? t('mfa.recoveryHint') : t('mfa.stepHint')}
        </Text>
        {error ? (
          <Alert color="red" variant="light" role="alert" data-testid="mfa-error">
            {error}
          </Alert>
        ) : null}
        <TextInput
          key={recovery ? 'recovery' : 'totp'}
          label={recovery ? t('mfa.recoveryCode') : t('mfa.code')}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          autoComplete={recovery ? 'off' : 'one-time-code'}
          inputMode={recovery ? 'text' : 'numeric'}
          maxLength={recovery ? 32 : 6}
          autoCapitalize="none"
          spellCheck={false}
          required
          data-autofocus
          autoFocus
          data-testid="mfa-code"
        />
        <Button type="submit" fullWidth size="md" loading={busy} data-testid="mfa-submit">
          {t('mfa.verify')}
        </Button>
        <Anchor
          component="button"
          type="button"
          size="sm"
          onClick={() => {
            setRecovery((r) => !r);
            setCode('');
            setError(null);
          }}
          data-testid="mfa-toggle-recovery"
        >
          {recovery ? t('mfa.useApp') : t('mfa.useRecovery')}
        </Anchor>
      </Stack>
    </form>
  );
}
