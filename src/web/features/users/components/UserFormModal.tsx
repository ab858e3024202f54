import {
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  PasswordInput,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createUserSchema, updateUserSchema } from '../../../../domain/auth/schemas';
import { ROLES, type Role } from '../../../../domain/permissions';
import { applyServerErrors, isStaleWrite, zodValidate } from '../../../lib/form';
import { notifySuccess } from '../../../lib/notify';
import { EmployeePicker, useEmployee } from '../../employees';
import { useCreateUser } from '../api/create-user';
import { useUpdateUser } from '../api/update-user';
import type { UserAccount } from '../types';

function useRoleOptions() {
  const { t } = useTranslation();
  return ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }));
}

interface CreateValues {
  username: string;
  password: string;
  roles: Role[];
  employeeId: string | null;
}

function CreateUserForm({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const create = useCreateUser();
  const roles = useRoleOptions();
  const form = useForm<CreateValues>({
    initialValues: { username: '', password: '', roles: ['employee'], employeeId: null },
    validate: zodValidate(createUserSchema, i18n, (v: CreateValues) => ({
      ...v,
      username: v.username.trim(),
    })),
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await create.mutateAsync({ ...values, username: values.username.trim() });
      notifySuccess(t('users.created'));
      onDone();
    } catch (error) {
      applyServerErrors(error, form, ['username', 'password', 'roles', 'employeeId'], t);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="user-create-form">
      <Stack gap="sm">
        <TextInput
          label={t('users.fields.username')}
          description={t('users.usernameHint')}
          required
          autoComplete="off"
          autoCapitalize="none"
          data-testid="user-username"
          {...form.getInputProps('username')}
        />
        <PasswordInput
          label={t('users.fields.password')}
          description={t('profile.newPasswordHint')}
          required
          autoComplete="new-password"
          data-testid="user-password"
          {...form.getInputProps('password')}
        />
        <MultiSelect
          label={t('users.fields.roles')}
          data={roles}
          required
          value={form.values.roles}
          onChange={(v) => form.setFieldValue('roles', v)}
          error={form.errors.roles}
          data-testid="user-roles"
        />
        <EmployeePicker
          label={t('users.fields.employee')}
          description={t('users.employeeHint')}
          value={form.values.employeeId}
          onChange={(v) => form.setFieldValue('employeeId', v)}
          error={form.errors.employeeId}
          testId="user-employee-select"
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending} data-testid="user-save">
            {t('users.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface EditValues {
  roles: Role[];
  active: boolean;
  employeeId: string | null;
}

function EditUserForm({ user, onDone }: { user: UserAccount; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const update = useUpdateUser(user.id);
  const roles = useRoleOptions();
  const linked = useEmployee(user.employeeId);
  const [conflict, setConflict] = useState<string | null>(null);
  const form = useForm<EditValues>({
    initialValues: { roles: user.roles, active: user.active, employeeId: user.employeeId },
    validate: zodValidate(updateUserSchema, i18n, (v: EditValues) => v),
  });
  const submit = form.onSubmit(async (values) => {
    setConflict(null);
    try {
      await update.mutateAsync({ ...values, version: user.version });
      notifySuccess(t('users.saved'));
      onDone();
    } catch (error) {
      if (isStaleWrite(error)) {
        setConflict(error.message);
        return;
      }
      applyServerErrors(error, form, ['roles', 'active', 'employeeId'], t);
    }
  });
  return (
    <form onSubmit={submit} noValidate data-testid="user-edit-form">
      <Stack gap="sm">
        {conflict ? (
          <Alert color="orange" title={t('errors.conflictTitle')} role="alert">
            {conflict}
          </Alert>
        ) : null}
        <TextInput label={t('users.fields.username')} value={user.username} readOnly disabled />
        <MultiSelect
          label={t('users.fields.roles')}
          data={roles}
          required
          value={form.values.roles}
          onChange={(v) => form.setFieldValue('roles', v)}
          error={form.errors.roles}
          data-testid="user-roles"
        />
        <Switch
          label={t('users.fields.active')}
          description={t('users.activeHint')}
          data-testid="user-active"
          {...form.getInputProps('active', { type: 'checkbox' })}
        />
        <EmployeePicker
          label={t('users.fields.employee')}
          description={t('users.employeeHint')}
          value={form.values.employeeId}
          initial={linked.data ? { id: linked.data.id, name: linked.data.name, nip: linked.data.nip } : null}
          onChange={(v) => form.setFieldValue('employeeId', v)}
          error={form.errors.employeeId}
          testId="user-employee-select"
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            {t('actions.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending} data-testid="user-save">
            {t('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export type UserModalState = { mode: 'create' } | { mode: 'edit'; user: UserAccount } | null;

export function UserFormModal({ state, onClose }: { state: UserModalState; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={state !== null}
      onClose={onClose}
      title={
        state?.mode === 'edit'
          ? t('users.editTitle', { username: state.user.username })
          : t('users.createTitle')
      }
      size="lg"
    >
      {state?.mode === 'create' ? <CreateUserForm onDone={onClose} /> : null}
      {state?.mode === 'edit' ? (
        <EditUserForm key={`${state.user.id}-${state.user.version}`} user={state.user} onDone={onClose} />
      ) : null}
    </Modal>
  );
}
