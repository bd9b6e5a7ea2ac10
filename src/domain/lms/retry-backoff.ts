/**
 * When to try sending again, and what an answer from a server means for the thing being sent.
 * Used by the xAPI statement queue; pure, so the timing rules are tested without waiting.
 */

export interface BackoffPolicy {
  /** Wait before the first retry. */
  initialMs: number;
  /** Never wait longer than this. */
  maxMs: number;
  /** Each further failure multiplies the wait by this. */
  factor: number;
  /** 0..1: how far a wait may be moved either way at random, so many learners do not retry in step. */
  jitter: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { initialMs: 2_000, maxMs: 5 * 60_000, factor: 2, jitter: 0.2 };

/**
 * How long to wait before retry number `attempt` (1 for the first retry). Grows by `factor` each time,
 * capped at `maxMs`, and moved by up to ±`jitter` of itself. `random` returns 0..1 (Math.random by default).
 */
export function backoffDelay(
  attempt: number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  const step = Math.max(1, Math.floor(attempt));
  // Cap the exponent so a long outage cannot overflow to Infinity.
  const grown = policy.initialMs * Math.pow(policy.factor, Math.min(step - 1, 64));
  const base = Math.min(policy.maxMs, grown);
  const jitter = Math.min(1, Math.max(0, policy.jitter));
  const spread = base * jitter * (2 * Math.min(1, Math.max(0, random())) - 1);
  return Math.round(Math.min(policy.maxMs, Math.max(0, base + spread)));
}

/**
 * What a send's outcome means:
 * - `sent`: stored (2xx), or the server already holds a statement with that id (409 Conflict);
 * - `retry`: no answer (offline, timeout: `null`), the server is busy or failing (408, 425, 429, 5xx);
 * - `refused`: the server refused what was sent (400 Bad Request, 403 Forbidden, 413 Too Large): sending the
 *   same statement again will fail again, but the statements after it may well be stored;
 * - `rejected`: the server refused the connection itself (401 credentials, 404 wrong address, other 4xx):
 *   nothing will be stored until the launch changes.
 */
export type SendOutcome = 'sent' | 'retry' | 'refused' | 'rejected';

export function sendOutcome(status: number | null): SendOutcome {
  if (status === null) return 'retry';
  if ((status >= 200 && status < 300) || status === 409) return 'sent';
  if (status === 408 || status === 425 || status === 429 || status >= 500) return 'retry';
  if (status === 400 || status === 403 || status === 413) return 'refused';
  if (status >= 400) return 'rejected';
  // 1xx and 3xx should never reach us (fetch follows redirects); treat them as a passing fault.
  return 'retry';
}
