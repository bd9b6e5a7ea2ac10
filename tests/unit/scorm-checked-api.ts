import { vi, expect } from 'vitest';
import type { ProgressData } from '../../src/domain/course/progress';
import { PROGRESS_KEY, PROGRESS_VERSION } from '../../src/state/progress/progress-schema';
import { memoryStorage } from '../../src/state/safe-storage';
import type { ScormTracker, ScormTrackerOptions } from '../../src/tracking/scorm-runtime';
/**
 * Wraps a real SCORM run-time (scorm-again, playing the LMS) so every call the course makes is logged
 * with the LMS's GetLastError right after it: a test can then insist that no call failed.
 */
export interface LoggedCall {
  name: string;
  args: unknown[];
  result: unknown;
  error: string;
}

const ERROR_FUNCTIONS = new Set([
  'LMSGetLastError',
  'LMSGetErrorString',
  'LMSGetDiagnostic',
  'GetLastError',
  'GetErrorString',
  'GetDiagnostic',
]);

export function checkedApi<T extends object>(
  api: T,
  lastError: () => string,
): { api: T; calls: LoggedCall[] } {
  const calls: LoggedCall[] = [];
  const proxy = new Proxy(api, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      // Asking for the error is not logged (and runs on the real object, so its inner calls are not either).
      if (ERROR_FUNCTIONS.has(String(property))) return (value as (...a: unknown[]) => unknown).bind(target);
      return (...args: unknown[]) => {
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        calls.push({ name: String(property), args, result, error: lastError() });
        return result;
      };
    },
  });
  return { api: proxy, calls };
}

/**
 * The calls that failed: a result of "false" or an error code other than 0. Reading a SCORM 2004 element
 * the LMS has no value for yet (error 403, "not initialized") is how a course asks whether there is one,
 * so it does not count.
 */
export const failures = (calls: LoggedCall[]) =>
  calls.filter(
    (c) => !(c.name === 'GetValue' && c.error === '403') && (c.error !== '0' || c.result === 'false'),
  );

/**
 * One launch of the course's tracker against a real run-time (scorm-again) with every call logged, a clock the
 * test moves, and helpers: `save` stores progress as the store does, `value` reads an element and insists the LMS
 * had no error, `count` counts calls by name, `sent` lists what the course wrote to one element.
 */
export function launchTracker<Lms extends object>(
  lms: Lms,
  run: {
    startsAt: number;
    lastError: (lms: Lms) => string;
    getValue: (lms: Lms, element: string) => string;
    create: (api: Lms, options: ScormTrackerOptions) => ScormTracker;
  },
) {
  const { api, calls } = checkedApi(lms, () => run.lastError(lms));
  const clock = { now: run.startsAt };
  const warn = vi.fn();
  const tracker = run.create(api, {
    now: () => clock.now,
    document: null,
    aside: memoryStorage(),
    warn,
  });
  const save = (data: ProgressData) => {
    tracker.storage.setItem(PROGRESS_KEY, { state: data, version: PROGRESS_VERSION });
    tracker.progressChanged(data);
  };
  const value = (element: string) => {
    const result = run.getValue(lms, element);
    expect(run.lastError(lms)).toBe('0');
    return result;
  };
  const count = (name: string) => calls.filter((c) => c.name === name).length;
  const sent = (element: string) =>
    calls.filter((c) => c.name === 'SetValue' && c.args[0] === element).map((c) => String(c.args[1]));
  return { lms, calls, clock, warn, tracker, save, value, count, sent };
}
