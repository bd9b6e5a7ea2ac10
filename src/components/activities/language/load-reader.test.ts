import { loadReader, prefetchReaderWhenIdle } from './load-reader';

// Counts how often the language chunk is actually fetched and evaluated.
const fetched = vi.hoisted(() => ({ count: 0 }));
vi.mock('./coach', () => {
  fetched.count++;
  return { coach: { read: () => ({ text: '', tokens: [], sentences: 0 }), judgeReply: () => null } };
});

describe('loading the language tools', () => {
  it('waits until the browser is idle before fetching them, then fetches them once for everyone', async () => {
    let idle: IdleRequestCallback | undefined;
    vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => {
      idle = callback;
      return 1;
    });
    vi.stubGlobal('cancelIdleCallback', () => {});

    prefetchReaderWhenIdle();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fetched.count).toBe(0);

    idle?.({ didTimeout: false, timeRemaining: () => 50 });
    const [a, b] = await Promise.all([loadReader(), loadReader()]);
    expect(fetched.count).toBe(1);
    expect(a).toBe(b);
    vi.unstubAllGlobals();
  });
});
