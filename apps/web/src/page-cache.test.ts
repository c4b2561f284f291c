import { describe, expect, it, vi } from 'vitest';
import { PageCache } from './page-cache.js';

describe('the page cache', () => {
  it('renders a page once while it is fresh, and again when it is not', async () => {
    vi.useFakeTimers();
    try {
      const cache = new PageCache(1000);
      let renders = 0;
      const render = async () => `page ${++renders}`;
      expect(String(await cache.get('a', render))).toBe('page 1');
      expect(String(await cache.get('a', render))).toBe('page 1');
      vi.advanceTimersByTime(1001);
      expect(String(await cache.get('a', render))).toBe('page 2');
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps no failed render, and holds at most its bound', async () => {
    const cache = new PageCache(60_000, 2);
    await expect(cache.get('x', () => Promise.reject(new Error('API down')))).rejects.toThrow();
    expect(String(await cache.get('x', async () => 'fine'))).toBe('fine');
    await cache.get('y', async () => 'y');
    await cache.get('z', async () => 'z');
    // 'x' was the oldest and is gone: it is rendered anew.
    expect(String(await cache.get('x', async () => 'again'))).toBe('again');
  });
});
