import { sampleAssignment } from '../../../tests/fixtures/completion-records';
import type { Assignment } from './assignment';
import { assignedPassMark } from './assigned-pass-mark';

const accepted = (id: string, acceptedAt: string, fields: Partial<Assignment>) => ({
  id,
  acceptedAt,
  assignment: { ...sampleAssignment, id, ...fields },
});

describe('assignedPassMark', () => {
  it('is 80% with no assignment', () => {
    expect(assignedPassMark({})).toBe(0.8);
  });
  it('uses the latest accepted assignment that includes the assessment', () => {
    expect(
      assignedPassMark({
        a: accepted('a', '2026-01-01', { assessment: true, passMark: 70 }),
        b: accepted('b', '2026-02-01', { assessment: true, passMark: 90 }),
        c: accepted('c', '2026-03-01', { assessment: false, passMark: 50 }),
      }),
    ).toBe(0.9);
  });
  it('ignores assignments with an unusable pass mark', () => {
    expect(assignedPassMark({ a: accepted('a', '2026-01-01', { assessment: true, passMark: 0 }) })).toBe(0.8);
  });
});
