/** The small type guards every boundary reader needs, written once. */

/** A plain object (not null, not an array): the shape JSON objects arrive in. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A non-empty string: ids and timestamps. */
export const isNonEmptyString = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0;

/** A string, or undefined for anything else: optional text fields. */
export const optionalString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/** An array of strings. */
export const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
