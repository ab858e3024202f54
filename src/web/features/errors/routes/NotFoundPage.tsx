import { Button, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t('errors.notFoundTitle')} · ${t('app.name')}`;
  }, [t]);
  return (
    <Stack align="center" gap="md" py={64} px="md" ta="center" data-testid="not-found-page">
      <Text fz={48} fw={700} c="dimmed" aria-hidden="true">
        404
      </Text>
      <Title order={1} fz="h2">
        {t('errors.notFoundTitle')}
      </Title>
      <Text c="dimmed" maw={480}>
        {t('errors.notFoundText')}
      </Text>
      <Button component={Link} to="/" variant="light">
        {t('actions.backHome')}
      </Button>
    </Stack>
  );
}
