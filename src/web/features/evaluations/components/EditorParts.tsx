import { Alert, Button, List, Paper, Stack, Text, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rating } from '../../../../domain/evaluations/matrix';
import type { EntryDraft } from './editor-state';
import { RatingPicker } from './RatingPicker';
import { withCharCount } from '../../../components/CharCount';

function CommentField({
  entry,
  onChange,
  testId,
}: {
  entry: EntryDraft;
  onChange: (comment: string) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  if (!entry.rating && entry.comment === '') return null;
  return (
    <Textarea
      label={t('evaluations.editor.comment')}
      placeholder={t('evaluations.editor.commentPlaceholder')}
      description={withCharCount(undefined, entry.comment.length, 2000, `${testId}-count`)}
      autosize
      minRows={1}
      maxLength={2000}
      value={entry.comment}
      onChange={(e) => onChange(e.currentTarget.value)}
      data-testid={testId}
    />
  );
}

/** One rated item (an RHK or a BerAKHLAK value): what it is, its rating, and a comment once rated. */
export function RatedEntry({
  kind,
  itemKey,
  entry,
  onChange,
  ratingLabel,
  footer,
  children,
}: {
  kind: 'result' | 'behaviour';
  /** the result's id or the value's name: in the test ids (`evaluation-${kind}-rating-${itemKey}-…`) */
  itemKey: string;
  entry: EntryDraft;
  onChange: (patch: Partial<EntryDraft>) => void;
  /** the rating's accessible name */
  ratingLabel: string;
  /** below the comment (the conflict view) */
  footer?: ReactNode;
  children: ReactNode;
}) {
  const data = kind === 'result' ? { 'data-result': itemKey } : { 'data-value': itemKey };
  return (
    <Paper withBorder p="sm" radius="md" data-testid={`evaluation-${kind}`} {...data}>
      <Stack gap="xs">
        {children}
        <RatingPicker
          value={entry.rating}
          onChange={(rating: Rating) => onChange({ rating })}
          testIdPrefix={`evaluation-${kind}-rating-${itemKey}`}
          label={ratingLabel}
        />
        <CommentField
          entry={entry}
          onChange={(comment) => onChange({ comment })}
          testId={`evaluation-${kind}-comment-${itemKey}`}
        />
        {footer}
      </Stack>
    </Paper>
  );
}

/** Someone else saved first: reload to continue from their version. */
export function StaleAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange"
      title={t('evaluations.editor.staleTitle')}
      data-testid="evaluation-stale"
      role="alert"
    >
      <Text size="sm">{t('evaluations.editor.stale')}</Text>
      <Button
        mt="sm"
        size="xs"
        variant="white"
        color="orange"
        onClick={onReload}
        data-testid="evaluation-reload"
      >
        {t('evaluations.editor.reload')}
      </Button>
    </Alert>
  );
}

/** What finalising still needs (by the server's field names). */
export function MissingAlert({ missing }: { missing: string[] }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      variant="light"
      title={t('evaluations.editor.missingTitle')}
      data-testid="evaluation-missing"
      role="alert"
    >
      <Text size="sm">{t('evaluations.editor.missingLead')}</Text>
      <List size="sm">
        {missing.map((m) => (
          <List.Item key={m} data-testid={`evaluation-missing-${m}`}>
            {t(`evaluations.editor.missing.${m}`, { defaultValue: m })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
