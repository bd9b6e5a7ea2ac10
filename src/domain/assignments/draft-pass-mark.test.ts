import { draftToSubmit, UNASKED_PASS_MARK } from './draft-pass-mark';
import type { AssignmentDraft } from './assignment-codec';

const draft = (patch: Partial<AssignmentDraft>): AssignmentDraft => ({
  group: 'Spring starters',
  modules: ['greeting'],
  assessment: true,
  due: '2026-05-01',
  passMark: '70',
  message: '',
  trainer: '',
  ...patch,
});

describe('the pass mark a trainer submits', () => {
  it('is the one the trainer entered when the final assessment is assigned', () => {
    expect(draftToSubmit(draft({ passMark: '70' })).passMark).toBe('70');
    expect(draftToSubmit(draft({ passMark: 'abc' })).passMark).toBe('abc');
  });

  it("is the course's own when the final assessment is not assigned, whatever the hidden field holds", () => {
    expect(UNASKED_PASS_MARK).toBe('80');
    expect(draftToSubmit(draft({ assessment: false, passMark: 'abc' }))).toEqual(
      draft({ assessment: false, passMark: '80' }),
    );
  });
});
