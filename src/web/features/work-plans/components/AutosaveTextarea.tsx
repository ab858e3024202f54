import { Alert, Box, Button, Group, Text, Textarea } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { ConflictAlert } from '../../../components/Conflict';
import { errorMessage } from '../../../lib/notify';
import { useAutosave } from '../../../lib/use-autosave';
import { useUnsavedWarning } from '../../../lib/use-unsaved-warning';
import { withCharCount } from '../../../components/CharCount';

type SaveState = 'idle' | 'dirty' | 'saving' | 'saved' | 'error';

const STORAGE_PREFIX = 'kinerja.draft.';

function readStored(key: string | undefined): string | null {
  if (!key) return null;
  try {
    return globalThis.localStorage?.getItem(STORAGE_PREFIX + key) ?? null;
  } catch {
    return null;
  }
}

function writeStored(key: string | undefined, text: string | null): void {
  if (!key) return;
  try {
    if (text === null) globalThis.localStorage?.removeItem(STORAGE_PREFIX + key);
    else globalThis.localStorage?.setItem(STORAGE_PREFIX + key, text);
  } catch {
    // storage may be unavailable; the typing then lives only in this page
  }
}

export interface AutosaveTextareaProps {
  /** the saved text (the server's) */
  value: string;
  onSave: (text: string) => Promise<unknown>;
  /** asks the page to reload the record after a 409 (the new text then shows beside the user's) */
  onStale?: () => void;
  label: ReactNode;
  description?: ReactNode;
  placeholder?: string;
  testId: string;
  /** where unsaved typing is kept in this browser until it is saved */
  draftKey?: string;
  /** an empty text is not saved */
  required?: boolean;
  maxLength: number;
  minRows?: number;
  /** ms of quiet typing before saving on its own (blur always saves) */
  debounceMs?: number;
}

/**
 * A text that saves itself: on blur and after a pause in typing, with "Menyimpan…" / "Tersimpan". Unsaved typing
 * is kept in the browser (restored after a reload or a failed save). When the saved text changes elsewhere while
 * the user has unsaved typing, both versions are shown and the user chooses.
 */
export function AutosaveTextarea({
  value,
  onSave,
  onStale,
  label,
  description,
  placeholder,
  testId,
  draftKey,
  required = false,
  maxLength,
  minRows = 2,
  debounceMs = 2500,
}: AutosaveTextareaProps) {
  const { t } = useTranslation();
  const [restored] = useState(() => {
    const stored = readStored(draftKey);
    return stored !== null && stored !== value ? stored : null;
  });
  const [draft, setDraft] = useState(restored ?? value);
  /** the saved text the draft started from */
  const [base, setBase] = useState(value);
  /** the last server text seen (to notice changes made elsewhere) */
  const [seen, setSeen] = useState(value);
  /** the text being saved right now */
  const [pending, setPending] = useState<string | null>(null);
  const [state, setState] = useState<SaveState>(restored !== null ? 'dirty' : 'idle');
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [showRestored, setShowRestored] = useState(restored !== null);

  // The server's text changed (a save of ours came back, or someone else saved).
  if (value !== seen) {
    setSeen(value);
    if (pending !== null && value === pending) {
      setBase(value);
    } else if (draft === base || draft === value) {
      setDraft(value);
      setBase(value);
      setConflict(null);
      if (state === 'dirty') setState('idle');
    } else {
      setConflict(value);
    }
  }

  const dirty = draft !== base;
  // the conflict view opens beside the field: bring the field into view and focus it (the typing stays in it)
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const conflictOpen = conflict !== null;
  useEffect(() => {
    if (!conflictOpen) return;
    fieldRef.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    fieldRef.current?.focus({ preventScroll: true });
  }, [conflictOpen]);

  useEffect(() => {
    writeStored(draftKey, dirty ? draft : null);
  }, [draftKey, dirty, draft]);

  const autosave = useAutosave({
    dirty,
    changeKey: draft,
    paused: conflict !== null || state === 'saving' || state === 'error',
    delayMs: debounceMs,
    save: () => save(draft),
  });

  const save = async (text: string, over?: string) => {
    autosave.cancel();
    const from = over ?? base;
    const trimmed = text.trim();
    if (trimmed === from.trim() && over === undefined) {
      if (text !== from) setDraft(from);
      setState('idle');
      return;
    }
    if (required && trimmed === '') {
      setState('error');
      setError(t('validation.required'));
      return;
    }
    if (trimmed.length > maxLength) {
      setState('error');
      setError(t('validation.tooLong', { max: maxLength }));
      return;
    }
    setPending(trimmed);
    setState('saving');
    setError(null);
    try {
      await onSave(trimmed);
      setBase(trimmed);
      setDraft((current) => (current === text ? trimmed : current));
      setConflict(null);
      setShowRestored(false);
      setState('saved');
    } catch (err) {
      setState('error');
      setError(errorMessage(err, t));
      if (err instanceof ApiError && err.status === 409) onStale?.();
    } finally {
      setPending(null);
    }
  };

  useUnsavedWarning(dirty || pending !== null);

  const status =
    state === 'saving'
      ? t('autosave.saving')
      : state === 'saved' && !dirty
        ? t('autosave.saved')
        : state === 'error'
          ? (error ?? t('autosave.failed'))
          : dirty
            ? t('autosave.unsaved')
            : '';

  return (
    <Box>
      <Textarea
        label={label}
        description={withCharCount(description, draft.length, maxLength, `${testId}-count`)}
        placeholder={placeholder}
        ref={fieldRef}
        value={draft}
        onChange={(e) => {
          setDraft(e.currentTarget.value);
          if (state !== 'saving') setState('dirty');
          setError(null);
        }}
        onBlur={() => {
          if (dirty && conflict === null) void autosave.flush();
        }}
        autosize
        minRows={minRows}
        maxRows={12}
        error={state === 'error' && error ? error : undefined}
        data-testid={testId}
      />
      <Group justify="space-between" gap="xs" mt={2} mih={20} wrap="wrap">
        <Text
          size="xs"
          c={state === 'error' ? 'red' : state === 'saved' && !dirty ? 'teal' : 'dimmed'}
          aria-live="polite"
          data-testid={`${testId}-status`}
          data-state={dirty && state !== 'saving' && state !== 'error' ? 'dirty' : state}
        >
          {state === 'error' ? '' : status}
        </Text>
        {state === 'error' ? (
          <Button size="compact-xs" variant="subtle" onClick={() => void autosave.flush()}>
            {t('actions.retry')}
          </Button>
        ) : null}
      </Group>
      {showRestored && dirty && conflict === null ? (
        <Alert color="blue" variant="light" mt="xs" p="xs" data-testid={`${testId}-restored`}>
          <Text size="xs">{t('autosave.restored')}</Text>
          <Group gap="xs" mt={4}>
            <Button size="compact-xs" onClick={() => void autosave.flush()}>
              {t('actions.save')}
            </Button>
            <Button
              size="compact-xs"
              variant="default"
              onClick={() => {
                setDraft(base);
                setShowRestored(false);
                setState('idle');
              }}
            >
              {t('autosave.discard')}
            </Button>
          </Group>
        </Alert>
      ) : null}
      {conflict !== null ? (
        <ConflictAlert
          mt="xs"
          text={t('autosave.conflictText')}
          mine={
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid={`${testId}-conflict-mine`}>
              {draft || t('common.none')}
            </Text>
          }
          theirs={
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid={`${testId}-conflict-theirs`}>
              {conflict || t('common.none')}
            </Text>
          }
          onUseTheirs={() => {
            setDraft(conflict);
            setBase(conflict);
            setConflict(null);
            setState('idle');
            setError(null);
          }}
          onKeepMine={() => {
            const theirs = conflict;
            setBase(theirs);
            setConflict(null);
            void save(draft, theirs);
          }}
          testIds={{ alert: `${testId}-conflict`, buttons: testId }}
        />
      ) : null}
    </Box>
  );
}
