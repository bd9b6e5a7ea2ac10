// SCORM 1.2 gives a course 4,096 characters of cmi.suspend_data, and an LMS that enforces it refuses a
// longer write. Whatever progress a learner builds (unlimited assessment attempts, every text at its
// longest), the course never writes more, and what resume needs always survives.
import fc from 'fast-check';
import { prose, worstCaseProgress } from '../../../tests/unit/scorm-worst-case';
import type { AssessmentAttempt, ProgressData } from '../course/progress';
import {
  decodeSuspendData,
  encodeSuspendData,
  SCORM12_SUSPEND_BUDGET,
  SCORM12_SUSPEND_LIMIT,
} from './suspend-data';

const MAX_TEXT = 4000;
const iso = (minute: number) => new Date(Date.UTC(2026, 2, 2, 9) + minute * 60_000).toISOString();

interface Shape {
  attempts: number;
  open: boolean;
  textLength: number;
  scoreSeed: number;
  profile: { name: string; email: string; employeeId: string };
  assignments: number;
}

/** The worst-case course, then `attempts` assessment attempts and every text made `textLength` long. */
function build(shape: Shape): ProgressData {
  const data = worstCaseProgress();
  for (const [id, activity] of Object.entries(data.activities)) {
    if (activity.kind === 'reflection') activity.answers = { text: prose(shape.textLength, id.length) };
  }
  data.assessment.attempts = [];
  for (let n = 0; n < shape.attempts; n += 1) {
    const questionIds = Array.from({ length: 15 }, (_, q) => `bank-q${((n * 7 + q * 3) % 90) + 1}`);
    const score = ((n * 37 + shape.scoreSeed) % 101) / 100;
    const attempt: AssessmentAttempt = {
      id: `attempt-${String(n + 1).padStart(4, '0')}`,
      startedAt: iso(100 + n * 20),
      questionIds,
      responses: Object.fromEntries(
        questionIds.map((id, q) => [
          id,
          q % 5 === 0
            ? { kind: 'short', text: prose(200, n + q) }
            : { kind: 'single', optionId: `option-${q % 4}` },
        ]),
      ),
      passMark: 0.8,
      submittedAt: iso(100 + n * 20 + 15),
      score,
      passed: score >= 0.8,
    };
    data.assessment.attempts.push(attempt);
  }
  if (shape.open) {
    data.assessment.attempts.push({
      id: 'attempt-open',
      startedAt: iso(100 + shape.attempts * 20),
      questionIds: ['bank-q1', 'bank-q2'],
      responses: { 'bank-q1': { kind: 'short', text: prose(240, 7) } },
      passMark: 0.8,
    });
  }
  data.profile = { ...shape.profile, updatedAt: iso(1) };
  const template = Object.values(data.assignments)[0]!;
  for (let n = 0; n < shape.assignments; n += 1) {
    const id = `asg-extra-${n}`;
    data.assignments[id] = { id, acceptedAt: iso(2 + n), assignment: { ...template.assignment, id } };
  }
  return data;
}

const shapes = fc.record({
  attempts: fc.integer({ min: 0, max: 500 }),
  open: fc.boolean(),
  textLength: fc.integer({ min: 0, max: MAX_TEXT }),
  scoreSeed: fc.integer({ min: 0, max: 100 }),
  profile: fc.record({
    name: fc.string({ minLength: 0, maxLength: 120, unit: 'grapheme' }),
    email: fc.string({ minLength: 0, maxLength: 254 }),
    employeeId: fc.string({ minLength: 0, maxLength: 64 }),
  }),
  assignments: fc.integer({ min: 0, max: 20 }),
});

/** Checks one shape; true when every expectation held (a failing one throws). */
function check(shape: Shape): boolean {
  const data = build(shape);
  const { text, fits } = encodeSuspendData(data, { maxLength: SCORM12_SUSPEND_BUDGET });
  expect(fits).toBe(true);
  expect(text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
  const back = decodeSuspendData(text);
  if (back.kind !== 'ok') throw new Error(`unreadable: ${back.kind}`);
  // Lesson completion and place survive.
  for (const [slug, lesson] of Object.entries(data.lessons)) {
    expect(Boolean(back.data.lessons[slug]?.completedAt)).toBe(Boolean(lesson.completedAt));
    expect(back.data.lessons[slug]?.lastSection).toBe(lesson.lastSection);
  }
  expect(back.data.lastLesson?.slug).toBe(data.lastLesson?.slug);
  // The best and the latest attempts survive, and the unfinished one with its current answers.
  const submitted = data.assessment.attempts.filter((a) => a.submittedAt);
  const keptIds = back.data.assessment.attempts.map((a) => a.id);
  if (submitted.length > 0) {
    const best = Math.max(...submitted.map((a) => a.score!));
    expect(Math.max(...back.data.assessment.attempts.filter((a) => a.submittedAt).map((a) => a.score!))).toBe(
      best,
    );
    expect(keptIds).toContain(submitted.at(-1)!.id);
  }
  if (shape.open) {
    const open = back.data.assessment.attempts.find((a) => a.id === 'attempt-open');
    expect(open?.questionIds).toEqual(['bank-q1', 'bank-q2']);
    expect(Object.keys(open?.responses ?? {})).toEqual(['bank-q1']);
  }
  return true;
}

describe('SCORM 1.2 suspend data never exceeds 4,096 characters', () => {
  it('with 500 attempts, an unfinished one, and every text at its longest', () => {
    const worst = check({
      attempts: 500,
      open: true,
      textLength: MAX_TEXT,
      scoreSeed: 3,
      profile: { name: 'N'.repeat(120), email: `${'e'.repeat(240)}@example.org`, employeeId: '9'.repeat(64) },
      assignments: 20,
    });
    expect(worst).toBe(true);
  });

  it('for any mix of attempts (up to 500), text lengths, profiles and assignments', () => {
    const outcome = fc.check(fc.property(shapes, check), { numRuns: 25 });
    expect(outcome.failed, fc.defaultReportMessage(outcome)).toBe(false);
  });
});
