import type { Assignment } from './assignment';

/**
 * The accept page's title: whom the assignment is for and, when the trainer gave a name, from whom.
 * "Your assignment for Spring starters, from Dana Kim"; without a name, "Your assignment for Spring starters".
 */
export function assignmentTitle({ group, trainer }: Pick<Assignment, 'group' | 'trainer'>): string {
  const from = trainer?.trim();
  return from ? `Your assignment for ${group}, from ${from}` : `Your assignment for ${group}`;
}
