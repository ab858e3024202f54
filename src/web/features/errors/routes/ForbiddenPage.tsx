import { Button, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Shown when the signed-in user's roles do not allow the page. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t('errors.forbiddenTitle')} · ${t('app.name')}`;
  }, [t]);
  return (
    <Stack align="center" gap="md" py={64} px="md" ta="center" data-testid="forbidden-page" role="alert">
      <Text fz={48} fw={700} c="red.7" aria-hidden="true">
        403
      </Text>
      <Title order={1} fz="h2">
        {t('errors.forbiddenTitle')}
      </Title>
      <Text c="dimmed" maw={480}>
        {t('errors.forbiddenText')}
      </Text>
      <Button component={Link} to="/" variant="light">
        {t('actions.backHome')}
      </Button>
    </Stack>
  );
}
