import { backoffDelay, DEFAULT_BACKOFF, sendOutcome } from './retry-backoff';

const policy = { initialMs: 1000, maxMs: 30_000, factor: 2, jitter: 0 };

describe('backoffDelay', () => {
  it('doubles the wait after each failure', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, policy))).toEqual([1000, 2000, 4000, 8000, 16000]);
  });

  it('never waits longer than the cap, however long the outage', () => {
    expect(backoffDelay(6, policy)).toBe(30_000);
    expect(backoffDelay(10_000, policy)).toBe(30_000);
    expect(backoffDelay(10_000, DEFAULT_BACKOFF, () => 1)).toBe(DEFAULT_BACKOFF.maxMs);
  });

  it('treats a first or nonsense attempt number as the first retry', () => {
    expect(backoffDelay(0, policy)).toBe(1000);
    expect(backoffDelay(-3, policy)).toBe(1000);
  });

  it('spreads waits by at most the jitter either way', () => {
    const jittery = { ...policy, jitter: 0.5 };
    expect(backoffDelay(2, jittery, () => 0)).toBe(1000);
    expect(backoffDelay(2, jittery, () => 0.5)).toBe(2000);
    expect(backoffDelay(2, jittery, () => 1)).toBe(3000);
    for (let i = 0; i < 50; i += 1) {
      const delay = backoffDelay(3, jittery);
      expect(delay).toBeGreaterThanOrEqual(2000);
      expect(delay).toBeLessThanOrEqual(6000);
    }
  });
});

describe('sendOutcome', () => {
  it('counts stored and already-stored statements as sent', () => {
    expect(sendOutcome(200)).toBe('sent');
    expect(sendOutcome(204)).toBe('sent');
    expect(sendOutcome(409)).toBe('sent');
  });

  it('retries when offline, when the server is failing or asks us to slow down', () => {
    for (const status of [null, 408, 425, 429, 500, 502, 503, 504]) expect(sendOutcome(status)).toBe('retry');
  });

  it('sets aside a statement the LRS refuses (bad request, forbidden, too large)', () => {
    for (const status of [400, 403, 413]) expect(sendOutcome(status)).toBe('refused');
  });

  it('stops when the LRS refuses the connection itself (credentials, address)', () => {
    for (const status of [401, 404, 405, 410]) expect(sendOutcome(status)).toBe('rejected');
  });
});
