import type { Response } from '../activities/quiz-types';
import { scoreAttempt } from '../assessment/assessment';
import type { BankItem } from '../assessment/assessment';
import { assessmentAnswerEvents } from '../assessment/assessment-answers';
import type { LearningEvent } from '../course/learning-events';
import {
  activityIds,
  agentKey,
  agentLabel,
  COURSE_IRI,
  EXTENSIONS,
  initializedStatement,
  isoDuration,
  lessonSlugOf,
  parseLaunchActor,
  statementForEvent,
  terminatedStatement,
  uuidFromBytes,
  verbName,
} from './xapi-statements';
import type { StatementScope, XapiAgent } from './xapi-statements';

const actor: XapiAgent = { objectType: 'Agent', name: 'Ada Learner', mbox: 'mailto:ada@example.org' };
const REG = '0f8f7c2a-8a55-4d1e-9b7a-3c1c2f1f0a11';
const AT = '2026-03-01T09:30:00.000Z';
const scope: StatementScope = {
  actor,
  registration: REG,
  courseTitle: 'Servewell',
  lessonTitles: { greeting: 'Greeting customers' },
};
const ids = activityIds();
const VERB = (name: string) => `http://adlnet.gov/expapi/verbs/${name}`;

describe('statementForEvent', () => {
  it('maps each learning event to its ADL verb and an activity under the course IRI', () => {
    const events: [LearningEvent, string, string][] = [
      [{ type: 'lesson-started', lesson: 'greeting', at: AT }, 'attempted', ids.lesson('greeting')],
      [
        { type: 'lesson-progressed', lesson: 'greeting', section: 'alpha', at: AT },
        'progressed',
        ids.lesson('greeting'),
      ],
      [{ type: 'lesson-completed', lesson: 'greeting', at: AT }, 'completed', ids.lesson('greeting')],
      [
        {
          type: 'question-answered',
          lesson: 'greeting',
          activity: 'greet-check',
          question: 'q1',
          response: 'A colleague',
          correct: true,
          credit: 1,
          at: AT,
        },
        'answered',
        `${COURSE_IRI}/activities/greet-check/q1`,
      ],
      [
        { type: 'activity-completed', lesson: 'greeting', activity: 'greet-check', kind: 'quiz', at: AT },
        'completed',
        `${COURSE_IRI}/activities/greet-check`,
      ],
      [
        {
          type: 'roleplay-responded',
          lesson: 'greeting',
          scenario: 'billing-error',
          node: 'start',
          choice: 'Apologise',
          at: AT,
        },
        'responded',
        `${COURSE_IRI}/scenarios/billing-error/start`,
      ],
      [
        {
          type: 'roleplay-ended',
          lesson: 'greeting',
          scenario: 'billing-error',
          ending: 'calm',
          outcome: 'good',
          score: 0.75,
          at: AT,
        },
        'completed',
        `${COURSE_IRI}/scenarios/billing-error`,
      ],
      [
        { type: 'assessment-submitted', attempt: 'a1', score: 0.9, passed: true, passMark: 0.8, at: AT },
        'passed',
        `${COURSE_IRI}/assessment`,
      ],
      [
        { type: 'assessment-submitted', attempt: 'a2', score: 0.5, passed: false, passMark: 0.8, at: AT },
        'failed',
        `${COURSE_IRI}/assessment`,
      ],
    ];
    for (const [event, verb, object] of events) {
      const statement = statementForEvent(scope, event, 'id-1');
      expect(statement.verb.id, event.type).toBe(VERB(verb));
      expect(statement.verb.display['en-US']).toBe(verb);
      expect(statement.object.id, event.type).toBe(object);
      expect(statement.object.id.startsWith(`${COURSE_IRI}/`)).toBe(true);
      expect(statement.actor).toEqual(actor);
      expect(statement.timestamp).toBe(AT);
      expect(statement.id).toBe('id-1');
      expect(statement.context?.registration).toBe(REG);
      expect(statement.context?.contextActivities?.grouping?.[0]?.id).toBe(COURSE_IRI);
    }
  });

  it('gives an answered question its result and its activity and lesson as parents', () => {
    const statement = statementForEvent(
      scope,
      {
        type: 'question-answered',
        lesson: 'greeting',
        activity: 'greet-check',
        question: 'q2',
        response: 'Listen first',
        correct: false,
        credit: 0.5,
        at: AT,
      },
      'x',
    );
    expect(statement.result).toEqual({
      success: false,
      response: 'Listen first',
      score: { scaled: 0.5, raw: 0.5, min: 0, max: 1 },
    });
    expect(statement.object.definition?.interactionType).toBe('other');
    expect(statement.context?.contextActivities?.parent?.map((a) => a.id)).toEqual([
      `${COURSE_IRI}/activities/greet-check`,
      `${COURSE_IRI}/lessons/greeting`,
    ]);
  });

  it('scores the assessment with success and keeps the attempt and pass mark', () => {
    const statement = statementForEvent(
      scope,
      { type: 'assessment-submitted', attempt: 'att-7', score: 0.625, passed: false, passMark: 0.8, at: AT },
      'x',
    );
    expect(statement.result).toEqual({
      success: false,
      completion: true,
      score: { scaled: 0.625, raw: 0.625, min: 0, max: 1 },
    });
    expect(statement.context?.extensions).toEqual({
      [EXTENSIONS.attempt]: 'att-7',
      [EXTENSIONS.passMark]: 0.8,
    });
  });

  it('records a typed role-play reply as the response, and none when there is nothing to record', () => {
    const typed = statementForEvent(
      scope,
      {
        type: 'roleplay-responded',
        lesson: 'greeting',
        scenario: 's',
        node: 'n',
        text: 'I will fix it',
        at: AT,
      },
      'x',
    );
    expect(typed.result?.response).toBe('I will fix it');
    const bare = statementForEvent(
      scope,
      { type: 'roleplay-responded', lesson: 'greeting', scenario: 's', node: 'n', at: AT },
      'x',
    );
    expect(bare.result).toBeUndefined();
  });

  it('clamps scores to 0..1 so an LRS never rejects them', () => {
    const over = statementForEvent(
      scope,
      { type: 'roleplay-ended', lesson: 'l', scenario: 's', ending: 'e', outcome: 'o', score: 1.7, at: AT },
      'x',
    );
    expect(over.result?.score?.scaled).toBe(1);
    const nan = statementForEvent(
      scope,
      { type: 'activity-completed', lesson: 'l', activity: 'a', kind: 'quiz', score: Number.NaN, at: AT },
      'x',
    );
    expect(nan.result?.score?.scaled).toBe(0);
  });

  it('names lessons with their titles and carries the section read', () => {
    const statement = statementForEvent(
      scope,
      { type: 'lesson-progressed', lesson: 'greeting', section: 'bravo', at: AT },
      'x',
    );
    expect(statement.object.definition?.name).toEqual({ 'en-US': 'Greeting customers' });
    expect(statement.context?.extensions?.[EXTENSIONS.section]).toBe('bravo');
  });

  it('leaves out the registration when there is none and carries an accepted assignment', () => {
    const assignment = {
      id: 'asg-123456',
      group: 'Spring cohort',
      due: '2026-04-01',
      passMark: 80,
      modules: ['greeting'],
      assessment: true,
    };
    const statement = statementForEvent(
      { actor, assignment },
      { type: 'lesson-completed', lesson: 'greeting', at: AT },
      'x',
    );
    expect(statement.context?.registration).toBeUndefined();
    expect(statement.context?.extensions?.[EXTENSIONS.group]).toBe('Spring cohort');
    expect(statement.context?.extensions?.[EXTENSIONS.assignment]).toEqual(assignment);
    const plain = statementForEvent({ actor }, { type: 'lesson-completed', lesson: 'greeting', at: AT }, 'x');
    expect(plain.context?.extensions).toBeUndefined();
  });

  it('escapes ids so odd characters cannot escape the course IRI', () => {
    const statement = statementForEvent(scope, { type: 'lesson-started', lesson: 'a/b c', at: AT }, 'x');
    expect(statement.object.id).toBe(`${COURSE_IRI}/lessons/a%2Fb%20c`);
    expect(lessonSlugOf(statement.object.id)).toBe('a/b c');
  });
});

describe('spaced review statements', () => {
  it('reports a finished review set as completed, with its own activity id, score and lessons', () => {
    const statement = statementForEvent(
      scope,
      {
        type: 'review-finished',
        review: 'review-2',
        lessons: ['greeting'],
        questions: 5,
        score: 0.8,
        at: AT,
      },
      'id-1',
    );
    expect(statement.verb.id).toBe(VERB('completed'));
    expect(statement.object.id).toBe(`${COURSE_IRI}/reviews/review-2`);
    expect(statement.object.definition?.name?.['en-US']).toBe('Spaced review: review-2');
    expect(statement.result).toEqual({ completion: true, score: { scaled: 0.8, raw: 0.8, min: 0, max: 1 } });
    expect(statement.context?.extensions?.[EXTENSIONS.reviewLessons]).toEqual(['greeting']);
  });

  it('files a review answer under its review set and a warm-up answer under its warm-up', () => {
    const answer = (activity: string, activityKind: 'review' | 'warm-up') =>
      statementForEvent(
        scope,
        {
          type: 'question-answered',
          lesson: 'greeting',
          activity,
          question: 'a-l1-01',
          response: 'True',
          correct: true,
          credit: 1,
          activityKind,
          at: AT,
        },
        'id-2',
      );
    const review = answer('review-2', 'review');
    expect(review.object.id).toBe(`${COURSE_IRI}/activities/review-2/a-l1-01`);
    expect(review.context?.contextActivities?.parent?.map((p) => p.id)).toEqual([
      `${COURSE_IRI}/reviews/review-2`,
      ids.lesson('greeting'),
    ]);
    const warmUp = answer('warm-up-listening', 'warm-up');
    expect(warmUp.context?.contextActivities?.parent?.[0]?.definition?.name?.['en-US']).toBe(
      'Warm-up: warm-up-listening',
    );
  });
});

describe('session statements', () => {
  it('initialized and terminated are about the course itself, terminated with its duration', () => {
    const start = initializedStatement(scope, 'i', AT);
    expect(start.verb.id).toBe(VERB('initialized'));
    expect(start.object.id).toBe(COURSE_IRI);
    expect(start.context?.contextActivities).toBeUndefined();
    const end = terminatedStatement(scope, 't', AT, 65_000);
    expect(end.verb.id).toBe(VERB('terminated'));
    expect(end.result?.duration).toBe('PT1M5S');
    expect(terminatedStatement(scope, 't', AT).result).toBeUndefined();
  });
});

describe('isoDuration', () => {
  it('writes hours, minutes and seconds with at most two decimals', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(3_725_500)).toBe('PT1H2M5.5S');
    expect(isoDuration(3_600_000)).toBe('PT1H0S');
    expect(isoDuration(1234)).toBe('PT1.23S');
    expect(isoDuration(-5)).toBe('PT0S');
  });
});

describe('uuidFromBytes', () => {
  it('makes a version 4 UUID that an LRS accepts, the same for the same bytes', () => {
    const bytes = new Uint8Array(16).map((_, i) => i * 17);
    const id = uuidFromBytes(bytes);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidFromBytes(bytes)).toBe(id);
    expect(uuidFromBytes(new Uint8Array(16).fill(255))).not.toBe(id);
    expect(() => uuidFromBytes(new Uint8Array(8))).toThrow();
  });
});

describe('parseLaunchActor', () => {
  it('reads an agent from launch JSON', () => {
    expect(parseLaunchActor('{"name":"Ada","mbox":"mailto:ada@example.org"}')).toEqual({
      ok: true,
      actor: { objectType: 'Agent', name: 'Ada', mbox: 'mailto:ada@example.org' },
    });
  });

  it('reads the older launch shape with arrays and accountServiceHomePage', () => {
    expect(
      parseLaunchActor({
        name: ['Bo'],
        account: [{ accountServiceHomePage: 'https://lms.example', accountName: 'bo-17' }],
      }),
    ).toEqual({
      ok: true,
      actor: { objectType: 'Agent', name: 'Bo', account: { homePage: 'https://lms.example', name: 'bo-17' } },
    });
  });

  it('rejects an actor nobody could be identified by, with a reason', () => {
    for (const raw of ['{nope', null, '{"name":"No id"}', { mbox: 'ada@example.org' }, { account: {} }]) {
      const result = parseLaunchActor(raw);
      expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/actor|mbox|account/) });
    }
  });
});

describe('agent helpers', () => {
  it('labels an agent by name, then email, then account name', () => {
    expect(agentLabel(actor)).toBe('Ada Learner');
    expect(agentLabel({ mbox: 'mailto:bo@example.org' })).toBe('bo@example.org');
    expect(agentLabel({ account: { homePage: 'https://x', name: 'bo-17' } })).toBe('bo-17');
    expect(agentLabel(null)).toBe('Unknown learner');
  });

  it('keys agents by what identifies them, ignoring the display name', () => {
    expect(agentKey({ name: 'A', mbox: 'mailto:Ada@Example.org' })).toBe(
      agentKey({ name: 'B', mbox: 'mailto:ada@example.org' }),
    );
    expect(agentKey({ account: { homePage: 'h', name: 'n' } })).not.toBe(
      agentKey({ account: { homePage: 'h', name: 'm' } }),
    );
  });

  it('knows its own verbs and no others', () => {
    expect(verbName(VERB('passed'))).toBe('passed');
    expect(verbName('http://adlnet.gov/expapi/verbs/voided')).toBeNull();
    expect(verbName('http://example.com/passed')).toBeNull();
  });
});

describe('final-assessment answers', () => {
  const single: BankItem = {
    id: 'a-q1',
    kind: 'single',
    lesson: 'greeting',
    section: 'who',
    objective: 1,
    demand: 'recall',
    prompt: 'Who is the customer here?',
    explanation: '',
    options: [
      { id: 'a', text: 'The colleague in payroll', correct: true, feedback: '' },
      { id: 'b', text: 'Nobody', correct: false, feedback: '' },
    ],
  };
  const statementsFor = (responses: Record<string, Response>) => {
    const result = scoreAttempt([single], responses, 0.8, 'att-3');
    return assessmentAnswerEvents('att-3', result, () => 'in words', { 'a-q1': 65_000 }).map((event, i) =>
      statementForEvent(scope, { ...event, at: AT } as LearningEvent, `id-${i}`),
    );
  };

  it('each answer is an "answered" statement with the question as an interaction, under the assessment and its attempt', () => {
    const [statement] = statementsFor({ 'a-q1': { kind: 'single', optionId: 'b' } });
    expect(statement?.verb.id).toBe(VERB('answered'));
    expect(statement?.object.id).toBe(`${COURSE_IRI}/activities/final-assessment/a-q1`);
    expect(statement?.object.definition).toMatchObject({
      interactionType: 'choice',
      correctResponsesPattern: ['a'],
      name: { 'en-US': 'Who is the customer here?' },
    });
    expect(statement?.result).toMatchObject({ success: false, response: 'b', duration: 'PT1M5S' });
    expect(statement?.context?.contextActivities?.parent?.map((a) => a.id)).toEqual([
      `${COURSE_IRI}/assessment`,
      `${COURSE_IRI}/lessons/greeting`,
    ]);
    expect(statement?.context?.extensions?.[EXTENSIONS.attempt]).toBe('att-3');
  });

  it('a question left unanswered is still reported, as a failed interaction with an empty response', () => {
    const [statement] = statementsFor({});
    expect(statement?.object.definition?.interactionType).toBe('choice');
    expect(statement?.result).toMatchObject({ success: false, response: '' });
  });
});
