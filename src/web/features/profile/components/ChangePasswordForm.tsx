import { Button, Card, Group, PasswordInput, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { changePasswordSchema } from '../../../../domain/auth/schemas';
import { applyServerErrors, zodValidate } from '../../../lib/form';
import { notifySuccess } from '../../../lib/notify';
import { useChangePassword } from '../api/change-password';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function ChangePasswordForm() {
  const { t, i18n } = useTranslation();
  const change = useChangePassword();
  const base = zodValidate(changePasswordSchema, i18n, (v: Values) => ({
    currentPassword: v.currentPassword,
    newPassword: v.newPassword,
  }));
  const form = useForm<Values>({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: (values) => {
      const errors: Record<string, string> = base(values);
      if (!errors.newPassword && values.confirmPassword !== values.newPassword) {
        errors.confirmPassword = t('validation.passwordMismatch');
      }
      return errors;
    },
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await change.mutateAsync({ currentPassword: values.currentPassword, newPassword: values.newPassword });
      notifySuccess(t('profile.passwordChanged'));
      form.reset();
    } catch (error) {
      applyServerErrors(error, form, ['currentPassword', 'newPassword'], t);
    }
  });
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="password-title">
      <Title order={2} fz="h4" mb="sm" id="password-title">
        {t('profile.changePassword')}
      </Title>
      <form onSubmit={submit} noValidate data-testid="change-password-form">
        <Stack gap="sm" maw={420}>
          <PasswordInput
            label={t('profile.currentPassword')}
            autoComplete="current-password"
            required
            data-testid="current-password"
            {...form.getInputProps('currentPassword')}
          />
          <PasswordInput
            label={t('profile.newPassword')}
            description={t('profile.newPasswordHint')}
            autoComplete="new-password"
            required
            data-testid="new-password"
            {...form.getInputProps('newPassword')}
          />
          <PasswordInput
            label={t('profile.confirmPassword')}
            autoComplete="new-password"
            required
            data-testid="confirm-password"
            {...form.getInputProps('confirmPassword')}
          />
          <Group>
            <Button type="submit" loading={change.isPending} data-testid="change-password-submit">
              {t('profile.changePasswordSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
