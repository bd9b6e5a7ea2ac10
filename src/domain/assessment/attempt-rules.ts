/**
 * Whether the learner may start another sitting of the final assessment under a trainer's retake rule
 * (the most sittings, and a wait after one that did not pass), and the rule in words for the page.
 */
import type { AssessmentAttempt } from '../course/progress';

export interface AttemptPolicy {
  /** The most sittings; absent for no limit. */
  maxAttempts?: number;
  /** Hours to wait after a sitting that did not pass; absent or 0 for none. */
  waitHours?: number;
}

export type AttemptGate =
  | { allowed: true; used: number; remaining?: number }
  | { allowed: false; used: number; reason: 'limit' }
  | { allowed: false; used: number; reason: 'wait'; until: string };

const HOUR_MS = 3_600_000;

/** Whether a new sitting may start now. A sitting already open can always be finished. */
export function attemptGate(
  policy: AttemptPolicy,
  attempts: readonly AssessmentAttempt[],
  now: Date,
): AttemptGate {
  const submitted = attempts.filter((a) => a.submittedAt);
  const used = submitted.length;
  if (policy.maxAttempts !== undefined && used >= policy.maxAttempts)
    return { allowed: false, used, reason: 'limit' };
  const last = submitted.reduce<AssessmentAttempt | undefined>(
    (latest, a) => (!latest || (a.submittedAt ?? '') > (latest.submittedAt ?? '') ? a : latest),
    undefined,
  );
  if (policy.waitHours && last?.submittedAt && !last.passed) {
    const until = Date.parse(last.submittedAt) + policy.waitHours * HOUR_MS;
    if (Number.isFinite(until) && now.getTime() < until)
      return { allowed: false, used, reason: 'wait', until: new Date(until).toISOString() };
  }
  return policy.maxAttempts === undefined
    ? { allowed: true, used }
    : { allowed: true, used, remaining: policy.maxAttempts - used };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The retake rule in one sentence, for the assessment page. */
export function describeAttemptPolicy(policy: AttemptPolicy): string {
  const times =
    policy.maxAttempts === undefined
      ? 'You may take it as many times as you need'
      : `You may take it ${policy.maxAttempts === 1 ? 'once' : plural(policy.maxAttempts, 'time')} in all`;
  const wait = policy.waitHours
    ? `, waiting ${plural(policy.waitHours, 'hour')} after a sitting that does not pass before you start the next`
    : ', and start again straight away';
  return `${times}${wait}. Each sitting draws a new set of questions.`;
}
