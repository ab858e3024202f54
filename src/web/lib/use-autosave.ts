import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

export interface AutosaveOptions<R> {
  /** there is unsaved work */
  dirty: boolean;
  /** what is being edited (a text, a revision number): each change restarts the quiet time */
  changeKey: unknown;
  /** no saving on its own while true (a conflict to resolve, a failed save to retry, finalising…) */
  paused?: boolean;
  /** ms of quiet after the last change before saving on its own */
  delayMs: number;
  /**
   * Saves the work and reports its own failures (it should not reject). The function of the latest render is
   * the one called, so it may read the component's current state.
   */
  save: () => Promise<R>;
}

export interface Autosave<R> {
  /** a save started by the timer or by `flush` is running (no timer runs meanwhile) */
  saving: boolean;
  /** saves now (blur, a Save button, before finalising): drops the pending timer first */
  flush: () => Promise<R>;
  /** drops the pending timer (e.g. before a save that does not go through `flush`) */
  cancel: () => void;
}

/**
 * Saving on its own after a pause in editing: a timer of `delayMs` starts when the work is dirty and not paused,
 * restarts on every change, and stops while a save runs. Leaving the page drops the timer (callers keep unsaved
 * work elsewhere when it must survive, e.g. in the browser's storage).
 */
export function useAutosave<R>({
  dirty,
  changeKey,
  paused = false,
  delayMs,
  save,
}: AutosaveOptions<R>): Autosave<R> {
  const latestSave = useRef(save);
  useLayoutEffect(() => {
    latestSave.current = save;
  });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef(0);
  const [saving, setSaving] = useState(false);

  const cancel = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  }, []);

  const flush = useCallback(async () => {
    cancel();
    running.current += 1;
    setSaving(true);
    try {
      return await latestSave.current();
    } finally {
      running.current -= 1;
      if (running.current === 0) setSaving(false);
    }
  }, [cancel]);

  useEffect(() => {
    if (!dirty || paused || saving) return;
    const id = setTimeout(() => {
      timer.current = null;
      void flush();
    }, delayMs);
    timer.current = id;
    return () => {
      clearTimeout(id);
      if (timer.current === id) timer.current = null;
    };
  }, [dirty, paused, saving, delayMs, changeKey, flush]);

  return { saving, flush, cancel };
}
