import { Button, Card, CloseButton, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annex } from '../../../../domain/work-plans/schemas';
import { ApiError } from '../../../lib/api-client';
import { ConflictAlert } from '../../../components/Conflict';
import { errorMessage } from '../../../lib/notify';
import { useUnsavedWarning } from '../../../lib/use-unsaved-warning';
import { getWorkPlan } from '../api/get-work-plan';
import { useUpdateWorkPlan } from '../api/update-work-plan';
import { workPlanKeys, type WorkPlanView } from '../types';

export const ANNEX_LISTS = ['resources', 'accountability', 'consequences'] as const;
type AnnexList = (typeof ANNEX_LISTS)[number];

const clean = (items: readonly string[]) => items.map((s) => s.trim()).filter((s) => s !== '');
const same = (a: Annex, b: Annex) =>
  ANNEX_LISTS.every((k) => JSON.stringify(clean(a[k])) === JSON.stringify(clean(b[k])));

/** The three lists of a lampiran, read-only (one side of a conflict). */
function AnnexLists({ annex }: { annex: Annex }) {
  const { t } = useTranslation();
  return ANNEX_LISTS.map((k) => (
    <Stack gap={0} key={k} mb={4}>
      <Text size="xs" c="dimmed">
        {t(`plan.annex.${k}`)}
      </Text>
      {clean(annex[k]).length === 0 ? (
        <Text size="xs">{t('common.none')}</Text>
      ) : (
        <List size="xs">
          {clean(annex[k]).map((s, i) => (
            <List.Item key={i}>{s}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  ));
}

/** Lampiran: three lists, saved with the plan's version; a stale save shows both versions to choose from. */
export function AnnexSection({ plan }: { plan: WorkPlanView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateWorkPlan(plan.id);
  const [draft, setDraft] = useState<Annex>(plan.annex);
  const [base, setBase] = useState<Annex>(plan.annex);
  const [seen, setSeen] = useState<Annex>(plan.annex);
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Annex | null>(null);
  const editable = plan.can.edit;

  if (plan.annex !== seen) {
    setSeen(plan.annex);
    if (same(draft, base) || same(draft, plan.annex)) {
      setDraft(plan.annex);
      setBase(plan.annex);
    } else if (!same(plan.annex, base) && state !== 'saving') {
      setConflict(plan.annex);
    }
  }

  const dirty = !same(draft, base);
  useUnsavedWarning(dirty || state === 'saving');
  // the conflict view opens above the lists: bring it into view
  const conflictRef = useRef<HTMLDivElement>(null);
  const conflictOpen = conflict !== null;
  useEffect(() => {
    if (conflictOpen) conflictRef.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [conflictOpen]);

  const save = async (next: Annex, version: number, retried = false): Promise<void> => {
    const body: Annex = {
      resources: clean(next.resources),
      accountability: clean(next.accountability),
      consequences: clean(next.consequences),
    };
    setState('saving');
    setError(null);
    try {
      await update.mutateAsync({ annex: body, version });
      setBase(body);
      setDraft((current) => (same(current, next) ? body : current));
      setConflict(null);
      setState('saved');
    } catch (err) {
      if (err instanceof ApiError && err.status === 409 && err.code === 'CONFLICT') {
        const latest = await queryClient
          .fetchQuery({
            queryKey: workPlanKeys.detail(plan.id),
            queryFn: ({ signal }) => getWorkPlan(plan.id, signal),
            staleTime: 0,
          })
          .catch(() => null);
        // the version moved for another reason (an RHK was saved): the lampiran itself did not change
        if (latest && !retried && same(latest.annex, base)) return save(next, latest.version, true);
        if (latest) {
          setConflict(latest.annex);
          setState('idle');
          return;
        }
      }
      setState('error');
      setError(errorMessage(err, t));
    }
  };

  const setItem = (list: AnnexList, index: number, value: string) => {
    setDraft((d) => ({ ...d, [list]: d[list].map((s, i) => (i === index ? value : s)) }));
    setState('idle');
  };
  const addItem = (list: AnnexList) => setDraft((d) => ({ ...d, [list]: [...d[list], ''] }));
  const removeItem = (list: AnnexList, index: number) => {
    const next = { ...draft, [list]: draft[list].filter((_, i) => i !== index) };
    setDraft(next);
    void save(next, plan.version);
  };
  const saveIfDirty = () => {
    if (dirty && conflict === null && state !== 'saving') void save(draft, plan.version);
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="plan-annex-title" data-testid="plan-annex">
      <Group justify="space-between" gap="xs">
        <Title order={2} fz="h4" id="plan-annex-title">
          {t('plan.sections.annex')}
        </Title>
        {editable ? (
          <Text
            size="xs"
            c={state === 'error' ? 'red' : state === 'saved' && !dirty ? 'teal' : 'dimmed'}
            aria-live="polite"
            data-testid="annex-status"
            data-state={dirty && state === 'idle' ? 'dirty' : state}
          >
            {state === 'saving'
              ? t('autosave.saving')
              : state === 'error'
                ? error
                : state === 'saved' && !dirty
                  ? t('autosave.saved')
                  : dirty
                    ? t('autosave.unsaved')
                    : ''}
          </Text>
        ) : null}
      </Group>
      {conflict ? (
        <div ref={conflictRef}>
          <ConflictAlert
            text={t('plan.annex.conflictText')}
            mine={<AnnexLists annex={draft} />}
            theirs={<AnnexLists annex={conflict} />}
            onUseTheirs={() => {
              setDraft(conflict);
              setBase(conflict);
              setConflict(null);
            }}
            onKeepMine={() => {
              setBase(conflict);
              setConflict(null);
              void save(draft, plan.version);
            }}
            testIds={{ alert: 'annex-conflict', buttons: 'annex' }}
          />
        </div>
      ) : null}
      {ANNEX_LISTS.map((list) => (
        <Card key={list} withBorder padding="md" radius="md" data-testid={`annex-${list}`}>
          <Text fw={700} size="sm">
            {t(`plan.annex.${list}`)}
          </Text>
          <Text size="xs" c="dimmed" mb="xs">
            {t(`plan.annex.${list}Hint`)}
          </Text>
          {editable ? (
            <Stack gap="xs">
              {draft[list].map((item, i) => (
                <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
                  <TextInput
                    style={{ flex: 1 }}
                    value={item}
                    aria-label={t('plan.annex.itemLabel', { list: t(`plan.annex.${list}`), n: i + 1 })}
                    onChange={(e) => setItem(list, i, e.currentTarget.value)}
                    onBlur={saveIfDirty}
                    data-testid={`annex-${list}-item`}
                  />
                  <CloseButton
                    size="lg"
                    aria-label={t('plan.annex.removeItem', { n: i + 1 })}
                    onClick={() => removeItem(list, i)}
                  />
                </Group>
              ))}
              <Button
                variant="subtle"
                size="sm"
                onClick={() => addItem(list)}
                data-testid={`annex-${list}-add`}
                style={{ alignSelf: 'flex-start' }}
              >
                {t('plan.annex.addItem')}
              </Button>
            </Stack>
          ) : clean(plan.annex[list]).length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('plan.annex.empty')}
            </Text>
          ) : (
            <List size="sm" spacing={2}>
              {clean(plan.annex[list]).map((s, i) => (
                <List.Item key={i}>{s}</List.Item>
              ))}
            </List>
          )}
        </Card>
      ))}
    </Stack>
  );
}
