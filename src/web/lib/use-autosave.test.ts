import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAutosave, type AutosaveOptions } from './use-autosave';

type Props = AutosaveOptions<string>;

function setup(initial: Partial<Props> = {}) {
  const save = vi.fn((): Promise<string> => Promise.resolve('ok'));
  const props: Props = { dirty: true, changeKey: 'a', delayMs: 1000, save, ...initial };
  const hook = renderHook((p: Props) => useAutosave(p), { initialProps: props });
  return { ...hook, save, props };
}

describe('useAutosave', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('when the work stays dirty for the quiet time, then it saves once, not before', async () => {
    const { save } = setup();
    await act(() => vi.advanceTimersByTimeAsync(999));
    expect(save).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(save).toHaveBeenCalledTimes(1);
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('when a change comes before the quiet time is over, then the wait starts again', async () => {
    const { save, rerender, props } = setup();
    await act(() => vi.advanceTimersByTimeAsync(800));
    rerender({ ...props, changeKey: 'ab' });
    await act(() => vi.advanceTimersByTimeAsync(800));
    expect(save).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('when nothing is dirty or saving is paused, then nothing is saved', async () => {
    const clean = setup({ dirty: false });
    const paused = setup({ paused: true });
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(clean.save).not.toHaveBeenCalled();
    expect(paused.save).not.toHaveBeenCalled();
    // resuming starts a full quiet time
    paused.rerender({ ...paused.props, paused: false });
    await act(() => vi.advanceTimersByTimeAsync(999));
    expect(paused.save).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(paused.save).toHaveBeenCalledTimes(1);
  });

  it('when saved by hand, then it saves at once and the pending timer is dropped', async () => {
    const { save, result } = setup();
    await act(() => vi.advanceTimersByTimeAsync(500));
    let answer: string | undefined;
    await act(async () => {
      answer = await result.current.flush();
    });
    expect(answer).toBe('ok');
    expect(save).toHaveBeenCalledTimes(1);
    // the timer started before the flush does not fire; a new one starts because the props still say dirty
    await act(() => vi.advanceTimersByTimeAsync(999));
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('when the timer fires, then the save of the latest render is called', async () => {
    const { save, rerender, props } = setup();
    const newer = vi.fn((): Promise<string> => Promise.resolve('newer'));
    rerender({ ...props, save: newer });
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(save).not.toHaveBeenCalled();
    expect(newer).toHaveBeenCalledTimes(1);
  });

  it('while a save runs, then saving is reported and no timer runs; after it, changes save again', async () => {
    let finish: (value: string) => void = () => undefined;
    const save = vi.fn(() => new Promise<string>((resolve) => (finish = resolve)));
    const { result, rerender, props } = setup({ save });
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(result.current.saving).toBe(true);
    rerender({ ...props, save, changeKey: 'abc' });
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(save).toHaveBeenCalledTimes(1);
    await act(async () => finish('ok'));
    expect(result.current.saving).toBe(false);
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(save).toHaveBeenCalledTimes(2);
  });

  it('when the editor goes away, then the pending save is dropped', async () => {
    const { save, unmount } = setup();
    unmount();
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(save).not.toHaveBeenCalled();
  });

  it('when cancelled, then the pending save is dropped until the next change', async () => {
    const { save, result, rerender, props } = setup();
    act(() => result.current.cancel());
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(save).not.toHaveBeenCalled();
    rerender({ ...props, changeKey: 'b' });
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(save).toHaveBeenCalledTimes(1);
  });
});
