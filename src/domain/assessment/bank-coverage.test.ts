import type { BankItem } from './assessment';
import { checkBankCoverage } from './bank-coverage';

const item = (
  id: string,
  lesson: string,
  objective: number,
  applied: boolean,
  channel = 'phone',
): BankItem => ({
  id,
  lesson,
  section: 's',
  objective,
  demand: applied ? 'application' : 'recall',
  ...(applied ? { situation: { channel: channel as 'phone', industry: 'retail' } } : {}),
  kind: 'truefalse',
  prompt: id,
  answer: true,
  feedbackTrue: 'yes indeed',
  feedbackFalse: 'no indeed',
});
const lessons = [{ slug: 'l1', file: 'lessons/assessment/01.ts', objectives: ['One', 'Two'] }];

describe('bank coverage', () => {
  it('asks for a bigger bank, more applications in new situations, every channel and every objective', () => {
    const bank = [item('a', 'l1', 1, false), item('b', 'l1', 1, true)];
    const rules = checkBankCoverage(bank, lessons).map((f) => f.rule);
    expect(rules).toEqual(['bank-size', 'channels', 'lesson-size', 'objective-coverage']);
    const coverage = checkBankCoverage(bank, lessons).find((f) => f.rule === 'objective-coverage');
    expect(coverage).toMatchObject({ file: 'lessons/assessment/01.ts', item: 'objective 2' });
  });

  it('is satisfied by a large, applied bank that covers every objective and channel', () => {
    const channels = ['phone', 'chat', 'email', 'counter', 'help-desk'];
    const bank = Array.from({ length: 90 }, (_, i) =>
      item(`q${i}`, 'l1', (i % 2) + 1, i % 2 === 0, channels[i % 5]),
    );
    expect(checkBankCoverage(bank, lessons)).toEqual([]);
  });

  it('flags an application item without a situation', () => {
    const bare = { ...item('x', 'l1', 1, false), demand: 'application' as const };
    expect(
      checkBankCoverage([bare], lessons).some((f) => f.item === 'x' && f.rule === 'application-share'),
    ).toBe(true);
  });
});
