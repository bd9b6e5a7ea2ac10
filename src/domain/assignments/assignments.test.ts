import { assessmentProgress, assignmentPlans } from './assignments';
import { latestAssignment, readAssignment } from './assignment';
import { emptyProgress } from '../course/progress';
import type { AssessmentAttempt } from '../course/progress';
import { sampleAssignment, sampleLessons, sampleProgress } from '../../../tests/fixtures/completion-records';

describe('reading an accepted assignment', () => {
  it('returns the assignment, or null for anything else', () => {
    expect(readAssignment(sampleAssignment)).toEqual(sampleAssignment);
    expect(readAssignment({ ...sampleAssignment, message: 'Hi', trainer: 'Priya' })).toMatchObject({
      message: 'Hi',
      trainer: 'Priya',
    });
    expect(readAssignment({ ...sampleAssignment, v: 2 })).toBeNull();
    expect(readAssignment({ ...sampleAssignment, modules: [1] })).toBeNull();
    expect(readAssignment(null)).toBeNull();
    expect(readAssignment('x')).toBeNull();
  });
});

describe('the latest accepted assignment', () => {
  const accepted = (id: string, acceptedAt: string, assessment: boolean) => ({
    id,
    acceptedAt,
    assignment: { ...sampleAssignment, id, assessment },
  });

  it('is the one accepted last, or the last one that matches', () => {
    const all = {
      a: accepted('a', '2026-01-01T00:00:00.000Z', true),
      b: accepted('b', '2026-03-01T00:00:00.000Z', false),
      c: accepted('c', '2026-02-01T00:00:00.000Z', true),
    };
    expect(latestAssignment(all)?.id).toBe('b');
    expect(latestAssignment(all, (x) => x.assessment)?.id).toBe('c');
    expect(latestAssignment({})).toBeUndefined();
  });

  it('breaks a tie on acceptance time the same way whatever the order', () => {
    const x = accepted('x', '2026-01-01T00:00:00.000Z', true);
    const y = accepted('y', '2026-01-01T00:00:00.000Z', true);
    expect(latestAssignment({ x, y })?.id).toBe('y');
    expect(latestAssignment({ y, x })?.id).toBe('y');
  });
});

describe('the final assessment against a pass mark', () => {
  const attempt = (score?: number, submitted = true): AssessmentAttempt => ({
    id: String(Math.random()),
    startedAt: '2026-03-01T00:00:00.000Z',
    questionIds: [],
    responses: {},
    passMark: 0.5,
    ...(submitted ? { submittedAt: '2026-03-01T00:10:00.000Z' } : {}),
    ...(score !== undefined ? { score } : {}),
  });
  it('uses the assignment’s pass mark and the best submitted score', () => {
    expect(assessmentProgress([], 80)).toEqual({ status: 'not-started', attempts: 0, passed: false });
    expect(assessmentProgress([attempt(undefined, false)], 80)).toMatchObject({
      status: 'in-progress',
      attempts: 0,
    });
    expect(assessmentProgress([attempt(0.6), attempt(0.79)], 80)).toMatchObject({
      status: 'in-progress',
      bestScore: 0.79,
      passed: false,
    });
    expect(assessmentProgress([attempt(0.6), attempt(0.8)], 80)).toMatchObject({
      status: 'complete',
      attempts: 2,
      passed: true,
    });
  });
});

describe('assignment plans on the course home', () => {
  it('lists assigned modules with status and due date, unfinished and soonest first', () => {
    const data = sampleProgress();
    data.assignments = {
      later: {
        id: 'later',
        acceptedAt: '2026-03-01T00:00:00.000Z',
        assignment: { ...sampleAssignment, id: 'later', due: '2026-04-30', group: 'B' },
      },
      soon: {
        id: 'soon',
        acceptedAt: '2026-03-01T00:00:00.000Z',
        assignment: {
          ...sampleAssignment,
          id: 'soon',
          due: '2026-03-05',
          group: 'A',
          modules: ['listening', 'gone'],
        },
      },
      done: {
        id: 'done',
        acceptedAt: '2026-03-01T00:00:00.000Z',
        assignment: {
          ...sampleAssignment,
          id: 'done',
          due: '2026-03-01',
          modules: ['greeting'],
          assessment: false,
        },
      },
    };
    const plans = assignmentPlans(data, sampleLessons, '2026-03-07');
    expect(plans.map((p) => p.assignment.id)).toEqual(['soon', 'later', 'done']);
    const [soon, later, done] = plans;
    expect(soon).toMatchObject({
      done: 1,
      total: 3,
      complete: false,
      dueText: '2 days overdue',
      due: { kind: 'overdue', days: 2 },
    });
    expect(soon!.modules).toEqual([
      { slug: 'listening', title: 'Listening', number: 2, status: 'in-progress' },
      { slug: 'gone', title: 'gone', number: null, status: 'not-started' },
    ]);
    expect(later).toMatchObject({ dueText: '54 days left', done: 2, total: 3 });
    expect(done).toMatchObject({ complete: true, done: 1, total: 1, assessment: null });
    expect(assignmentPlans(emptyProgress(), sampleLessons, '2026-03-07')).toEqual([]);
  });
});
