import { sampleAssignment } from '../../../tests/fixtures/completion-records';
import type { AssessmentAttempt } from '../course/progress';
import { attemptGate, describeAttemptPolicy } from './attempt-rules';
import { assignedAttemptPolicy } from '../assignments/assigned-pass-mark';

const sitting = (id: string, submittedAt: string, passed = false): AssessmentAttempt => ({
  id,
  startedAt: submittedAt,
  submittedAt,
  questionIds: [],
  responses: {},
  passMark: 0.8,
  score: passed ? 0.9 : 0.5,
  passed,
});
const now = new Date('2026-03-10T12:00:00.000Z');

describe('attempt gate', () => {
  it('allows any number of sittings with no wait by default', () => {
    const many = Array.from({ length: 12 }, (_, i) => sitting(`a${i}`, '2026-03-10T11:59:00.000Z'));
    expect(attemptGate({}, many, now)).toEqual({ allowed: true, used: 12 });
  });

  it('stops at the trainer’s maximum', () => {
    const two = [sitting('a', '2026-03-01T10:00:00.000Z'), sitting('b', '2026-03-02T10:00:00.000Z')];
    expect(attemptGate({ maxAttempts: 3 }, two, now)).toEqual({ allowed: true, used: 2, remaining: 1 });
    expect(attemptGate({ maxAttempts: 2 }, two, now)).toEqual({ allowed: false, used: 2, reason: 'limit' });
  });

  it('makes the learner wait after a sitting that did not pass, until the time is up', () => {
    const last = [sitting('a', '2026-03-10T10:00:00.000Z')];
    expect(attemptGate({ waitHours: 24 }, last, now)).toEqual({
      allowed: false,
      used: 1,
      reason: 'wait',
      until: '2026-03-11T10:00:00.000Z',
    });
    expect(attemptGate({ waitHours: 1 }, last, now).allowed).toBe(true);
    expect(
      attemptGate({ waitHours: 24 }, [sitting('p', '2026-03-10T10:00:00.000Z', true)], now).allowed,
    ).toBe(true);
  });

  it('states the rule in words', () => {
    expect(describeAttemptPolicy({})).toMatch(/as many times as you need, and start again straight away/);
    expect(describeAttemptPolicy({ maxAttempts: 3, waitHours: 2 })).toMatch(
      /3 times in all, waiting 2 hours/,
    );
  });

  it('reads the rule from the latest accepted assignment that includes the assessment', () => {
    expect(
      assignedAttemptPolicy({
        old: {
          id: 'old',
          acceptedAt: '2026-01-01',
          assignment: { ...sampleAssignment, assessment: true, maxAttempts: 5 },
        },
        now: {
          id: 'now',
          acceptedAt: '2026-02-01',
          assignment: { ...sampleAssignment, assessment: true, maxAttempts: 2, waitHours: 48 },
        },
        modules: {
          id: 'm',
          acceptedAt: '2026-03-01',
          assignment: { ...sampleAssignment, assessment: false, maxAttempts: 1 },
        },
      }),
    ).toEqual({ maxAttempts: 2, waitHours: 48 });
    expect(assignedAttemptPolicy({})).toEqual({});
  });
});
