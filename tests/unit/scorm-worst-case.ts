/**
 * The largest progress a learner can reasonably build up in the course, for the tests that check it
 * still fits in an LMS's suspend data (SCORM 1.2 allows 4,096 characters).
 */
import { emptyProgress } from '../../src/domain/course/progress';
import type { ActivityProgress, AssessmentAttempt, ProgressData } from '../../src/domain/course/progress';

const WORDS = (
  'the customer came back because someone listened and followed up after the sale we promised a call ' +
  'by friday and kept it every colleague who serves another team is part of the chain that ends with ' +
  'the buyer I remember a shop assistant who walked me to the shelf instead of pointing service means ' +
  'noticing what people need before they ask and putting it right quickly when something goes wrong'
).split(' ');

/** Deterministic, English-like text of exactly `length` characters. */
export function prose(length: number, seed: number): string {
  let state = seed * 7919 + 17;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  let text = '';
  while (text.length < length) text += `${WORDS[next() % WORDS.length]} `;
  return text.slice(0, length);
}

export const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 9, 0, 0) + minute * 61_123).toISOString();

const SLUGS = [
  'what-is-customer-service',
  'service-environment',
  'service-chain',
  'definitions',
  'exceeding-expectations',
  'service-culture',
];

function activity(lesson: string, kind: string, answers: unknown, minute: number, score?: number) {
  const a: ActivityProgress = {
    lesson,
    kind,
    attempts: 2,
    answers,
    completed: true,
    updatedAt: at(minute),
  };
  if (score !== undefined) a.score = score;
  return a;
}

/**
 * Six lessons complete, 42 quiz questions answered, five role-plays finished with ten turns each (two
 * typed replies apiece), the definitions exercise with four 300-character texts, six 1,000-character
 * reflections, ten assessment attempts of fifteen questions, five warm-ups and every spaced review set.
 */
export function worstCaseProgress(): ProgressData {
  const data = emptyProgress();
  let minute = 0;
  SLUGS.forEach((slug, index) => {
    data.lessons[slug] = {
      startedAt: at(minute++),
      completedAt: at(minute + 30),
      timeSpentMs: 1_234_567 + index,
      lastSection: `section-${index}-closing-thoughts`,
      reachedEnd: true,
      updatedAt: at(minute + 31),
    };
    const questions: Record<string, unknown> = {};
    for (let q = 1; q <= 7; q += 1) {
      questions[`l${index + 1}-q${q}`] =
        q === 5
          ? {
              response: { kind: 'short', text: 'the internal customer' },
              attempts: 1,
              status: 'correct',
              credit: 1,
            }
          : q === 3
            ? {
                response: {
                  kind: 'matching',
                  matches: { warehouse: 'stock', it: 'laptops', training: 'staff' },
                },
                attempts: 2,
                status: 'incorrect',
                credit: 0.67,
              }
            : {
                response: { kind: 'single', optionId: `option-${q % 4}` },
                attempts: 1,
                status: 'correct',
                credit: 1,
              };
    }
    data.activities[`l${index + 1}-check`] = activity(slug, 'quiz', questions, minute++, 0.857);
    data.activities[`l${index + 1}-reflection`] = activity(
      slug,
      'reflection',
      { text: prose(1000, index + 1) },
      minute++,
    );
  });
  for (let r = 1; r <= 5; r += 1) {
    const actions = Array.from({ length: 10 }, (_, turn) =>
      turn % 5 === 4
        ? { type: 'reply', text: prose(160, 100 + r * 10 + turn) }
        : { type: 'choose', choiceId: `turn-${turn}-choice-${(turn + r) % 3}` },
    );
    data.activities[`roleplay-${r}`] = activity(
      SLUGS[r]!,
      'roleplay',
      { scenarioId: `scenario-${r}`, actions, ended: true, ending: 'loyal-customer', outcome: 'promoter' },
      minute++,
      0.9,
    );
  }
  data.activities['definitions-exercise'] = activity(
    'definitions',
    'definitions',
    {
      version: 1,
      step: 4,
      words: {
        customer: prose(300, 201),
        service: prose(300, 202),
        delivery: prose(300, 203),
        excellence: prose(300, 204),
      },
      critiques: Object.fromEntries(
        ['wants-and-needs', 'exceed-expectations', 'before-during-after', 'perceives-and-remembers'].map(
          (id) => [id, { selected: ['too-narrow', 'ignores-internal'], checked: true }],
        ),
      ),
      build: ['wants', 'needs', 'before', 'during', 'after', 'perceive', 'remember', 'value'],
      compareChecks: 2,
    },
    minute++,
  );
  for (let n = 0; n < 10; n += 1) {
    const questionIds = Array.from({ length: 15 }, (_, q) => `bank-q${((n * 7 + q * 3) % 40) + 1}`);
    const attempt: AssessmentAttempt = {
      id: `attempt-${n + 1}`,
      startedAt: at(minute++),
      questionIds,
      responses: Object.fromEntries(
        questionIds.map((id, q) => [
          id,
          q % 4 === 0
            ? { kind: 'multiple', optionIds: ['a', 'c'] }
            : q % 4 === 1
              ? { kind: 'truefalse', value: q % 3 === 0 }
              : q % 4 === 2
                ? { kind: 'ordering', itemIds: ['listen', 'acknowledge', 'solve', 'confirm'] }
                : { kind: 'single', optionId: 'b' },
        ]),
      ),
      passMark: 0.8,
      submittedAt: at(minute++),
      score: (50 + n * 4) / 100,
      passed: 50 + n * 4 >= 80,
    };
    data.assessment.attempts.push(attempt);
  }
  data.profile = { name: 'Amelia Okafor-Lindqvist', email: 'amelia@example.org', updatedAt: at(minute++) };
  data.assignments['asg-1'] = {
    id: 'asg-1',
    assignment: {
      v: 1,
      id: 'asg-1',
      modules: SLUGS,
      assessment: true,
      due: '2026-04-01',
      passMark: 80,
      group: 'Spring starters',
      createdAt: at(minute++),
    },
    acceptedAt: at(minute++),
  };
  data.lastLesson = { slug: 'service-culture', at: at(minute++) };
  // Spaced review at its largest: a warm-up in lessons 2–6, and every lesson's three reviews done one
  // lesson at a time (18 sets of five), with a nineteenth set under way.
  SLUGS.slice(1).forEach((slug, index) => {
    const items = [0, 1, 2].map((k) => `a-l${index + 1}-${String(k * 4 + 1).padStart(2, '0')}`);
    data.activities[`warm-up-${slug}`] = activity(
      slug,
      'warm-up',
      {
        version: 1,
        items,
        questions: Object.fromEntries(
          items.map((id, k) => [
            id,
            {
              response: { kind: 'single', optionId: 'b' },
              attempts: 1,
              status: k === 0 ? 'incorrect' : 'correct',
              credit: k === 0 ? 0 : 1,
            },
          ]),
        ),
      },
      minute++,
      0.6667,
    );
  });
  const reviewItems = (lesson: number, step: number) =>
    [0, 1, 2, 3, 4].map((k) => `a-l${lesson}-${String(((step * 5 + k) % 15) + 1).padStart(2, '0')}`);
  data.review = {
    sets: [0, 1, 2].flatMap((step) =>
      SLUGS.map((slug, lesson) => {
        const items = reviewItems(lesson + 1, step);
        return {
          id: `review-${step * 6 + lesson + 1}`,
          finishedAt: at(minute++),
          lessons: [slug],
          items,
          missed: items.slice(0, 2),
          score: 0.6,
        };
      }),
    ),
    open: {
      id: 'review-19',
      startedAt: at(minute++),
      lessons: SLUGS.slice(0, 3),
      items: reviewItems(1, 3),
      questions: {
        'a-l1-01': {
          response: { kind: 'truefalse', value: true },
          attempts: 1,
          status: 'correct',
          credit: 1,
        },
      },
    },
  };
  return data;
}
