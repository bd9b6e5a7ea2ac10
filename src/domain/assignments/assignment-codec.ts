/**
 * Assignment links. A trainer's assignment travels in the link's fragment (after `#`), so no server sees it:
 * `base64url(canonical JSON)` + `.` + checksum of that JSON. The JSON carries a schema version (`v`).
 * Decoding never throws; every way a link can go wrong has its own plain-language message.
 */
import { lazySchema, z } from '../lib/zod-mini';
import { ASSIGNMENT_VERSION } from './assignment';
import type { Assignment } from './assignment';
import { addDays, daysBetween, isDateOnly } from './due-dates';
import { canonicalJson, fromBase64Url, hashString, toBase64Url } from '../lib/hash';
import { cleanText, hasVisibleText } from '../lib/clean-text';

export const LIMITS = {
  group: 80,
  trainer: 80,
  message: 500,
  modules: 60,
  maxAttempts: 20,
  waitHours: 720,
} as const;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CHECKSUM = /^[0-9a-f]{14}$/;

const text = (max: number) => z.string().check(z.maxLength(max));

/** The pass marks a trainer may set: below half, a certificate would mean little. */
export const PASS_MARK = { min: 50, max: 100 } as const;
const PASS_MARK_RULE = `must be a whole number from ${PASS_MARK.min}% to ${PASS_MARK.max}%`;
/** Due dates beyond this are refused as typing mistakes. */
const LAST_DUE_DATE = '2100-12-31';

/** A real calendar date no later than 2100. */
export const isDueDate = (value: string) => isDateOnly(value) && value <= LAST_DUE_DATE;

/**
 * Ids that name a property every object has: stored by id, they would read as "already there".
 * Listed from Object.prototype itself, so nothing is missed.
 */
const RESERVED_IDS = new Set(Object.getOwnPropertyNames(Object.prototype).concat('prototype'));
export const isUsableId = (id: string) => !RESERVED_IDS.has(id);

const whole = (min: number, max: number) => z.number().check(z.int(), z.gte(min), z.lte(max));

export const assignmentSchema = lazySchema(() =>
  z
    .object({
      v: z.literal(ASSIGNMENT_VERSION),
      id: z
        .string()
        .check(
          z.regex(/^[A-Za-z0-9_-]{6,64}$/),
          z.refine(isUsableId, 'is a reserved word the course cannot store an assignment under'),
        ),
      group: text(LIMITS.group).check(z.refine(hasVisibleText, 'must not be empty')),
      modules: z.array(z.string().check(z.maxLength(80), z.regex(SLUG))).check(
        z.maxLength(LIMITS.modules),
        z.refine((m) => new Set(m).size === m.length, 'lists a module twice'),
      ),
      assessment: z.boolean(),
      due: z.string().check(
        z.refine(isDateOnly, 'is not a real date'),
        z.refine((d) => d <= LAST_DUE_DATE, 'is after 2100: check the year'),
      ),
      passMark: z
        .number()
        .check(
          z.int(PASS_MARK_RULE),
          z.gte(PASS_MARK.min, PASS_MARK_RULE),
          z.lte(PASS_MARK.max, PASS_MARK_RULE),
        ),
      maxAttempts: z.optional(whole(1, LIMITS.maxAttempts)),
      waitHours: z.optional(whole(0, LIMITS.waitHours)),
      message: z.optional(text(LIMITS.message)),
      review: z.optional(z.boolean()),
      trainer: z.optional(text(LIMITS.trainer)),
      createdAt: z.iso.datetime(),
    })
    .check(
      z.refine((a) => a.modules.length > 0 || a.assessment, {
        message: 'assigns nothing: no modules and no final assessment',
        path: ['modules'],
      }),
    ),
);

/** A schema problem in words: "the due date is not a real date". */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  labels: Record<string, string>,
  input: unknown,
): string {
  const missing: string[] = [];
  const wrong: string[] = [];
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    const label = labels[key] ?? labels[String(issue.path[0] ?? '')] ?? (key || 'the content');
    let value: unknown = input;
    for (const step of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[step];
    if (value === undefined && issue.code === 'invalid_type') {
      if (!missing.includes(label)) missing.push(label);
    } else {
      const why =
        issue.message.startsWith('Invalid') || issue.message.startsWith('Too')
          ? 'is not valid'
          : issue.message;
      const line = `${label} ${why}`;
      if (!wrong.includes(line)) wrong.push(line);
    }
  }
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`missing ${missing.join(', ')}`);
  parts.push(...wrong);
  return parts.join('; ');
}

const FIELD_LABELS: Record<string, string> = {
  v: 'the format version',
  id: 'the assignment id',
  group: 'the group name',
  modules: 'the list of modules',
  assessment: 'the final assessment setting',
  due: 'the due date',
  passMark: 'the pass mark',
  maxAttempts: 'the most attempts allowed',
  waitHours: 'the wait between attempts',
  message: 'the message',
  review: 'the spaced review setting',
  trainer: "the trainer's name",
  createdAt: 'the date it was made',
};

function toAssignment(parsed: z.infer<ReturnType<typeof assignmentSchema>>): Assignment {
  const out: Assignment = {
    v: parsed.v,
    id: parsed.id,
    group: parsed.group,
    modules: parsed.modules,
    assessment: parsed.assessment,
    due: parsed.due,
    passMark: parsed.passMark,
    createdAt: parsed.createdAt,
  };
  if (parsed.message !== undefined) out.message = parsed.message;
  if (parsed.trainer !== undefined) out.trainer = parsed.trainer;
  if (parsed.maxAttempts !== undefined) out.maxAttempts = parsed.maxAttempts;
  if (parsed.waitHours !== undefined) out.waitHours = parsed.waitHours;
  if (parsed.review !== undefined) out.review = parsed.review;
  return out;
}

/** The fragment to put after `#`. */
export function encodeAssignment(assignment: Assignment): string {
  const json = canonicalJson(assignment);
  return `${toBase64Url(json)}.${hashString(json)}`;
}

export type LinkProblem =
  'empty' | 'truncated' | 'malformed' | 'altered' | 'version' | 'invalid' | 'question-mark';

export type DecodeResult =
  { ok: true; assignment: Assignment } | { ok: false; problem: LinkProblem; message: string };

const fail = (problem: LinkProblem, message: string): DecodeResult => ({ ok: false, problem, message });

const MESSAGES = {
  empty: 'The link has no assignment in it. Everything after the # sign is missing.',
  truncated:
    'The link is incomplete: its end has been cut off. This often happens when a long link is split across two lines in an email or chat.',
  malformed: 'The link is damaged: the part after the # sign is not an assignment.',
  altered:
    'The link has been changed since the trainer made it: its checksum does not match what it contains.',
} as const;

/** Reads a link fragment (with or without the leading `#`). Never throws. */
export function decodeAssignment(fragment: string): DecodeResult {
  try {
    return decode(fragment);
  } catch {
    return fail('malformed', MESSAGES.malformed);
  }
}

function decode(fragment: string): DecodeResult {
  const token = fragment.trim().replace(/^#/, '');
  if (token === '') return fail('empty', MESSAGES.empty);
  if (token.length > 20_000) return fail('malformed', MESSAGES.malformed);
  if (!/^[A-Za-z0-9_.-]+$/.test(token)) return fail('malformed', MESSAGES.malformed);
  const parts = token.split('.');
  if (parts.length > 2) return fail('malformed', MESSAGES.malformed);
  const [body = '', checksum] = parts;
  if (checksum === undefined) {
    // No checksum at all: a cut-off link still starts like JSON; anything else is not ours.
    const start = body.length >= 4 ? fromBase64Url(body.slice(0, 4)) : null;
    return start?.startsWith('{"')
      ? fail('truncated', MESSAGES.truncated)
      : fail('malformed', MESSAGES.malformed);
  }
  if (!CHECKSUM.test(checksum)) {
    return /^[0-9a-f]{0,13}$/.test(checksum)
      ? fail('truncated', MESSAGES.truncated)
      : fail('malformed', MESSAGES.malformed);
  }
  const json = fromBase64Url(body);
  if (json === null) return fail('malformed', MESSAGES.malformed);
  // Only the one canonical spelling of the text is accepted, so no character can change unnoticed.
  if (toBase64Url(json) !== body || hashString(json) !== checksum) return fail('altered', MESSAGES.altered);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return fail('malformed', MESSAGES.malformed);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return fail('malformed', MESSAGES.malformed);
  const version = (data as { v?: unknown }).v;
  if (typeof version === 'number' && Number.isInteger(version) && version > ASSIGNMENT_VERSION) {
    return fail(
      'version',
      `The link was made by a newer version of the course (assignment format ${version}); this course reads format ${ASSIGNMENT_VERSION}. Ask your trainer which address of the course to use.`,
    );
  }
  if (version !== ASSIGNMENT_VERSION) return fail('malformed', MESSAGES.malformed);
  const parsed = assignmentSchema().safeParse(data);
  if (!parsed.success) {
    return fail(
      'invalid',
      `The link's details cannot be used: ${describeIssues(parsed.error.issues, FIELD_LABELS, data)}.`,
    );
  }
  return { ok: true, assignment: toAssignment(parsed.data) };
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{8,}\.[0-9a-f]{6,14}$/;

/**
 * An assignment put after `?` instead of `#` (some mail and chat programs rewrite links so): the hint to
 * give, and the address it should have been. Null when the query does not look like an assignment.
 */
export function misplacedAssignment(search: string): { message: string; fragment: string } | null {
  const query = search.replace(/^\?/, '').trim();
  if (!TOKEN_SHAPE.test(query)) return null;
  return {
    message:
      'This link has a ? where a # belongs, so the course cannot see the assignment in it. Some email and chat programs change links this way.',
    fragment: query,
  };
}

/** What the trainer's form holds, as typed. */
export interface AssignmentDraft {
  group: string;
  modules: string[];
  assessment: boolean;
  due: string;
  passMark: string;
  /** Blank for no limit. */
  maxAttempts?: string;
  /** Blank or 0 for no wait. */
  waitHours?: string;
  message: string;
  trainer: string;
  /** Spaced review on (the default when not given) or off. */
  review?: boolean;
}

export type DraftField =
  'group' | 'modules' | 'due' | 'passMark' | 'maxAttempts' | 'waitHours' | 'message' | 'trainer';
export type DraftErrors = Partial<Record<DraftField, string>>;

export type DraftResult = { ok: true; assignment: Assignment } | { ok: false; errors: DraftErrors };

/**
 * Checks the trainer's form and builds the assignment. `today` is the trainer's local date;
 * `moduleOrder` lists the course's lesson slugs in order, so modules are stored in course order.
 */
export function createAssignment(
  draft: AssignmentDraft,
  context: { id: string; now: Date; today: string; moduleOrder: string[] },
): DraftResult {
  const errors: DraftErrors = {};
  const group = cleanText(draft.group);
  if (!group) errors.group = 'Enter the name of the group or cohort.';
  else if (group.length > LIMITS.group) errors.group = `Keep the group name to ${LIMITS.group} characters.`;
  const modules = context.moduleOrder.filter((slug) => draft.modules.includes(slug));
  if (modules.length === 0 && !draft.assessment)
    errors.modules = 'Choose at least one module or the final assessment.';
  if (!isDateOnly(draft.due)) errors.due = 'Enter a due date, for example 2026-04-30.';
  else if (daysBetween(context.today, draft.due) < 0) errors.due = 'The due date is in the past.';
  else if (draft.due > addDays(context.today, 5 * 366))
    errors.due = 'The due date is more than five years away. Check the year.';
  else if (!isDueDate(draft.due)) errors.due = 'The due date is after 2100. Check the year.';
  const passMark = Number(draft.passMark.trim());
  if (
    !draft.passMark.trim() ||
    !Number.isInteger(passMark) ||
    passMark < PASS_MARK.min ||
    passMark > PASS_MARK.max
  )
    errors.passMark = `Enter a whole number from ${PASS_MARK.min} to ${PASS_MARK.max}.`;
  if (!isUsableId(context.id)) errors.group = 'Could not make an id for this assignment. Try again.';
  const maxAttempts = (draft.maxAttempts ?? '').trim();
  const maxNumber = Number(maxAttempts);
  if (maxAttempts && (!Number.isInteger(maxNumber) || maxNumber < 1 || maxNumber > LIMITS.maxAttempts))
    errors.maxAttempts = `Enter a whole number from 1 to ${LIMITS.maxAttempts}, or leave it blank for no limit.`;
  const waitHours = (draft.waitHours ?? '').trim();
  const waitNumber = Number(waitHours);
  if (waitHours && (!Number.isInteger(waitNumber) || waitNumber < 0 || waitNumber > LIMITS.waitHours))
    errors.waitHours = `Enter a whole number of hours from 0 to ${LIMITS.waitHours} (30 days), or leave it blank for no wait.`;
  const message = draft.message.trim();
  if (message.length > LIMITS.message)
    errors.message = `Keep the message to ${LIMITS.message} characters (it has ${message.length}).`;
  const trainer = cleanText(draft.trainer);
  if (trainer.length > LIMITS.trainer) errors.trainer = `Keep your name to ${LIMITS.trainer} characters.`;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const assignment: Assignment = {
    v: ASSIGNMENT_VERSION,
    id: context.id,
    group,
    modules,
    assessment: draft.assessment,
    due: draft.due,
    passMark,
    createdAt: context.now.toISOString(),
  };
  if (message) assignment.message = message;
  if (trainer) assignment.trainer = trainer;
  if (draft.assessment && maxAttempts) assignment.maxAttempts = maxNumber;
  if (draft.assessment && waitHours && waitNumber > 0) assignment.waitHours = waitNumber;
  assignment.review = draft.review ?? true;
  return { ok: true, assignment };
}
