import { Box, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { BERAKHLAK, type BehaviourValue } from '../../../../domain/work-plans/berakhlak';
import { ConflictAlert } from '../../../components/Conflict';
import type { UpdateEvaluationInput } from '../types';
import { fieldValue, type DraftField } from './editor-state';
import type { EditorConflict, EvaluationEditorState } from './use-evaluation-editor';

/** The field's text area to focus when the conflict view opens beside it (ratings: the view itself). */
function textFieldTestId(field: DraftField): string | null {
  if (field.startsWith('result:')) return `evaluation-result-comment-${field.slice('result:'.length)}`;
  if (field.startsWith('behaviour:'))
    return `evaluation-behaviour-comment-${field.slice('behaviour:'.length)}`;
  if (field === 'reason' || field === 'strengths' || field === 'improvements') return `evaluation-${field}`;
  return null;
}

function useFieldLabel(conflict: EditorConflict) {
  const { t } = useTranslation();
  return (field: DraftField): string => {
    if (field.startsWith('result:')) {
      const id = field.slice('result:'.length);
      return conflict.latest.results.find((r) => r.id === id)?.text ?? t('conflict.field');
    }
    if (field.startsWith('behaviour:'))
      return BERAKHLAK[field.slice('behaviour:'.length) as BehaviourValue].label;
    switch (field) {
      case 'resultRating':
        return t('evaluations.editor.overallResult');
      case 'behaviourRating':
        return t('evaluations.editor.overallBehaviour');
      case 'reason':
        return t('evaluations.editor.reason');
      case 'strengths':
        return t('evaluations.editor.strengths');
      default:
        return t('evaluations.editor.improvements');
    }
  };
}

/** One version of the conflicting fields: each field's name, rating and text. */
function VersionList({
  conflict,
  input,
  testId,
}: {
  conflict: EditorConflict;
  input: UpdateEvaluationInput;
  testId: string;
}) {
  const { t } = useTranslation();
  const label = useFieldLabel(conflict);
  return (
    <Stack gap={6} data-testid={testId}>
      {conflict.fields.map((field) => {
        const v = fieldValue(input, field);
        return (
          <Box key={field} data-field={field}>
            <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {label(field)}
            </Text>
            {v.rating ? (
              <Text size="sm" fw={600}>
                {t(`evaluations.ratings.${v.rating}`)}
              </Text>
            ) : null}
            {v.text || !v.rating ? (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {v.text ?? t('common.none')}
              </Text>
            ) : null}
          </Box>
        );
      })}
    </Stack>
  );
}

/**
 * The conflict view beside `field` when it is the first field where the draft and the version saved elsewhere
 * differ: both versions side by side (every differing field), "Pakai versi saya" / "Pakai versi tersimpan". It
 * scrolls into view and focuses the field when it opens; the typing stays in the editor meanwhile.
 */
export function EditorConflictSlot({ editor, field }: { editor: EvaluationEditorState; field: DraftField }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const { conflict } = editor;
  const here = conflict !== null && conflict.fields[0] === field;
  useEffect(() => {
    if (!here) return;
    const target = textFieldTestId(field);
    const input = target ? document.querySelector<HTMLElement>(`[data-testid="${target}"]`) : null;
    ref.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    (input ?? ref.current)?.focus({ preventScroll: true });
    // only when the view opens here, not on every keystroke
  }, [here, field]);
  if (!here) return null;
  return (
    <Box
      ref={ref}
      tabIndex={-1}
      style={{ outline: 'none' }}
      data-testid="evaluation-conflict-slot"
      data-field={field}
    >
      <ConflictAlert
        mt={0}
        text={t('evaluations.editor.conflictText')}
        mine={<VersionList conflict={conflict} input={conflict.mine} testId="evaluation-conflict-mine" />}
        theirs={
          <VersionList conflict={conflict} input={conflict.theirs} testId="evaluation-conflict-theirs" />
        }
        onUseTheirs={editor.chooseTheirs}
        onKeepMine={editor.chooseMine}
        testIds={{ alert: 'evaluation-conflict', buttons: 'evaluation-conflict' }}
      />
    </Box>
  );
}
