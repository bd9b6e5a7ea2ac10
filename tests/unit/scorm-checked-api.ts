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
