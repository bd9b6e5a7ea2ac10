/**
 * zod/mini, set up for the course's Content-Security-Policy (no 'unsafe-eval'): zod compiles fast parsers with
 * `new Function` unless told not to, and even its probe for that counts as a violation. The schemas the browser
 * runs import `z` from here, so the setting is made before any of them is built (zod reads it then).
 *
 * No locale is loaded: every default message is then "Invalid input", which people never see as such
 * (`describeIssues` shows any message starting "Invalid" or "Too" as "is not valid", as it did the English
 * ones), and the messages the schemas give themselves come through unchanged. A strict object would need its
 * own message for unknown keys; none is used here.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };

/**
 * A schema built the first time it is used: building one is real work on a slow phone, which a page should
 * not do while it loads unless it reads something with it.
 */
export function lazySchema<T>(build: () => T): () => T {
  let schema: T | undefined;
  return () => (schema ??= build());
}
