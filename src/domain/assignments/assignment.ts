/**
 * The assignment a trainer hands out, typed once. Links are checked in full by `assignment-codec.ts`; what is
 * stored after acceptance is read back with `readAssignment`, so everything past the store holds an `Assignment`.
 */
import { isRecord, isStringArray, optionalString } from '../lib/guards';

export const ASSIGNMENT_VERSION = 1;

/** What a trainer hands out: carried in the link's fragment, stored by the learner on acceptance. */
export interface Assignment {
  v: typeof ASSIGNMENT_VERSION;
  id: string;
  /** Cohort or group name. */
  group: string;
  /** Lesson slugs, in course order. */
  modules: string[];
  /** Whether the final assessment is part of the assignment. */
  assessment: boolean;
  /** `YYYY-MM-DD`. */
  due: string;
  /** Percentage needed to pass the final assessment. */
  passMark: number;
  /** The most sittings of the final assessment; absent means as many as the learner likes. */
  maxAttempts?: number;
  /** Hours a learner waits after a sitting that did not pass before the next; absent means none. */
  waitHours?: number;
  message?: string;
  /**
   * Spaced review (warm-ups in lessons, review sets on the home page): false turns it off. Links made before
   * the setting existed carry nothing, which means on.
   */
  review?: boolean;
  /** The trainer's name, if they gave one. */
  trainer?: string;
  createdAt: string;
}

/** What reports and statements carry of an assignment: enough to group results, nothing personal. */
export type AssignmentSummary = Pick<
  Assignment,
  'id' | 'group' | 'due' | 'passMark' | 'modules' | 'assessment'
>;

/** An assignment the learner accepted from a trainer's link. */
export interface AcceptedAssignment {
  id: string;
  assignment: Assignment;
  acceptedAt: string;
}

export const summariseAssignment = ({
  id,
  group,
  due,
  passMark,
  modules,
  assessment,
}: Assignment): AssignmentSummary => ({ id, group, due, passMark, modules, assessment });

/** Reads an assignment the learner already accepted (validated when accepted); null if it is not one. */
export function readAssignment(value: unknown): Assignment | null {
  if (!isRecord(value)) return null;
  const { v, id, group, modules, assessment, due, passMark, createdAt } = value;
  if (v !== ASSIGNMENT_VERSION || typeof id !== 'string' || typeof group !== 'string') return null;
  if (!isStringArray(modules) || typeof assessment !== 'boolean') return null;
  if (typeof due !== 'string' || typeof createdAt !== 'string' || typeof passMark !== 'number') return null;
  const out: Assignment = { v, id, group, modules: [...modules], assessment, due, passMark, createdAt };
  const message = optionalString(value.message);
  const trainer = optionalString(value.trainer);
  if (message !== undefined) out.message = message;
  if (trainer !== undefined) out.trainer = trainer;
  if (typeof value.maxAttempts === 'number') out.maxAttempts = value.maxAttempts;
  if (typeof value.waitHours === 'number') out.waitHours = value.waitHours;
  if (typeof value.review === 'boolean') out.review = value.review;
  return out;
}

/** Whether spaced review is on for a learner: on, unless their latest accepted assignment turned it off. */
export function reviewOn(accepted: Record<string, AcceptedAssignment>): boolean {
  return latestAssignment(accepted)?.review !== false;
}

/**
 * The most recently accepted assignment that satisfies `which` (every assignment by default). Ties on the
 * acceptance time go to the larger id, so every caller picks the same one.
 */
export function latestAssignment(
  accepted: Record<string, AcceptedAssignment>,
  which: (assignment: Assignment) => boolean = () => true,
): Assignment | undefined {
  let latest: AcceptedAssignment | undefined;
  for (const entry of Object.values(accepted)) {
    if (!which(entry.assignment)) continue;
    if (
      !latest ||
      entry.acceptedAt > latest.acceptedAt ||
      (entry.acceptedAt === latest.acceptedAt && entry.id > latest.id)
    )
      latest = entry;
  }
  return latest?.assignment;
}
