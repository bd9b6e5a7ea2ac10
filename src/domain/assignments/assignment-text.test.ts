import { assignmentTitle } from './assignment-text';

describe('the assignment title', () => {
  it('names the group and the trainer who sent it', () => {
    expect(assignmentTitle({ group: 'Spring starters', trainer: 'Dana Kim' })).toBe(
      'Your assignment for Spring starters, from Dana Kim',
    );
  });

  it('names only the group when the trainer gave no name', () => {
    expect(assignmentTitle({ group: 'Spring starters' })).toBe('Your assignment for Spring starters');
    expect(assignmentTitle({ group: 'Spring starters', trainer: '  ' })).toBe(
      'Your assignment for Spring starters',
    );
  });
});
