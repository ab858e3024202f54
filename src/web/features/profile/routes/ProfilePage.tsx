import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { useUser } from '../../../lib/auth';
import { AccountCard } from '../components/AccountCard';
import { NotificationPreferences } from '../../notifications';
import { ApiTokens } from '../components/ApiTokens';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { SessionsCard } from '../components/SessionsCard';
import { TotpCard } from '../components/TotpCard';

/** Profil: my account, my password, my second factor, my sessions and devices, my personal API tokens. */
export function ProfilePage() {
  const { t } = useTranslation();
  const user = useUser();
  return (
    <>
      <PageHeader title={t('profile.title')} description={t('profile.description')} />
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <AccountCard user={user} />
          <ChangePasswordForm />
        </SimpleGrid>
        <TotpCard />
        <NotificationPreferences />
        <SessionsCard />
        <ApiTokens />
      </Stack>
    </>
  );
}

export default ProfilePage;
