import {
  Alert,
  Button,
  Card,
  Code,
  CopyButton,
  Group,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createTokenSchema } from '../../../../domain/auth/schemas';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { EmptyState } from '../../../components/EmptyState';
import { QueryState } from '../../../components/QueryState';
import { ListSkeleton } from '../../../components/Skeletons';
import { StatusChip } from '../../../components/StatusChip';
import { applyServerErrors, zodValidate } from '../../../lib/form';
import { formatDateTime } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useCreateToken } from '../api/create-token';
import { useTokens } from '../api/list-tokens';
import { useRevokeToken } from '../api/revoke-token';
import type { ApiToken, CreatedToken } from '../types';

function NewTokenNotice({ token, onDismiss }: { token: CreatedToken; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="teal"
      title={t('tokens.createdTitle', { name: token.name })}
      data-testid="token-created"
      role="status"
    >
      <Text size="sm" mb="xs">
        {t('tokens.createdHint')}
      </Text>
      <Code block data-testid="token-value" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
        {token.token}
      </Code>
      <Group mt="xs" gap="xs">
        <CopyButton value={token.token}>
          {({ copied, copy }) => (
            <Button size="xs" variant={copied ? 'filled' : 'light'} onClick={copy} data-testid="token-copy">
              {copied ? t('actions.copied') : t('actions.copy')}
            </Button>
          )}
        </CopyButton>
        <Button size="xs" variant="subtle" onClick={onDismiss}>
          {t('tokens.dismiss')}
        </Button>
      </Group>
    </Alert>
  );
}

export function ApiTokens() {
  const { t, i18n } = useTranslation();
  const tokens = useTokens();
  const create = useCreateToken();
  const revoke = useRevokeToken();
  const isDesktop = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [toRevoke, setToRevoke] = useState<ApiToken | null>(null);
  const form = useForm<{ name: string }>({
    initialValues: { name: '' },
    validate: zodValidate(createTokenSchema, i18n, (v: { name: string }) => v),
  });

  const submit = form.onSubmit(async (values) => {
    try {
      const result = await create.mutateAsync(values.name.trim());
      setCreated(result);
      form.reset();
    } catch (error) {
      applyServerErrors(error, form, ['name'], t);
    }
  });

  const status = (token: ApiToken) => <StatusChip status={token.revokedAt ? 'revoked' : 'active'} />;
  const revokeButton = (token: ApiToken) =>
    token.revokedAt ? null : (
      <Button
        size="compact-xs"
        color="red"
        variant="subtle"
        onClick={() => setToRevoke(token)}
        data-testid="token-revoke"
        aria-label={t('tokens.revokeLabel', { name: token.name })}
      >
        {t('tokens.revoke')}
      </Button>
    );

  const list = (
    <QueryState query={tokens} loading={<ListSkeleton rows={2} />}>
      {(items) =>
        items.length === 0 ? (
          <EmptyState title={t('tokens.empty')} description={t('tokens.emptyHint')} />
        ) : isDesktop ? (
          <Table verticalSpacing="xs" data-testid="token-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tokens.name')}</Table.Th>
                <Table.Th>{t('tokens.createdAt')}</Table.Th>
                <Table.Th>{t('tokens.lastUsedAt')}</Table.Th>
                <Table.Th>{t('tokens.status')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((token) => (
                <Table.Tr key={token.id} data-testid="token-row">
                  <Table.Td>{token.name}</Table.Td>
                  <Table.Td>{formatDateTime(token.createdAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    {token.lastUsedAt
                      ? formatDateTime(token.lastUsedAt, i18n.language)
                      : t('tokens.neverUsed')}
                  </Table.Td>
                  <Table.Td>{status(token)}</Table.Td>
                  <Table.Td ta="right">{revokeButton(token)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : (
          <Stack gap="xs" data-testid="token-list">
            {items.map((token) => (
              <Card key={token.id} withBorder padding="sm" data-testid="token-row">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Stack gap={2}>
                    <Text size="sm" fw={600}>
                      {token.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('tokens.createdAt')}: {formatDateTime(token.createdAt, i18n.language)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('tokens.lastUsedAt')}:{' '}
                      {token.lastUsedAt
                        ? formatDateTime(token.lastUsedAt, i18n.language)
                        : t('tokens.neverUsed')}
                    </Text>
                    {status(token)}
                  </Stack>
                  {revokeButton(token)}
                </Group>
              </Card>
            ))}
          </Stack>
        )
      }
    </QueryState>
  );

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="tokens-title">
      <Title order={2} fz="h4" id="tokens-title">
        {t('tokens.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('tokens.description')}
      </Text>
      <Stack gap="md">
        {created ? <NewTokenNotice token={created} onDismiss={() => setCreated(null)} /> : null}
        <form onSubmit={submit} noValidate data-testid="token-form">
          <Group align="flex-end" gap="xs" wrap="wrap">
            <TextInput
              label={t('tokens.name')}
              placeholder={t('tokens.namePlaceholder')}
              style={{ flex: '1 1 14rem' }}
              data-testid="token-name"
              {...form.getInputProps('name')}
            />
            <Button type="submit" loading={create.isPending} data-testid="token-create">
              {t('tokens.create')}
            </Button>
          </Group>
        </form>
        {list}
      </Stack>
      <ConfirmModal
        opened={toRevoke !== null}
        title={t('tokens.revokeTitle')}
        message={toRevoke ? t('tokens.revokeConfirm', { name: toRevoke.name }) : ''}
        confirmLabel={t('tokens.revoke')}
        loading={revoke.isPending}
        onClose={() => setToRevoke(null)}
        onConfirm={() => {
          if (!toRevoke) return;
          revoke.mutate(toRevoke.id, {
            onSuccess: () => {
              notifySuccess(t('tokens.revoked'));
              setToRevoke(null);
            },
            onError: (error) => notifyError(error, t),
          });
        }}
      />
    </Card>
  );
}
