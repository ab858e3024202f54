import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ShortCache } from './cache.js';

describe('ShortCache', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shares one load between concurrent requests and keeps it for its time to live', async () => {
    const cache = new ShortCache<number>(1000);
    const owner = {};
    let loads = 0;
    const load = () => Promise.resolve(++loads);
    const [a, b] = await Promise.all([cache.get(owner, 'k', load), cache.get(owner, 'k', load)]);
    expect([a, b, loads]).toEqual([1, 1, 1]);
    vi.advanceTimersByTime(999);
    expect(await cache.get(owner, 'k', load)).toBe(1);
    vi.advanceTimersByTime(2);
    expect(await cache.get(owner, 'k', load)).toBe(2);
  });

  it('peeks only at a fresh entry of the same owner and never loads', async () => {
    const cache = new ShortCache<string>(1000);
    const owner = {};
    expect(cache.peek(owner, 'k')).toBeUndefined();
    await cache.get(owner, 'k', () => Promise.resolve('v'));
    expect(await cache.peek(owner, 'k')).toBe('v');
    expect(cache.peek({}, 'k')).toBeUndefined();
    vi.advanceTimersByTime(1001);
    expect(cache.peek(owner, 'k')).toBeUndefined();
  });

  it('forgets a failed load and everything of an owner on clear', async () => {
    const cache = new ShortCache<string>(1000);
    const owner = {};
    await expect(cache.get(owner, 'k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(cache.peek(owner, 'k')).toBeUndefined();
    await cache.get(owner, 'k', () => Promise.resolve('v'));
    cache.clear(owner);
    expect(cache.peek(owner, 'k')).toBeUndefined();
  });
});
