import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { resetPasswordSchema } from '../../../../domain/auth/schemas';
import { applyServerErrors, zodValidate } from '../../../lib/form';
import { notifySuccess } from '../../../lib/notify';
import { useResetPassword } from '../api/reset-password';
import type { UserAccount } from '../types';

function ResetForm({ user, onDone }: { user: UserAccount; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const reset = useResetPassword(user.id);
  const form = useForm<{ password: string }>({
    initialValues: { password: '' },
    validate: zodValidate(resetPasswordSchema, i18n, (v: { password: string }) => v),
  });
  const submit = form.onSubmit(async ({ password }) => {
    try {
      await reset.mutateAsync(password);
      notifySuccess(t('users.passwordReset', { username: user.username }));
      onDone();
    } catch (error) {
      applyServerErrors(error, form, ['password'], t);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="user-reset-form">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('users.resetHint')}
        </Text>
        <PasswordInput
          label={t('profile.newPassword')}
          description={t('profile.newPasswordHint')}
          required
          autoComplete="new-password"
          data-testid="user-reset-password"
          {...form.getInputProps('password')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={reset.isPending} data-testid="user-reset-submit">
            {t('users.resetPassword')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ResetPasswordModal({ user, onClose }: { user: UserAccount | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={user ? t('users.resetTitle', { username: user.username }) : ''}
    >
      {user ? <ResetForm key={user.id} user={user} onDone={onClose} /> : null}
    </Modal>
  );
}
