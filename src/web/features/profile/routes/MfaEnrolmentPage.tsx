import { Alert, Box, Button, Center, Group, Stack, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { useAuth } from '../../../lib/auth';
import { notifyError } from '../../../lib/notify';
import { TotpCard } from '../components/TotpCard';

/**
 * Shown instead of the app once the grace period for a required second factor is over: the server answers only
 * the enrolment routes (403 MFA_ENROLMENT_REQUIRED otherwise) until the account enrols.
 */
export function MfaEnrolmentPage() {
  const { t } = useTranslation();
  const { logout } = useAuth();
  const navigate = useNavigate();
  useEffect(() => {
    document.title = `${t('mfa.forcedTitle')} · ${t('app.name')}`;
  }, [t]);
  const signOut = async () => {
    try {
      await logout();
    } catch (error) {
      notifyError(error, t);
    }
    void navigate('/login', { replace: true });
  };
  return (
    <Box
      mih="100vh"
      bg="gray.0"
      py={{ base: 'md', sm: 48 }}
      px="sm"
      component="main"
      data-testid="mfa-enrolment-page"
    >
      <Center>
        <Stack w="100%" maw={640} gap="md">
          <Group justify="space-between">
            <Title order={1} fz="h2">
              {t('mfa.forcedTitle')}
            </Title>
            <Group gap="xs">
              <LanguageSwitch />
              <Button variant="subtle" onClick={() => void signOut()} data-testid="logout">
                {t('actions.logout')}
              </Button>
            </Group>
          </Group>
          <Alert color="orange" variant="light">
            {t('mfa.forcedText')}
          </Alert>
          <TotpCard />
        </Stack>
      </Center>
    </Box>
  );
}

export default MfaEnrolmentPage;
