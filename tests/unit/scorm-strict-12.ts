/**
 * A SCORM 1.2 LMS as strict as the specification (RTE 1.2, 3.4): scorm-again is lenient where real LMSs
 * are not (it lets cmi.suspend_data reach 64,000 characters and feedback any length). This wrapper
 * refuses what a strict LMS refuses, with error 405 ("incorrect data type"), before scorm-again sees it.
 * The browser host (tests/fixtures/scorm-host/host.js) applies the same rules.
 */
import type { Scorm12Api } from '../../src/tracking/scorm-api';

/** Element patterns and the most characters each may hold; identifiers also refuse white space. */
const SCORM12_LIMITS: [RegExp, number, 'identifier'?][] = [
  [/^cmi\.suspend_data$/, 4096],
  [/^cmi\.core\.lesson_location$/, 255],
  [/^cmi\.comments$/, 4096],
  [/^cmi\.objectives\.\d+\.id$/, 255, 'identifier'],
  [/^cmi\.interactions\.\d+\.id$/, 255, 'identifier'],
  [/^cmi\.interactions\.\d+\.objectives\.\d+\.id$/, 255, 'identifier'],
  [/^cmi\.interactions\.\d+\.student_response$/, 255],
  [/^cmi\.interactions\.\d+\.correct_responses\.\d+\.pattern$/, 255],
];

/** Why a strict SCORM 1.2 LMS refuses this value, or null. */
function strict12Refusal(element: string, value: string): string | null {
  for (const [pattern, max, kind] of SCORM12_LIMITS) {
    if (!pattern.test(element)) continue;
    if (value.length > max) return `${element} holds at most ${max} characters (got ${value.length})`;
    if (kind === 'identifier' && (value === '' || /\s/.test(value))) return `${element} is not an identifier`;
  }
  return null;
}

/** Wraps a SCORM 1.2 API so it refuses values past the specification's limits, as a strict LMS does. */
export function strict12<T extends Scorm12Api>(api: T): { api: T; refused: string[] } {
  const refused: string[] = [];
  let forced: string | null = null;
  const wrapped = new Proxy(api, {
    get(target, property, receiver) {
      if (property === 'LMSSetValue')
        return (element: string, value: string) => {
          const why = strict12Refusal(element, value);
          if (why) {
            refused.push(why);
            forced = '405';
            return 'false';
          }
          forced = null;
          return target.LMSSetValue(element, value);
        };
      if (property === 'LMSGetLastError') return () => forced ?? target.LMSGetLastError();
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        forced = null;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { api: wrapped, refused };
}
