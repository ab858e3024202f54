import { Alert, Button, Group, Paper, SimpleGrid, Text, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** "Pakai versi tersimpan" / "Pakai versi saya" after someone else saved first. */
export function ConflictButtons({
  onUseTheirs,
  onKeepMine,
  testIdPrefix,
  mt = 'xs',
}: {
  onUseTheirs: () => void;
  onKeepMine: () => void;
  /** the buttons are `${testIdPrefix}-use-theirs` and `${testIdPrefix}-keep-mine` */
  testIdPrefix: string;
  mt?: MantineSpacing;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" mt={mt} wrap="wrap">
      <Button size="xs" variant="white" onClick={onUseTheirs} data-testid={`${testIdPrefix}-use-theirs`}>
        {t('conflict.useTheirs')}
      </Button>
      <Button
        size="xs"
        variant="white"
        color="orange"
        onClick={onKeepMine}
        data-testid={`${testIdPrefix}-keep-mine`}
      >
        {t('conflict.keepMine')}
      </Button>
    </Group>
  );
}

/**
 * The saved version changed elsewhere while the user had unsaved work: both versions side by side and the choice
 * between them.
 */
export function ConflictAlert({
  text,
  mine,
  theirs,
  onUseTheirs,
  onKeepMine,
  testIds,
  mt,
}: {
  text: string;
  mine: ReactNode;
  theirs: ReactNode;
  onUseTheirs: () => void;
  onKeepMine: () => void;
  /** the alert's test id, and the prefix of the buttons' (see ConflictButtons) */
  testIds: { alert: string; buttons: string };
  mt?: MantineSpacing;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange"
      mt={mt}
      title={t('autosave.conflictTitle')}
      role="alert"
      data-testid={testIds.alert}
    >
      <Text size="xs" mb="xs">
        {text}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <Paper withBorder p="xs">
          <Text size="xs" fw={600} mb={4}>
            {t('conflict.mine')}
          </Text>
          {mine}
        </Paper>
        <Paper withBorder p="xs">
          <Text size="xs" fw={600} mb={4}>
            {t('conflict.theirs')}
          </Text>
          {theirs}
        </Paper>
      </SimpleGrid>
      <ConflictButtons onUseTheirs={onUseTheirs} onKeepMine={onKeepMine} testIdPrefix={testIds.buttons} />
    </Alert>
  );
}
