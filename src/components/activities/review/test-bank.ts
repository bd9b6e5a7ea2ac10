import type { BankItem } from '../../../domain/assessment/assessment';

/** A true/false item whose prompt names its id, so a test knows the answer from what it reads. */
const trueFalseItem = (id: string, lesson: string, answer: boolean): BankItem => ({
  id,
  lesson,
  section: 's',
  objective: 1,
  demand: 'recall',
  kind: 'truefalse',
  prompt: `Statement ${id}`,
  answer,
  feedbackTrue: answer ? 'Right: it is true.' : 'Not so: it is false.',
  feedbackFalse: answer ? 'Not so: it is true.' : 'Right: it is false.',
});

/** Six items of lesson "one" (answers alternate) and two of lesson "two". */
export const testBank: BankItem[] = [
  ...[1, 2, 3, 4, 5, 6].map((n) => trueFalseItem(`one-${n}`, 'one', n % 2 === 1)),
  trueFalseItem('two-1', 'two', true),
  trueFalseItem('two-2', 'two', false),
];

/** The right answer to a test item, read from its prompt. */
export function answerOf(prompt: string): boolean {
  const item = testBank.find((i) => prompt.includes(`Statement ${i.id}`));
  if (item?.kind !== 'truefalse') throw new Error(`No test item asks “${prompt}”`);
  return item.answer;
}
