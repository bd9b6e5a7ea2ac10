/**
 * What the LMS already holds for the learner, and the rule that the course never lowers it: a status,
 * score or progress read at launch is a floor. A learner the LMS records as passed or completed stays so,
 * even when the course's own copy of progress is empty or cut off.
 */

/** Each status element's values, lowest first. A value not listed is below all of them. */
const STATUS_ORDER: Record<string, readonly string[]> = {
  // SCORM 1.2: failed sits below completed and passed; a later pass may replace a failure.
  'cmi.core.lesson_status': ['not attempted', 'browsed', 'incomplete', 'failed', 'completed', 'passed'],
  'cmi.completion_status': ['unknown', 'not attempted', 'incomplete', 'completed'],
  'cmi.success_status': ['unknown', 'failed', 'passed'],
};

/** Numeric elements where more is better: scores and progress. */
const NUMERIC = new Set(['cmi.core.score.raw', 'cmi.score.raw', 'cmi.score.scaled', 'cmi.progress_measure']);

/** The elements whose launch value is a floor; read them at launch. */
export const STANDING_ELEMENTS = {
  scorm12: ['cmi.core.lesson_status', 'cmi.core.score.raw'],
  scorm2004: [
    'cmi.completion_status',
    'cmi.success_status',
    'cmi.score.raw',
    'cmi.score.scaled',
    'cmi.progress_measure',
  ],
} as const;

/**
 * The value to write for `element`: `next`, unless the LMS held something higher at launch (`atLaunch`),
 * in which case that. Elements with no order are written as they are.
 */
export function noDowngrade(element: string, atLaunch: string | undefined, next: string): string {
  if (atLaunch === undefined || atLaunch === '') return next;
  const order = STATUS_ORDER[element];
  if (order) return order.indexOf(atLaunch) > order.indexOf(next) ? atLaunch : next;
  if (NUMERIC.has(element)) {
    const held = Number(atLaunch);
    return Number.isFinite(held) && held > Number(next) ? atLaunch : next;
  }
  return next;
}

/** True when the LMS already records the course as finished (so leaving must not suspend it again). */
export function lmsRecordsComplete(atLaunch: Readonly<Record<string, string>>): boolean {
  const status = atLaunch['cmi.core.lesson_status'];
  return (
    status === 'passed' ||
    status === 'completed' ||
    (atLaunch['cmi.completion_status'] === 'completed' && atLaunch['cmi.success_status'] === 'passed')
  );
}

/**
 * The learner's name as the LMS gives it (cmi.core.student_name / cmi.learner_name), for a certificate:
 * "Last, First" becomes "First Last"; spacing is tidied; null when there is no usable name.
 */
export function learnerDisplayName(raw: string): string | null {
  // eslint-disable-next-line no-control-regex -- control and bidirectional characters are stripped on purpose
  const clean = raw.replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  const parts = clean.split(',').map((part) => part.replace(/\s+/g, ' ').trim());
  const [last = '', first = '', ...rest] = parts;
  const name =
    parts.length === 2 && first && last
      ? `${first} ${last}`
      : [last, first, ...rest].filter(Boolean).join(', ');
  return name === '' ? null : name.slice(0, 120);
}
