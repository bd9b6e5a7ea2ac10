/**
 * Every statement the course can send, checked by a real xAPI validator: Learning Locker's
 * `xapi-validation` (the rules its LRS applies), not only by an LRS accepting it. Built from the real
 * content: every final-assessment question (all six question kinds, as knowledge checks use them too) with a
 * right and a wrong response, every turn of every role-play, picked and typed, and every other learning event.
 */
import validate from 'xapi-validation';
import { scenarios } from '../../lessons/scenarios';
import { assessmentBank } from '../../src/content/assessment-bank';
import type { Question, Response } from '../../src/domain/activities/quiz-types';
import { scoreResponse } from '../../src/domain/activities/quiz-scoring';
import { scoreAttempt } from '../../src/domain/assessment/assessment';
import { assessmentAnswerEvents } from '../../src/domain/assessment/assessment-answers';
import type { LearningEvent } from '../../src/domain/course/learning-events';
import {
  courseCompletedStatement,
  courseResultStatement,
  initializedStatement,
  statementForEvent,
  terminatedStatement,
} from '../../src/domain/lms/xapi-statements';
import type { StatementScope, XapiStatement } from '../../src/domain/lms/xapi-statements';

const AT = '2026-03-01T09:30:00.000Z';
let n = 0;
const nextId = () => `5b0f4a3c-2d1e-4f6a-8b9c-${String((n += 1)).padStart(12, '0')}`;

const scopes: StatementScope[] = [
  { actor: { objectType: 'Agent', mbox: 'mailto:ada@example.org' } },
  {
    actor: {
      objectType: 'Agent',
      name: 'Ada',
      account: { homePage: 'https://lms.example.org', name: 'e-42' },
    },
    registration: '0f8f7c2a-8a55-4d1e-9b7a-3c1c2f1f0a11',
    courseTitle: 'Servewell',
    lessonTitles: { greeting: 'Greeting customers' },
    lessonSummaries: { greeting: 'Say hello like you mean it.' },
    assignment: {
      id: 'asg-abcdef',
      group: 'Spring cohort',
      modules: ['greeting'],
      assessment: true,
      due: '2026-04-01',
      passMark: 80,
    },
  },
];

/** A right response and a wrong one for a question. */
function responsesFor(q: Question): Response[] {
  switch (q.kind) {
    case 'single':
      return q.options.map((o) => ({ kind: 'single', optionId: o.id }));
    case 'multiple':
      return [
        { kind: 'multiple', optionIds: q.options.filter((o) => o.correct).map((o) => o.id) },
        { kind: 'multiple', optionIds: q.options.map((o) => o.id) },
      ];
    case 'truefalse':
      return [
        { kind: 'truefalse', value: true },
        { kind: 'truefalse', value: false },
      ];
    case 'ordering':
      return [
        { kind: 'ordering', itemIds: q.items.map((i) => i.id) },
        { kind: 'ordering', itemIds: q.items.map((i) => i.id).reverse() },
      ];
    case 'matching': {
      const ids = q.pairs.map((p) => p.id);
      const rotated = [...ids.slice(1), ...ids.slice(0, 1)];
      return [
        { kind: 'matching', matches: Object.fromEntries(ids.map((id) => [id, id])) },
        { kind: 'matching', matches: Object.fromEntries(ids.map((id, i) => [id, rotated[i]!])) },
      ];
    }
    case 'short':
      return [
        { kind: 'short', text: q.accept[0] ?? '' },
        { kind: 'short', text: 'something else [,] with [.] separators' },
      ];
  }
}

function questionEvents(): LearningEvent[] {
  return assessmentBank.flatMap((question) =>
    responsesFor(question).map((response): LearningEvent => {
      const { correct, credit } = scoreResponse(question, response);
      return {
        type: 'question-answered',
        lesson: question.lesson,
        activity: 'l1-check',
        question: question.id,
        response: 'in words',
        correct,
        credit,
        detail: { question, response },
        at: AT,
      };
    }),
  );
}

/** A whole final-assessment attempt as the assessment page reports it: one answer per drawn question, some left blank. */
function assessmentEvents(): LearningEvent[] {
  const drawn = assessmentBank.slice(0, 15);
  const responses = Object.fromEntries(
    drawn.flatMap((q, i) => (i % 5 === 4 ? [] : [[q.id, responsesFor(q)[i % 2]!]])),
  );
  const result = scoreAttempt(drawn, responses, 0.8, 'att-1');
  const spent = Object.fromEntries(drawn.map((q, i) => [q.id, 1_000 * (i + 1)]));
  return assessmentAnswerEvents('att-1', result, () => 'in words', spent).map(
    (event) => ({ ...event, at: AT }) as LearningEvent,
  );
}

function rolePlayEvents(): LearningEvent[] {
  return Object.values(scenarios).flatMap((scenario) => {
    const label = { title: scenario.title, summary: scenario.summary };
    const turns = scenario.nodes.flatMap((node) => (node.kind === 'turn' ? [node] : []));
    const events: LearningEvent[] = turns.flatMap((turn) => {
      const detail = (freeText: boolean) => ({
        scenario: label,
        turn: { customer: turn.customer, freeText, choices: turn.choices },
      });
      const picked = turn.choices.map((choice): LearningEvent => ({
        type: 'roleplay-responded',
        lesson: 'greeting',
        scenario: scenario.id,
        node: turn.id,
        choice: choice.id,
        detail: detail(false),
        at: AT,
      }));
      const typed: LearningEvent[] = turn.freeText
        ? [
            {
              type: 'roleplay-responded',
              lesson: 'greeting',
              scenario: scenario.id,
              node: turn.id,
              choice: turn.choices[0]!.id,
              text: 'I am so sorry, let me sort this out for you right now.',
              detail: detail(true),
              at: AT,
            },
          ]
        : [];
      return [...picked, ...typed];
    });
    for (const ending of scenario.endings)
      events.push({
        type: 'roleplay-ended',
        lesson: 'greeting',
        scenario: scenario.id,
        ending: ending.id,
        outcome: ending.outcome,
        score: 0.5,
        detail: { scenario: label },
        at: AT,
      });
    return events;
  });
}

const otherEvents: LearningEvent[] = [
  { type: 'lesson-started', lesson: 'greeting', at: AT },
  { type: 'lesson-progressed', lesson: 'greeting', section: 'first-words', at: AT },
  { type: 'lesson-completed', lesson: 'greeting', at: AT },
  {
    type: 'question-answered',
    lesson: 'greeting',
    activity: 'l1-check',
    question: 'q-no-detail',
    response: 'A colleague',
    correct: true,
    credit: 1,
    at: AT,
  },
  { type: 'activity-completed', lesson: 'greeting', activity: 'l1-check', kind: 'quiz', score: 0.8, at: AT },
  { type: 'activity-completed', lesson: 'definitions', activity: 'defs', kind: 'definitions', at: AT },
  { type: 'activity-completed', lesson: 'greeting', activity: 'think', kind: 'reflection', at: AT },
  { type: 'roleplay-responded', lesson: 'greeting', scenario: 'billing-error', node: 'start', at: AT },
  {
    type: 'question-answered',
    lesson: 'greeting',
    activity: 'review-2',
    question: assessmentBank[0]!.id,
    response: 'in words',
    correct: false,
    credit: 0,
    detail: { question: assessmentBank[0]!, response: responsesFor(assessmentBank[0]!)[1]! },
    activityKind: 'review',
    at: AT,
  },
  {
    type: 'question-answered',
    lesson: 'greeting',
    activity: 'warm-up-listening',
    question: assessmentBank[1]!.id,
    response: 'in words',
    correct: true,
    credit: 1,
    detail: { question: assessmentBank[1]!, response: responsesFor(assessmentBank[1]!)[0]! },
    activityKind: 'warm-up',
    at: AT,
  },
  {
    type: 'activity-completed',
    lesson: 'listening',
    activity: 'warm-up-listening',
    kind: 'warm-up',
    score: 1,
    at: AT,
  },
  {
    type: 'review-finished',
    review: 'review-2',
    lessons: ['greeting', 'listening'],
    questions: 5,
    score: 0.8,
    at: AT,
  },
  { type: 'assessment-submitted', attempt: 'a1', score: 0.6, passed: false, passMark: 0.8, at: AT },
  { type: 'assessment-submitted', attempt: 'a2', score: 1, passed: true, passMark: 0.8, at: AT },
];

function everyStatement(): XapiStatement[] {
  const events = [...questionEvents(), ...assessmentEvents(), ...rolePlayEvents(), ...otherEvents];
  return scopes.flatMap((scope) => [
    initializedStatement(scope, nextId(), AT),
    ...events.map((event) => statementForEvent(scope, event, nextId())),
    courseCompletedStatement(scope, nextId(), AT),
    courseResultStatement(scope, nextId(), AT, { passed: true, score: 0.9, attempt: 'a2', passMark: 0.8 }),
    courseResultStatement(scope, nextId(), AT, { passed: false, score: 0.4, attempt: 'a1', passMark: 0.8 }),
    terminatedStatement(scope, nextId(), AT, 3_725_500),
    terminatedStatement(scope, nextId(), AT),
  ]);
}

const problems = (statement: unknown) =>
  validate(statement).map((w) => `${w.path.join('.')}: ${w.constructor.name}`);

describe('every statement the course can send passes xapi-validation', () => {
  const statements = everyStatement();

  it('the validator catches a broken statement (so a pass means something)', () => {
    const [first] = statements;
    expect(problems({ ...first, verb: { id: 'not an IRI' } })).not.toEqual([]);
    expect(
      problems({
        ...first,
        object: { ...first!.object, definition: { interactionType: 'choice', source: [{ id: 'a' }] } },
      }),
    ).not.toEqual([]);
  });

  it('has no warning for any of them', () => {
    expect(statements.length).toBeGreaterThan(300);
    const failing = statements
      .map((s) => ({ id: s.object.id, verb: s.verb.id, problems: problems(s) }))
      .filter((r) => r.problems.length > 0);
    expect(failing).toEqual([]);
  });

  it('types every question as an interaction with a correct-responses pattern and names it', () => {
    const answered = statements.filter((s) => s.verb.id.endsWith('/answered') && s.result?.extensions);
    const types = new Set(answered.map((s) => s.object.definition?.interactionType));
    expect([...types].sort()).toEqual(['choice', 'fill-in', 'matching', 'sequencing', 'true-false']);
    for (const s of answered) {
      expect(s.object.definition?.correctResponsesPattern?.length, s.object.id).toBeGreaterThan(0);
      expect(s.object.definition?.name?.['en-US'], s.object.id).toBeTruthy();
      expect(s.object.definition?.description?.['en-US'], s.object.id).toBeTruthy();
    }
    const typedReplies = statements.filter(
      (s) => s.verb.id.endsWith('/responded') && s.object.definition?.interactionType === 'long-fill-in',
    );
    expect(typedReplies.length).toBeGreaterThan(0);
  });

  it('names and describes every lesson, exercise, scenario, the assessment and the course', () => {
    const activities = statements.flatMap((s) => [
      s.object,
      ...(s.context?.contextActivities?.parent ?? []),
      ...(s.context?.contextActivities?.grouping ?? []),
    ]);
    const unnamed = activities
      .filter((a) => !/\/scenarios\/[^/]+\/[^/]+$|\/q-no-detail$|\/start$/.test(a.id))
      .filter((a) => !a.definition?.name?.['en-US'] || !a.definition.description?.['en-US'])
      .map((a) => a.id);
    expect([...new Set(unnamed)]).toEqual([]);
  });
});
