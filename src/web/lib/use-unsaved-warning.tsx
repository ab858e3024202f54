import { Button, Group, Modal, Text } from '@mantine/core';
import { useEffect, useId, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

/**
 * The forms with unsaved text right now. A router supports one blocker at a time, so the forms only report here
 * and one `UnsavedWarningHost` (in the app layout) blocks navigation for all of them.
 */
const dirtySources = new Set<string>();
const listeners = new Set<() => void>();

function setDirty(id: string, dirty: boolean): void {
  const had = dirtySources.has(id);
  if (dirty === had) return;
  if (dirty) dirtySources.add(id);
  else dirtySources.delete(id);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const anyDirty = (): boolean => dirtySources.size > 0;

/**
 * Warns before leaving a page with unsaved text: the browser's own prompt on reload or close (`beforeunload`), and
 * "Tinggalkan halaman?" with Stay/Leave on navigation inside the app (shown by `UnsavedWarningHost`).
 */
export function useUnsavedWarning(dirty: boolean): void {
  const id = useId();
  useEffect(() => {
    setDirty(id, dirty);
    return () => setDirty(id, false);
  }, [id, dirty]);
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // older browsers show their prompt only when returnValue is set
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
}

/**
 * The one navigation blocker of the app (render it once, inside a data router): asks before a navigation to
 * another page would drop unsaved text reported by `useUnsavedWarning`.
 */
export function UnsavedWarningHost() {
  const { t } = useTranslation();
  const dirty = useSyncExternalStore(subscribe, anyDirty, anyDirty);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      anyDirty() &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );
  // the text was saved meanwhile: let the navigation through
  useEffect(() => {
    if (blocker.state === 'blocked' && !dirty) blocker.proceed();
  }, [blocker, dirty]);
  return (
    <Modal
      opened={blocker.state === 'blocked'}
      onClose={() => blocker.reset?.()}
      title={t('unsaved.title')}
      centered
    >
      <Text size="sm" data-testid="unsaved-warning">
        {t('unsaved.text')}
      </Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={() => blocker.reset?.()} data-testid="unsaved-stay">
          {t('unsaved.stay')}
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()} data-testid="unsaved-leave">
          {t('unsaved.leave')}
        </Button>
      </Group>
    </Modal>
  );
}
