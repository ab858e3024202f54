import {
  Alert,
  Badge,
  Button,
  Card,
  Code,
  CopyButton,
  Group,
  Image,
  List,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { TFunction } from 'i18next';
import QRCode from 'qrcode';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/QueryState';
import { ListSkeleton } from '../../../components/Skeletons';
import { ApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { errorMessage, notifyError, notifySuccess } from '../../../lib/notify';
import {
  useDisableTotp,
  useEnableTotp,
  useRegenerateRecoveryCodes,
  useSetupTotp,
  useTotpStatus,
} from '../api/totp';
import type { TotpSetup, TotpStatus } from '../types';

/** The message to show under a field: its issue in a 400, or (under the code) any other failure's message. */
function fieldError(error: unknown, field: string, t: TFunction): string | null {
  if (!error) return null;
  if (error instanceof ApiError && error.code === 'VALIDATION_FAILED') {
    const issues = (error.details as Array<{ path: string; message: string }> | null) ?? [];
    return issues.find((i) => i.path === field)?.message ?? null;
  }
  return field === 'code' ? errorMessage(error, t) : null;
}

/** The recovery codes, shown once: copy or download them. */
export function RecoveryCodesNotice({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const text = codes.join('\n');
  const download = () => {
    const url = URL.createObjectURL(
      new Blob([`${t('mfa.recoveryFileHeader')}\n\n${text}\n`], { type: 'text/plain' }),
    );
    const a = document.createElement('a');
    a.href = url;
    a.download = 'kinerja-kode-pemulihan.txt';
    a.click();
    URL.revokeObjectURL(url);
  };
  return (
    <Alert color="teal" title={t('mfa.recoveryTitle')} role="status" data-testid="recovery-codes">
      <Text size="sm" mb="xs">
        {t('mfa.recoveryShownOnce')}
      </Text>
      <SimpleGrid cols={2} spacing={4} maw={320}>
        {codes.map((c) => (
          <Code key={c} data-testid="recovery-code">
            {c}
          </Code>
        ))}
      </SimpleGrid>
      <Group mt="sm" gap="xs">
        <CopyButton value={text}>
          {({ copied, copy }) => (
            <Button size="xs" variant={copied ? 'filled' : 'light'} onClick={copy}>
              {copied ? t('actions.copied') : t('actions.copy')}
            </Button>
          )}
        </CopyButton>
        <Button size="xs" variant="light" onClick={download} data-testid="recovery-download">
          {t('mfa.download')}
        </Button>
        <Button size="xs" variant="subtle" onClick={onDone} data-testid="recovery-done">
          {t('mfa.savedThem')}
        </Button>
      </Group>
    </Alert>
  );
}

/** A code field (six digits) with its submit button. */
function CodeForm({
  label,
  submitLabel,
  onSubmit,
  busy,
  error,
  withPassword = false,
  testId,
}: {
  label: string;
  submitLabel: string;
  onSubmit: (code: string, password: string) => void;
  busy: boolean;
  error: { code?: string | null; password?: string | null };
  withPassword?: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!code.trim()) {
      setLocal(t('mfa.codeFormat'));
      return;
    }
    setLocal(null);
    onSubmit(code.trim(), password);
  };
  return (
    <form onSubmit={submit} noValidate data-testid={testId}>
      <Stack gap="xs" maw={320}>
        {withPassword ? (
          <PasswordInput
            label={t('profile.currentPassword')}
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={error.password ?? undefined}
            required
            data-testid={`${testId}-password`}
          />
        ) : null}
        <TextInput
          label={label}
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          autoComplete="one-time-code"
          inputMode="numeric"
          maxLength={32}
          error={local ?? error.code ?? undefined}
          required
          data-testid={`${testId}-code`}
        />
        <Group>
          <Button type="submit" loading={busy} data-testid={`${testId}-submit`}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function SetupPanel({ setup, onEnabled }: { setup: TotpSetup; onEnabled: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const enable = useEnableTotp();
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(setup.otpauthUrl, { margin: 1, width: 200 })
      .then((url) => live && setQr(url))
      .catch(() => live && setQr(null));
    return () => {
      live = false;
    };
  }, [setup.otpauthUrl]);
  return (
    <Stack gap="sm" data-testid="totp-setup">
      <List type="ordered" size="sm" spacing={4}>
        <List.Item>{t('mfa.setupStep1')}</List.Item>
        <List.Item>{t('mfa.setupStep2')}</List.Item>
        <List.Item>{t('mfa.setupStep3')}</List.Item>
      </List>
      {qr ? <Image src={qr} alt={t('mfa.qrAlt')} w={200} h={200} data-testid="totp-qr" /> : null}
      <Text size="sm">
        {t('mfa.manualEntry')}{' '}
        <Code data-testid="totp-secret" style={{ overflowWrap: 'anywhere' }}>
          {setup.secret}
        </Code>
      </Text>
      <CodeForm
        label={t('mfa.code')}
        submitLabel={t('mfa.enable')}
        busy={enable.isPending}
        error={{ code: fieldError(enable.error, 'code', t) }}
        onSubmit={(code) => {
          // mutateAsync: the panel unmounts when the status turns to enabled, before per-call callbacks would run
          enable
            .mutateAsync(code)
            .then((r) => {
              notifySuccess(t('mfa.enabled'));
              onEnabled(r.recoveryCodes);
            })
            .catch(() => undefined);
        }}
        testId="totp-enable"
      />
    </Stack>
  );
}

function Status({ status }: { status: TotpStatus }) {
  const { t, i18n } = useTranslation();
  return (
    <Group gap="xs">
      {status.enabled ? (
        <Badge color="teal" data-testid="totp-status">
          {t('mfa.statusOn')}
        </Badge>
      ) : (
        <Badge color="gray" data-testid="totp-status">
          {t('mfa.statusOff')}
        </Badge>
      )}
      {status.required ? <Badge color="orange">{t('mfa.requiredBadge')}</Badge> : null}
      {status.enabledAt ? (
        <Text size="sm" c="dimmed">
          {t('mfa.enabledAt', { date: formatDateTime(status.enabledAt, i18n.language) })}
        </Text>
      ) : null}
    </Group>
  );
}

/** Profil: "Verifikasi Dua Langkah" — enrol (QR code and secret, confirm with a code), recovery codes, turn off. */
export function TotpCard() {
  const { t } = useTranslation();
  const status = useTotpStatus();
  const setup = useSetupTotp();
  const regenerate = useRegenerateRecoveryCodes();
  const disable = useDisableTotp();
  const [pending, setPending] = useState<TotpSetup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [mode, setMode] = useState<'none' | 'regenerate' | 'disable'>('none');

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="totp-title" data-testid="totp-card">
      <Title order={2} fz="h4" mb="xs" id="totp-title">
        {t('mfa.title')}
      </Title>
      <QueryState query={status} loading={<ListSkeleton rows={2} />}>
        {(s) => (
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('mfa.description')}
            </Text>
            <Status status={s} />
            {codes ? <RecoveryCodesNotice codes={codes} onDone={() => setCodes(null)} /> : null}
            {!s.enabled && !pending ? (
              <Group>
                <Button
                  loading={setup.isPending}
                  onClick={() =>
                    setup.mutate(undefined, {
                      onSuccess: (r) => setPending(r),
                      onError: (e) => notifyError(e, t),
                    })
                  }
                  data-testid="totp-start"
                >
                  {t('mfa.start')}
                </Button>
              </Group>
            ) : null}
            {!s.enabled && pending ? (
              <SetupPanel
                setup={pending}
                onEnabled={(c) => {
                  setPending(null);
                  setCodes(c);
                }}
              />
            ) : null}
            {s.enabled ? (
              <>
                <Text size="sm" data-testid="totp-codes-left">
                  {t('mfa.codesLeft', { count: s.recoveryCodesLeft })}
                </Text>
                <Group gap="xs">
                  <Button
                    variant="light"
                    onClick={() => setMode(mode === 'regenerate' ? 'none' : 'regenerate')}
                    data-testid="totp-regenerate-open"
                  >
                    {t('mfa.regenerate')}
                  </Button>
                  {s.required ? null : (
                    <Button
                      variant="light"
                      color="red"
                      onClick={() => setMode(mode === 'disable' ? 'none' : 'disable')}
                      data-testid="totp-disable-open"
                    >
                      {t('mfa.disable')}
                    </Button>
                  )}
                </Group>
                {s.required ? (
                  <Text size="sm" c="dimmed">
                    {t('mfa.cannotDisable')}
                  </Text>
                ) : null}
                {mode === 'regenerate' ? (
                  <CodeForm
                    label={t('mfa.code')}
                    submitLabel={t('mfa.regenerate')}
                    busy={regenerate.isPending}
                    error={{ code: fieldError(regenerate.error, 'code', t) }}
                    onSubmit={(code) =>
                      regenerate.mutate(code, {
                        onSuccess: (r) => {
                          setMode('none');
                          setCodes(r.recoveryCodes);
                        },
                      })
                    }
                    testId="totp-regenerate"
                  />
                ) : null}
                {mode === 'disable' ? (
                  <CodeForm
                    label={t('mfa.code')}
                    submitLabel={t('mfa.disable')}
                    withPassword
                    busy={disable.isPending}
                    error={{
                      code: fieldError(disable.error, 'code', t),
                      password: fieldError(disable.error, 'password', t),
                    }}
                    onSubmit={(code, password) =>
                      disable.mutate(
                        { code, password },
                        {
                          onSuccess: () => {
                            setMode('none');
                            notifySuccess(t('mfa.disabled'));
                          },
                        },
                      )
                    }
                    testId="totp-disable"
                  />
                ) : null}
              </>
            ) : null}
          </Stack>
        )}
      </QueryState>
    </Card>
  );
}
