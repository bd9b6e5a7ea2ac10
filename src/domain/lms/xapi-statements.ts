/**
 * Learning events as xAPI statements: which verb, which activity, which result. Pure data in, statements out;
 * sending them is the tracking layer's job. Every activity id sits under one course IRI, so an LRS query for
 * the course (with related activities) finds everything a learner did in it.
 */
import type { LearningEvent } from '../course/learning-events';
import type { AssignmentSummary } from '../assignments/assignment';
import {
  interactionResponse,
  questionInteraction,
  turnInteraction,
  typedResponse,
} from './xapi-interactions';
import type { InteractionDefinition } from './xapi-interactions';
import type { XapiAgent } from './xapi-agent';
export { agentKey, agentLabel, parseLaunchActor } from './xapi-agent';
export type { XapiAgent } from './xapi-agent';

/** The course's own IRI. Lessons, activities, scenarios and the assessment hang below it. */
export const COURSE_IRI = 'https://servewell.example/course/servewell';
/** Where our extension keys live (xAPI extension keys must be IRIs). */
const EXTENSION_IRI = 'https://servewell.example/xapi/extensions';

export const EXTENSIONS = {
  section: `${EXTENSION_IRI}/section`,
  activityKind: `${EXTENSION_IRI}/activity-kind`,
  attempt: `${EXTENSION_IRI}/attempt`,
  passMark: `${EXTENSION_IRI}/pass-mark`,
  ending: `${EXTENSION_IRI}/ending`,
  outcome: `${EXTENSION_IRI}/outcome`,
  group: `${EXTENSION_IRI}/group`,
  assignment: `${EXTENSION_IRI}/assignment`,
  /** The learner's response in words (result.response holds it in the interaction's own format). */
  responseText: `${EXTENSION_IRI}/response-text`,
  /** At a typed role-play reply: the reply on offer the coach matched it to. */
  matchedChoice: `${EXTENSION_IRI}/matched-choice`,
  /** At a spaced review set: the lessons it reviewed, by slug. */
  reviewLessons: `${EXTENSION_IRI}/review-lessons`,
} as const;

const ADL_VERBS = 'http://adlnet.gov/expapi/verbs/';
const ADL_ACTIVITIES = 'http://adlnet.gov/expapi/activities/';

export type VerbName =
  | 'initialized'
  | 'attempted'
  | 'progressed'
  | 'completed'
  | 'answered'
  | 'responded'
  | 'passed'
  | 'failed'
  | 'terminated';

interface XapiVerb {
  id: string;
  display: Record<string, string>;
}

const verb = (name: VerbName): XapiVerb => ({ id: `${ADL_VERBS}${name}`, display: { 'en-US': name } });

/** The verb's short name when it is one of ours, else null. */
export function verbName(id: string): VerbName | null {
  if (!id.startsWith(ADL_VERBS)) return null;
  const name = id.slice(ADL_VERBS.length);
  const known: VerbName[] = [
    'initialized',
    'attempted',
    'progressed',
    'completed',
    'answered',
    'responded',
    'passed',
    'failed',
    'terminated',
  ];
  return known.includes(name as VerbName) ? (name as VerbName) : null;
}

const ACTIVITY_TYPES = {
  course: `${ADL_ACTIVITIES}course`,
  lesson: `${ADL_ACTIVITIES}lesson`,
  interaction: `${ADL_ACTIVITIES}interaction`,
  question: `${ADL_ACTIVITIES}cmi.interaction`,
  simulation: `${ADL_ACTIVITIES}simulation`,
  assessment: `${ADL_ACTIVITIES}assessment`,
} as const;

interface XapiActivityDefinition extends Partial<Omit<InteractionDefinition, 'interactionType'>> {
  type?: string;
  name?: Record<string, string>;
  description?: Record<string, string>;
  interactionType?: InteractionDefinition['interactionType'] | 'other';
}

interface XapiActivity {
  objectType: 'Activity';
  id: string;
  definition?: XapiActivityDefinition;
}

interface XapiResult {
  score?: { scaled: number; raw?: number; min?: number; max?: number };
  success?: boolean;
  completion?: boolean;
  response?: string;
  duration?: string;
  extensions?: Record<string, unknown>;
}

interface XapiContext {
  registration?: string;
  contextActivities?: { parent?: XapiActivity[]; grouping?: XapiActivity[] };
  platform?: string;
  language?: string;
  extensions?: Record<string, unknown>;
}

export interface XapiStatement {
  id: string;
  actor: XapiAgent;
  verb: XapiVerb;
  object: XapiActivity;
  result?: XapiResult;
  context?: XapiContext;
  timestamp: string;
}

/** Who is learning, in which registration, and what the course calls its lessons. */
export interface StatementScope {
  actor: XapiAgent;
  registration?: string;
  /** Defaults to COURSE_IRI. */
  courseIri?: string;
  courseTitle?: string;
  /** Lesson titles by slug, for activity names an LRS can show. */
  lessonTitles?: Record<string, string>;
  /** Lesson summaries by slug, for activity descriptions. */
  lessonSummaries?: Record<string, string>;
  /** The trainer's assignment the learner is working to, if they accepted one. */
  assignment?: AssignmentSummary;
}

const segment = (value: string) => encodeURIComponent(value);

/** Every activity id the course uses, under one course IRI. */
export function activityIds(courseIri: string = COURSE_IRI) {
  return {
    course: courseIri,
    lesson: (slug: string) => `${courseIri}/lessons/${segment(slug)}`,
    activity: (id: string) => `${courseIri}/activities/${segment(id)}`,
    question: (activity: string, question: string) =>
      `${courseIri}/activities/${segment(activity)}/${segment(question)}`,
    scenario: (scenario: string) => `${courseIri}/scenarios/${segment(scenario)}`,
    scenarioNode: (scenario: string, node: string) =>
      `${courseIri}/scenarios/${segment(scenario)}/${segment(node)}`,
    assessment: `${courseIri}/assessment`,
    review: (id: string) => `${courseIri}/reviews/${segment(id)}`,
  };
}

/** The lesson slug when an activity id is a lesson of this course, else null. */
export function lessonSlugOf(activityId: string, courseIri: string = COURSE_IRI): string | null {
  const prefix = `${courseIri}/lessons/`;
  if (!activityId.startsWith(prefix)) return null;
  const rest = activityId.slice(prefix.length);
  if (rest === '' || rest.includes('/')) return null;
  try {
    return decodeURIComponent(rest);
  } catch {
    return null;
  }
}

/** Seconds as an ISO 8601 duration with at most two decimals, as xAPI asks: 3725.5 s -> "PT1H2M5.5S". */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360000);
  const minutes = Math.floor((centis % 360000) / 6000);
  const seconds = (centis % 6000) / 100;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds}S`;
}

/**
 * Formats 16 random bytes as an RFC 4122 version 4 UUID. The caller supplies the bytes (the browser's
 * crypto), so this stays pure; statement ids are made once, when a statement is queued, and kept with it.
 */
export function uuidFromBytes(bytes: Uint8Array): string {
  if (bytes.length < 16) throw new Error('A UUID needs 16 random bytes.');
  const b = Array.from(bytes.slice(0, 16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Names and descriptions an LRS shows are kept to one readable line. */
const clip = (text: string, max = 250) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

const activity = (id: string, type: string, name?: string, description?: string): XapiActivity => {
  const definition: XapiActivityDefinition = { type };
  if (name?.trim()) definition.name = { 'en-US': clip(name) };
  if (description?.trim()) definition.description = { 'en-US': clip(description, 1000) };
  return { objectType: 'Activity', id, definition };
};

const COURSE_DESCRIPTION =
  'An interactive customer-service course for new hires: lessons, knowledge checks, role-plays and a final assessment.';

/** What each kind of activity is called on an LRS dashboard. */
const ACTIVITY_KIND_NAMES: Record<string, string> = {
  quiz: 'Knowledge check',
  roleplay: 'Role-play',
  definitions: 'Definitions exercise',
  reflection: 'Reflection',
  'warm-up': 'Warm-up',
};

/** A score in 0..1 as an xAPI score; clamped so an LRS never rejects it. */
const score = (scaled: number) => {
  const value = Math.min(1, Math.max(0, Number.isFinite(scaled) ? scaled : 0));
  const rounded = Math.round(value * 10000) / 10000;
  return { scaled: rounded, raw: rounded, min: 0, max: 1 };
};

interface Parts {
  verb: VerbName;
  object: XapiActivity;
  result?: XapiResult;
  /** Parent activities (e.g. the lesson a question belongs to). */
  parents?: XapiActivity[];
  extensions?: Record<string, unknown>;
}

function build(scope: StatementScope, id: string, at: string, parts: Parts): XapiStatement {
  const ids = activityIds(scope.courseIri);
  const statement: XapiStatement = {
    id,
    actor: scope.actor,
    verb: verb(parts.verb),
    object: parts.object,
    timestamp: at,
  };
  if (parts.result) statement.result = parts.result;
  const context: XapiContext = { platform: 'Servewell', language: 'en' };
  if (scope.registration) context.registration = scope.registration;
  const contextActivities: NonNullable<XapiContext['contextActivities']> = {};
  if (parts.object.id !== ids.course) contextActivities.grouping = [courseActivity(scope)];
  if (parts.parents && parts.parents.length > 0) contextActivities.parent = parts.parents;
  if (contextActivities.grouping || contextActivities.parent) context.contextActivities = contextActivities;
  const extensions: Record<string, unknown> = { ...parts.extensions };
  if (scope.assignment) {
    extensions[EXTENSIONS.group] = scope.assignment.group;
    extensions[EXTENSIONS.assignment] = scope.assignment;
  }
  if (Object.keys(extensions).length > 0) context.extensions = extensions;
  statement.context = context;
  return statement;
}

function courseActivity(scope: StatementScope): XapiActivity {
  return activity(
    activityIds(scope.courseIri).course,
    ACTIVITY_TYPES.course,
    scope.courseTitle ?? 'Servewell',
    COURSE_DESCRIPTION,
  );
}

const lessonTitle = (scope: StatementScope, slug: string) => scope.lessonTitles?.[slug] ?? slug;

const lessonActivity = (scope: StatementScope, slug: string) =>
  activity(
    activityIds(scope.courseIri).lesson(slug),
    ACTIVITY_TYPES.lesson,
    lessonTitle(scope, slug),
    scope.lessonSummaries?.[slug] ?? `The lesson “${lessonTitle(scope, slug)}”.`,
  );

/** A knowledge check, role-play or other exercise inside a lesson. */
const exerciseActivity = (scope: StatementScope, id: string, lesson: string, kind?: string) => {
  const kindName = (kind && ACTIVITY_KIND_NAMES[kind]) ?? 'Activity';
  return activity(
    activityIds(scope.courseIri).activity(id),
    ACTIVITY_TYPES.interaction,
    `${kindName}: ${id}`,
    `${kindName} in the lesson “${lessonTitle(scope, lesson)}”.`,
  );
};

const scenarioActivity = (
  scope: StatementScope,
  scenario: string,
  label?: { title: string; summary: string },
) =>
  activity(
    activityIds(scope.courseIri).scenario(scenario),
    ACTIVITY_TYPES.simulation,
    label ? `Role-play: ${label.title}` : `Role-play: ${scenario}`,
    label?.summary ?? 'A branching customer conversation.',
  );

const assessmentActivity = (scope: StatementScope) =>
  activity(
    activityIds(scope.courseIri).assessment,
    ACTIVITY_TYPES.assessment,
    'Final assessment',
    'Questions drawn from every lesson of the course; passing it earns the certificate.',
  );

/** A spaced review set: questions from lessons completed days before. */
const reviewActivity = (scope: StatementScope, id: string) =>
  activity(
    activityIds(scope.courseIri).review(id),
    ACTIVITY_TYPES.assessment,
    `Spaced review: ${id}`,
    'A short set of questions from lessons completed days before, to keep what was learnt.',
  );

/** "completed" for the whole course: every lesson of it is complete. */
export function courseCompletedStatement(scope: StatementScope, id: string, at: string): XapiStatement {
  return build(scope, id, at, {
    verb: 'completed',
    object: courseActivity(scope),
    result: { completion: true },
  });
}

/** "passed" or "failed" for the whole course, with the final assessment's attempt and score. */
export function courseResultStatement(
  scope: StatementScope,
  id: string,
  at: string,
  outcome: { passed: boolean; score: number; attempt: string; passMark: number },
): XapiStatement {
  return build(scope, id, at, {
    verb: outcome.passed ? 'passed' : 'failed',
    object: courseActivity(scope),
    result: { success: outcome.passed, score: score(outcome.score) },
    extensions: { [EXTENSIONS.attempt]: outcome.attempt, [EXTENSIONS.passMark]: outcome.passMark },
  });
}

/** "initialized": the learner opened the course in this registration. */
export function initializedStatement(scope: StatementScope, id: string, at: string): XapiStatement {
  return build(scope, id, at, { verb: 'initialized', object: courseActivity(scope) });
}

/** "terminated": the session ended, with how long it lasted. */
export function terminatedStatement(
  scope: StatementScope,
  id: string,
  at: string,
  durationMs?: number,
): XapiStatement {
  const parts: Parts = { verb: 'terminated', object: courseActivity(scope) };
  if (durationMs !== undefined) parts.result = { duration: isoDuration(durationMs) };
  return build(scope, id, at, parts);
}

/** The statement a learning event becomes. Every event the store publishes has one. */
export function statementForEvent(scope: StatementScope, event: LearningEvent, id: string): XapiStatement {
  const ids = activityIds(scope.courseIri);
  const make = (parts: Parts) => build(scope, id, event.at, parts);
  switch (event.type) {
    case 'lesson-started':
      return make({ verb: 'attempted', object: lessonActivity(scope, event.lesson) });
    case 'lesson-progressed':
      return make({
        verb: 'progressed',
        object: lessonActivity(scope, event.lesson),
        extensions: { [EXTENSIONS.section]: event.section },
      });
    case 'lesson-completed':
      return make({
        verb: 'completed',
        object: lessonActivity(scope, event.lesson),
        result: { completion: true },
      });
    case 'question-answered': {
      const detail = event.detail;
      const question: XapiActivity = {
        objectType: 'Activity',
        id: ids.question(event.activity, event.question),
        definition: detail
          ? {
              type: ACTIVITY_TYPES.question,
              name: { 'en-US': clip(detail.question.prompt) },
              description: { 'en-US': clip(detail.question.prompt, 1000) },
              ...questionInteraction(detail.question),
            }
          : {
              type: ACTIVITY_TYPES.question,
              name: { 'en-US': `Question ${event.question}` },
              interactionType: 'other',
            },
      };
      const result: XapiResult = {
        success: event.correct,
        response: detail
          ? detail.response
            ? interactionResponse(detail.question, detail.response)
            : ''
          : event.response,
        score: score(event.credit),
      };
      if (detail) result.extensions = { [EXTENSIONS.responseText]: event.response };
      if (event.latencyMs !== undefined) result.duration = isoDuration(event.latencyMs);
      // A final-assessment answer belongs to the assessment (and its attempt); a knowledge check's to its quiz.
      const parts: Parts = {
        verb: 'answered',
        object: question,
        result,
        parents: [
          event.attempt !== undefined
            ? assessmentActivity(scope)
            : event.activityKind === 'review'
              ? reviewActivity(scope, event.activity)
              : exerciseActivity(scope, event.activity, event.lesson, event.activityKind ?? 'quiz'),
          lessonActivity(scope, event.lesson),
        ],
      };
      if (event.attempt !== undefined) parts.extensions = { [EXTENSIONS.attempt]: event.attempt };
      return make(parts);
    }
    case 'activity-completed': {
      const result: XapiResult = { completion: true };
      if (event.score !== undefined) result.score = score(event.score);
      return make({
        verb: 'completed',
        object: exerciseActivity(scope, event.activity, event.lesson, event.kind),
        result,
        parents: [lessonActivity(scope, event.lesson)],
        extensions: { [EXTENSIONS.activityKind]: event.kind },
      });
    }
    case 'roleplay-responded': {
      const detail = event.detail;
      const typed = event.text !== undefined;
      const node: XapiActivity = detail
        ? {
            objectType: 'Activity',
            id: ids.scenarioNode(event.scenario, event.node),
            definition: {
              type: ACTIVITY_TYPES.question,
              name: { 'en-US': clip(`${detail.scenario.title}: “${detail.turn.customer}”`) },
              description: { 'en-US': clip(`The customer says: “${detail.turn.customer}”`, 1000) },
              ...turnInteraction({ freeText: typed, choices: detail.turn.choices }),
            },
          }
        : activity(ids.scenarioNode(event.scenario, event.node), ACTIVITY_TYPES.interaction);
      let result: XapiResult | undefined;
      if (detail && typed) {
        result = { response: typedResponse(event.text ?? '') };
        if (event.choice) result.extensions = { [EXTENSIONS.matchedChoice]: event.choice };
      } else {
        const response = event.choice ?? event.text;
        if (response !== undefined) result = { response };
      }
      return make({
        verb: 'responded',
        object: node,
        ...(result ? { result } : {}),
        parents: [
          scenarioActivity(scope, event.scenario, detail?.scenario),
          lessonActivity(scope, event.lesson),
        ],
      });
    }
    case 'roleplay-ended':
      return make({
        verb: 'completed',
        object: scenarioActivity(scope, event.scenario, event.detail?.scenario),
        result: {
          completion: true,
          score: score(event.score),
          extensions: { [EXTENSIONS.ending]: event.ending, [EXTENSIONS.outcome]: event.outcome },
        },
        parents: [lessonActivity(scope, event.lesson)],
      });
    case 'review-finished':
      return make({
        verb: 'completed',
        object: reviewActivity(scope, event.review),
        result: { completion: true, score: score(event.score) },
        extensions: { [EXTENSIONS.reviewLessons]: event.lessons },
      });
    case 'assessment-submitted':
      return make({
        verb: event.passed ? 'passed' : 'failed',
        object: assessmentActivity(scope),
        result: { success: event.passed, completion: true, score: score(event.score) },
        extensions: { [EXTENSIONS.attempt]: event.attempt, [EXTENSIONS.passMark]: event.passMark },
      });
  }
}
