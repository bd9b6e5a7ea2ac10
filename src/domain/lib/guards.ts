/** The small type guards every boundary reader needs, written once. */

/** A plain object (not null, not an array): the shape JSON objects arrive in. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A string, or undefined for anything else: optional text fields. */
export const optionalString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/** An array of strings. */
export const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** How deep saved answers may nest: far deeper than any activity writes, far shallower than a stack. */
export const MAX_NESTING = 32;

/**
 * True when arrays and objects nest more than `limit` levels inside `value`. Walks without recursion, so
 * hostile data 20,000 levels deep is measured, not followed into a stack overflow.
 */
export function nestsDeeperThan(value: unknown, limit = MAX_NESTING): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return false;
}
