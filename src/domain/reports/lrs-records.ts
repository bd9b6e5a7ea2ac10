/**
 * Completion records from xAPI statements, so results loaded from a Learning Record Store sit in the same
 * Reports table as records learners sent in. One record per learner and assignment: statements carry the
 * assignment when the learner accepted a trainer's link; otherwise HR says which group and due date the
 * loaded learners belong to. LRS data crosses a trust boundary: anything malformed is skipped and counted.
 */
import { warmUpId } from '../assessment/review-items';
import { isDateOnly } from '../assignments/due-dates';
import { hashString } from '../lib/hash';
import type { LessonStatus } from '../course/progress';
import type { AssessmentRecord, CompletionRecord, LearnerIdentity, ModuleRecord } from './record-codec';
import { activityIds, agentKey, agentLabel, COURSE_IRI, EXTENSIONS, verbName } from '../lms/xapi-statements';
import type { AssignmentSummary } from '../assignments/assignment';
import type { VerbName } from '../lms/xapi-statements';
import { isRecord } from '../lib/guards';

export interface LrsRecordOptions {
  /** Lesson slugs of the course, in order: the modules of learners without an assignment. */
  modules: string[];
  /** Group for learners whose statements name none. */
  group: string;
  /** Due date (`YYYY-MM-DD`) for learners whose statements carry no assignment. */
  due: string;
  courseIri?: string;
  /** Pass mark in percent when neither an assignment nor the assessment gives one. */
  defaultPassMark?: number;
}

export interface LrsConversion {
  records: CompletionRecord[];
  /** Statements used. */
  used: number;
  /** Statements skipped: malformed, or not about this course. */
  skipped: number;
}

/** A statement reduced to what the records need. */
interface Fact {
  verb: VerbName;
  learner: string;
  actor: Record<string, unknown>;
  object: string;
  parents: string[];
  at: string;
  scaled?: number;
  assignment?: AssignmentSummary;
  passMark?: number;
  attempt?: string;
}

const isTime = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const iso = (t: string) => new Date(Date.parse(t)).toISOString();

function readAssignmentSummary(value: unknown): AssignmentSummary | undefined {
  if (!isRecord(value)) return undefined;
  const { id, group, due, passMark, modules, assessment } = value;
  if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{6,64}$/.test(id)) return undefined;
  if (typeof group !== 'string' || group.trim() === '' || group.length > 80) return undefined;
  if (typeof due !== 'string' || !isDateOnly(due)) return undefined;
  if (typeof passMark !== 'number' || !Number.isInteger(passMark) || passMark < 1 || passMark > 100)
    return undefined;
  if (!Array.isArray(modules) || modules.length > 60 || !modules.every((m) => typeof m === 'string'))
    return undefined;
  if (typeof assessment !== 'boolean') return undefined;
  return { id, group: group.trim(), due, passMark, modules: modules as string[], assessment };
}

/** One statement as a fact, or null when it is malformed or not about this course. */
function readFact(value: unknown, courseIri: string): Fact | null {
  if (!isRecord(value) || !isRecord(value.actor) || !isRecord(value.verb) || !isRecord(value.object))
    return null;
  const verb = typeof value.verb.id === 'string' ? verbName(value.verb.id) : null;
  const object = value.object.id;
  if (!verb || typeof object !== 'string') return null;
  if (object !== courseIri && !object.startsWith(`${courseIri}/`)) return null;
  const learner = agentKey(value.actor);
  if (learner === 'unknown') return null;
  // The learner's clock can be wrong; the LRS's `stored` time cannot be later than the truth.
  const times = [value.timestamp, value.stored].filter(isTime).map(iso).sort();
  const at = times[0];
  if (!at) return null;
  const fact: Fact = { verb, learner, actor: value.actor, object, parents: [], at };
  const context = isRecord(value.context) ? value.context : {};
  const activities = isRecord(context.contextActivities) ? context.contextActivities : {};
  if (Array.isArray(activities.parent))
    fact.parents = activities.parent
      .filter(isRecord)
      .map((a) => a.id)
      .filter((id): id is string => typeof id === 'string');
  const result = isRecord(value.result) ? value.result : {};
  const score = isRecord(result.score) ? result.score.scaled : undefined;
  if (typeof score === 'number' && score >= 0 && score <= 1) fact.scaled = score;
  const extensions = isRecord(context.extensions) ? context.extensions : {};
  const assignment = readAssignmentSummary(extensions[EXTENSIONS.assignment]);
  if (assignment) fact.assignment = assignment;
  const passMark = extensions[EXTENSIONS.passMark];
  if (typeof passMark === 'number' && passMark > 0 && passMark <= 1)
    fact.passMark = Math.round(passMark * 100);
  const attempt = extensions[EXTENSIONS.attempt];
  if (typeof attempt === 'string') fact.attempt = attempt;
  return fact;
}

const earliest = (times: string[]) => [...times].sort()[0];
const latest = (times: string[]) => [...times].sort().at(-1);
const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

function identity(actor: Record<string, unknown>): LearnerIdentity {
  const learner: LearnerIdentity = { name: clip(agentLabel(actor), 120) };
  const mbox = typeof actor.mbox === 'string' ? actor.mbox.replace(/^mailto:/i, '') : '';
  if (mbox) learner.email = clip(mbox, 254);
  const account = isRecord(actor.account) ? actor.account : undefined;
  if (account && typeof account.name === 'string' && account.name.trim())
    learner.employeeId = clip(account.name.trim(), 64);
  return learner;
}

/** Warm-ups and spaced review sets: practice of earlier lessons, not part of a module's own score or attempts. */
const isPractice = (id: string, courseIri: string) =>
  id.startsWith(activityIds(courseIri).activity(warmUpId(''))) ||
  id.startsWith(activityIds(courseIri).review(''));

function moduleRecord(slug: string, facts: Fact[], courseIri: string): ModuleRecord {
  const lessonId = activityIds(courseIri).lesson(slug);
  const mine = facts.filter(
    (f) =>
      (f.object === lessonId || f.parents.includes(lessonId)) &&
      !isPractice(f.object, courseIri) &&
      !f.parents.some((p) => isPractice(p, courseIri)),
  );
  const completions = mine.filter((f) => f.verb === 'completed' && f.object === lessonId);
  const status: LessonStatus =
    completions.length > 0 ? 'complete' : mine.length > 0 ? 'in-progress' : 'not-started';
  const record: ModuleRecord = {
    slug,
    status,
    timeSpentMs: 0,
    attempts: mine.filter((f) => f.verb === 'answered').length,
  };
  // The latest score of each scored activity in the lesson, averaged.
  const scores = new Map<string, { at: string; scaled: number }>();
  for (const f of mine) {
    if (f.verb !== 'completed' || f.object === lessonId || f.scaled === undefined) continue;
    const known = scores.get(f.object);
    if (!known || f.at >= known.at) scores.set(f.object, { at: f.at, scaled: f.scaled });
  }
  if (scores.size > 0) {
    const values = [...scores.values()].map((s) => s.scaled);
    record.score = Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 1000) / 1000;
  }
  const startedAt = earliest(mine.map((f) => f.at));
  const completedAt = earliest(completions.map((f) => f.at));
  const last = latest(mine.map((f) => f.at));
  if (startedAt) record.startedAt = startedAt;
  if (completedAt) record.completedAt = completedAt;
  if (last) record.lastActivityAt = last;
  return record;
}

function assessmentRecord(facts: Fact[], courseIri: string): AssessmentRecord {
  const sittings = facts.filter(
    (f) => (f.verb === 'passed' || f.verb === 'failed') && f.object === activityIds(courseIri).assessment,
  );
  const attempts = new Set(sittings.map((f, i) => f.attempt ?? `#${i}`)).size;
  const record: AssessmentRecord = { attempts, passed: sittings.some((f) => f.verb === 'passed') };
  const scores = sittings.map((f) => f.scaled).filter((s): s is number => s !== undefined);
  if (scores.length > 0) record.bestScore = Math.max(...scores);
  const last = latest(sittings.map((f) => f.at));
  if (last) record.lastSubmittedAt = last;
  return record;
}

/** The assignment id for learners without one: stable for a course and group, so reloading updates rows. */
export const lrsAssignmentId = (courseIri: string, group: string) =>
  `lrs-${hashString(`${courseIri}\n${group.trim().toLowerCase()}`)}`;

/**
 * Builds one completion record per learner and assignment from statements read from an LRS.
 * Learners with no statement about this course produce no record. Never throws.
 */
export function recordsFromStatements(
  statements: readonly unknown[],
  options: LrsRecordOptions,
): LrsConversion {
  const courseIri = options.courseIri ?? COURSE_IRI;
  const facts: Fact[] = [];
  let skipped = 0;
  for (const statement of statements) {
    const fact = readFact(statement, courseIri);
    if (fact) facts.push(fact);
    else skipped += 1;
  }

  const byLearner = new Map<string, Fact[]>();
  for (const fact of facts) byLearner.set(fact.learner, [...(byLearner.get(fact.learner) ?? []), fact]);

  const group = clip(options.group.trim(), 80);
  const records: CompletionRecord[] = [];
  for (const learnerFacts of byLearner.values()) {
    // Statements without an assignment belong to the group HR named.
    const byAssignment = new Map<string, { ref: AssignmentSummary | null; facts: Fact[] }>();
    for (const fact of learnerFacts) {
      const key = fact.assignment?.id ?? '';
      const entry = byAssignment.get(key) ?? { ref: fact.assignment ?? null, facts: [] };
      entry.facts.push(fact);
      byAssignment.set(key, entry);
    }
    const newest = [...learnerFacts].sort((a, b) => (a.at < b.at ? 1 : -1))[0]!;
    for (const { ref, facts: mine } of byAssignment.values()) {
      const passMark =
        ref?.passMark ??
        [...mine].reverse().find((f) => f.passMark !== undefined)?.passMark ??
        options.defaultPassMark ??
        80;
      const assignment: CompletionRecord['assignment'] = ref
        ? { ...ref }
        : {
            id: lrsAssignmentId(courseIri, group),
            group,
            due: options.due,
            passMark,
            modules: options.modules.slice(0, 60),
            assessment: true,
          };
      const modules = assignment.modules.map((slug) => moduleRecord(slug, mine, courseIri));
      const lastActivityAt = latest(mine.map((f) => f.at))!;
      const record: CompletionRecord = {
        exportedAt: lastActivityAt,
        learner: identity(newest.actor),
        assignment,
        modules,
        lastActivityAt,
      };
      if (assignment.assessment) record.assessment = assessmentRecord(mine, courseIri);
      records.push(record);
    }
  }
  return { records, used: facts.length, skipped };
}
