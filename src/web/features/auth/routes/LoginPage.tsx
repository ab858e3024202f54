import {
  Alert,
  Box,
  Button,
  Card,
  Center,
  Group,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { loginIssues } from '../../../../domain/auth/login';
import { preloadShell } from '../../../app/shell';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { useAuth } from '../../../lib/auth';
import { errorMessage } from '../../../lib/notify';
import { DemoAccounts } from '../components/DemoAccounts';
import { SsoErrorAlert, ssoError, SsoSignIn } from '../components/SsoSignIn';
import { SecondFactorStep } from '../components/SecondFactorStep';

interface LoginValues {
  username: string;
  password: string;
}

function safeRedirect(from: unknown): string {
  return typeof from === 'string' &&
    from.startsWith('/') &&
    !from.startsWith('//') &&
    !from.startsWith('/login')
    ? from
    : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const { user, login } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const from = safeRedirect((location.state as { from?: unknown } | null)?.from);
  const [failure, setFailure] = useState<string | null>(null);
  const sso = ssoError(location.search);
  /** set after a right password for an account with a second factor */
  const [mfaToken, setMfaToken] = useState<string | null>(null);

  const form = useForm<LoginValues>({
    initialValues: { username: '', password: '' },
    // the same rules as the API's loginSchema, checked without zod so it stays out of the first screen
    validate: (values) =>
      Object.fromEntries(
        Object.entries(loginIssues(values)).map(([field, issue]) => [
          field,
          issue.code === 'required' ? t('validation.required') : t('validation.tooLong', { max: issue.max }),
        ]),
      ),
  });

  useEffect(() => {
    document.title = `${t('login.title')} · ${t('app.name')}`;
  }, [t]);

  if (user) return <Navigate to={from} replace />;

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      const result = await login({ username: values.username.trim(), password: values.password });
      if ('mfaToken' in result) {
        form.setFieldValue('password', '');
        setMfaToken(result.mfaToken);
        return;
      }
      void navigate(from, { replace: true });
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  });

  return (
    <Box mih="100vh" bg="gray.0" py={{ base: 'md', sm: 48 }} px="sm">
      <Group justify="flex-end" maw={440} mx="auto" mb="sm">
        <LanguageSwitch />
      </Group>
      <Center>
        <Stack w="100%" maw={440} gap="md">
          <Card withBorder padding="lg" radius="md" component="main">
            <Stack gap={4} mb="md">
              <Title order={1} fz="h2">
                {t('app.name')}
              </Title>
              <Text c="dimmed" size="sm">
                {t('login.subtitle')}
              </Text>
            </Stack>
            {mfaToken ? (
              <SecondFactorStep
                mfaToken={mfaToken}
                onDone={() => void navigate(from, { replace: true })}
                onRestart={(message) => {
                  setMfaToken(null);
                  setFailure(message);
                }}
              />
            ) : (
              // the signed-in frame downloads while the password is typed, not after the sign-in
              <form onSubmit={submit} onFocus={preloadShell} noValidate aria-label={t('login.title')}>
                <Stack gap="sm">
                  {sso && !failure ? <SsoErrorAlert code={sso} /> : null}
                  {failure ? (
                    <Alert color="red" variant="light" data-testid="login-error" role="alert">
                      {failure}
                    </Alert>
                  ) : null}
                  <TextInput
                    label={t('login.username')}
                    autoComplete="username"
                    autoCapitalize="none"
                    spellCheck={false}
                    required
                    data-testid="login-username"
                    {...form.getInputProps('username')}
                  />
                  <PasswordInput
                    label={t('login.password')}
                    autoComplete="current-password"
                    required
                    data-testid="login-password"
                    {...form.getInputProps('password')}
                  />
                  <Button
                    type="submit"
                    fullWidth
                    size="md"
                    loading={form.submitting}
                    data-testid="login-submit"
                  >
                    {t('login.submit')}
                  </Button>
                  <SsoSignIn next={from} />
                </Stack>
              </form>
            )}
          </Card>
          {mfaToken ? null : (
            <DemoAccounts
              onPick={(username, password) => {
                form.setValues({ username, password });
                form.clearErrors();
                setFailure(null);
              }}
            />
          )}
        </Stack>
      </Center>
    </Box>
  );
}
