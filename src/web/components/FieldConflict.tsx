import { Box, Stack, Text } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from './Conflict';

/** A form's write conflict: the differing fields, each side's value as it reads, and the fields' names. */
export interface FormConflict<K extends string> {
  fields: K[];
  mine: Record<K, ReactNode>;
  theirs: Record<K, ReactNode>;
  labels: Record<K, string>;
}

function Versions<K extends string>({
  conflict,
  side,
  testId,
}: {
  conflict: FormConflict<K>;
  side: 'mine' | 'theirs';
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} data-testid={testId}>
      {conflict.fields.map((field) => (
        <Box key={field} data-field={field}>
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {conflict.labels[field]}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {conflict[side][field] ?? t('common.none')}
          </Text>
        </Box>
      ))}
    </Stack>
  );
}

/**
 * The conflict view of a versioned form (someone saved first), shown beside `field` when it is the first field
 * that differs: both versions side by side, "Pakai versi tersimpan" / "Pakai versi saya" (the same view as the
 * evaluation editor's). The typing stays in the form until the user chooses; the view scrolls into sight.
 */
export function FieldConflict<K extends string>({
  field,
  conflict,
  onUseTheirs,
  onKeepMine,
  testId,
}: {
  field: K;
  conflict: FormConflict<K> | null;
  onUseTheirs: () => void;
  onKeepMine: () => void;
  /** the alert is `${testId}`, the sides `${testId}-mine` / `${testId}-theirs`, the buttons `${testId}-use-theirs` … */
  testId: string;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const here = conflict !== null && conflict.fields[0] === field;
  useEffect(() => {
    if (here) ref.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [here]);
  if (!here) return null;
  return (
    <Box ref={ref} data-testid={`${testId}-slot`} data-field={field}>
      <ConflictAlert
        mt={4}
        text={t('conflict.formText')}
        mine={<Versions conflict={conflict} side="mine" testId={`${testId}-mine`} />}
        theirs={<Versions conflict={conflict} side="theirs" testId={`${testId}-theirs`} />}
        onUseTheirs={onUseTheirs}
        onKeepMine={onKeepMine}
        testIds={{ alert: testId, buttons: testId }}
      />
    </Box>
  );
}
