import { sampleAssignment, sampleLessons } from '../../../tests/fixtures/completion-records';
import type { AcceptedAssignment, Assignment } from './assignment';
import {
  assessmentCoverage,
  assessmentScope,
  attemptCovers,
  attemptLessons,
  scopeOfAttempt,
} from './assessment-scope';
import { assessmentProgress } from './assignments';
import { emptyProgress } from '../course/progress';
import type { AssessmentAttempt } from '../course/progress';
import { assessmentAvailability, drawQuestions, attemptSize, scoreAttempt } from '../assessment/assessment';
import type { BankItem } from '../assessment/assessment';

const accepted = (
  id: string,
  at: string,
  changes: Partial<Assignment>,
): Record<string, AcceptedAssignment> => ({
  [id]: { id, acceptedAt: at, assignment: { ...sampleAssignment, id, ...changes } },
});

const slugsOf = (lessons: readonly { slug: string }[]) => lessons.map((l) => l.slug);

describe('assessmentScope', () => {
  it('covers the whole course with no assignment', () => {
    const scope = assessmentScope({}, sampleLessons);
    expect(slugsOf(scope.lessons)).toEqual(['greeting', 'listening', 'follow-up']);
    expect(scope.partial).toBe(false);
    expect(scopeOfAttempt(scope)).toBeUndefined();
  });

  it('covers only the assigned modules, in course order, when the assignment includes the assessment', () => {
    const scope = assessmentScope(
      accepted('a', '2026-03-01T00:00:00.000Z', { modules: ['follow-up', 'greeting'], assessment: true }),
      sampleLessons,
    );
    expect(slugsOf(scope.lessons)).toEqual(['greeting', 'follow-up']);
    expect(scope.partial).toBe(true);
    expect(scopeOfAttempt(scope)).toEqual(['greeting', 'follow-up']);
  });

  it('ignores assignments without the assessment, and modules this course does not have', () => {
    expect(
      assessmentScope(
        accepted('a', '2026-03-01T00:00:00.000Z', { modules: ['greeting'], assessment: false }),
        sampleLessons,
      ).partial,
    ).toBe(false);
    expect(
      assessmentScope(
        accepted('a', '2026-03-01T00:00:00.000Z', { modules: ['gone'], assessment: true }),
        sampleLessons,
      ).partial,
    ).toBe(false);
  });

  it('follows the most recently accepted assignment that includes the assessment', () => {
    const scope = assessmentScope(
      {
        ...accepted('old', '2026-01-01T00:00:00.000Z', { modules: ['greeting'], assessment: true }),
        ...accepted('new', '2026-02-01T00:00:00.000Z', { modules: ['listening'], assessment: true }),
      },
      sampleLessons,
    );
    expect(slugsOf(scope.lessons)).toEqual(['listening']);
  });

  it('opens the assessment once the assigned modules are complete, whatever the rest', () => {
    const scope = assessmentScope(
      accepted('a', '2026-03-01T00:00:00.000Z', { modules: ['greeting', 'listening'], assessment: true }),
      sampleLessons,
    );
    const data = emptyProgress();
    const done = {
      startedAt: '2026-03-02T09:00:00.000Z',
      completedAt: '2026-03-02T09:20:00.000Z',
      timeSpentMs: 1,
      reachedEnd: true,
      updatedAt: '2026-03-02T09:20:00.000Z',
    };
    data.lessons.greeting = done;
    data.activities.q1 = {
      lesson: 'greeting',
      kind: 'quiz',
      answers: {},
      completed: true,
      attempts: 1,
      updatedAt: done.updatedAt,
    };
    expect(assessmentAvailability(scope.lessons, data).open).toBe(false);
    data.lessons.listening = done;
    expect(assessmentAvailability(scope.lessons, data)).toEqual({ open: true, remaining: [] });
    expect(assessmentAvailability(sampleLessons, data).open).toBe(false);
  });
});

describe('a sitting narrowed to the assigned modules', () => {
  const item = (id: string, lesson: string): BankItem => ({
    kind: 'truefalse',
    id,
    prompt: id,
    answer: true,
    feedbackTrue: 'Yes.',
    feedbackFalse: 'No.',
    lesson,
    section: 's',
    objective: 1,
    demand: 'recall',
  });
  const bank = ['greeting', 'listening', 'follow-up'].flatMap((lesson) =>
    Array.from({ length: 6 }, (_, i) => item(`${lesson}-${i}`, lesson)),
  );

  it('draws only those modules’ items, four from each', () => {
    const drawn = drawQuestions(bank, ['greeting', 'follow-up'], () => 0.3, { count: attemptSize(2) });
    expect(drawn).toHaveLength(8);
    expect(new Set(drawn.map((q) => q.lesson))).toEqual(new Set(['greeting', 'follow-up']));
  });

  it('applies "half of each lesson" to those lessons only', () => {
    const drawn = drawQuestions(bank, ['greeting', 'follow-up'], () => 0.3, { count: attemptSize(2) });
    const right = Object.fromEntries(drawn.map((q) => [q.id, { kind: 'truefalse' as const, value: true }]));
    const result = scoreAttempt(drawn, right);
    expect(result.byLesson.map((l) => l.lesson).sort()).toEqual(['follow-up', 'greeting']);
    expect(result.passed).toBe(true);
  });

  it('names the lessons it covered; an older sitting covers the whole course', () => {
    expect(slugsOf(attemptLessons({ lessons: ['follow-up', 'greeting'] }, sampleLessons))).toEqual([
      'greeting',
      'follow-up',
    ]);
    expect(slugsOf(attemptLessons({}, sampleLessons))).toEqual(['greeting', 'listening', 'follow-up']);
  });

  it('counts for an assignment only when it covered every assigned module', () => {
    expect(attemptCovers({ lessons: ['greeting'] }, ['greeting'])).toBe(true);
    expect(attemptCovers({ lessons: ['greeting'] }, ['greeting', 'listening'])).toBe(false);
    expect(attemptCovers({}, ['greeting', 'listening'])).toBe(true);
    const passed: AssessmentAttempt = {
      id: 'p',
      startedAt: '2026-03-02T09:00:00.000Z',
      submittedAt: '2026-03-02T09:30:00.000Z',
      questionIds: [],
      responses: {},
      passMark: 0.8,
      score: 1,
      passed: true,
      lessons: ['greeting'],
    };
    expect(assessmentProgress([passed], 80, ['greeting']).passed).toBe(true);
    expect(assessmentProgress([passed], 80, ['greeting', 'listening']).passed).toBe(false);
  });
});

describe('assessmentCoverage', () => {
  it('tells the trainer the assessment covers only the ticked modules', () => {
    expect(assessmentCoverage(['greeting', 'follow-up'], sampleLessons)).toBe(
      'The final assessment covers only the 2 modules ticked: learners take it once they are complete, its questions come from those lessons only, and the certificate names them.',
    );
    expect(assessmentCoverage(['listening'], sampleLessons)).toMatch(
      /^The final assessment covers the one module ticked/,
    );
    expect(assessmentCoverage(slugsOf(sampleLessons), sampleLessons)).toMatch(/covers the whole course/);
  });
});
