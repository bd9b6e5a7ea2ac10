import { MAX_CUE_SHARE, SHORT_REPLY_WORDS, apologies, replyCueProblems, replyCues } from './scenario-cues';
import type { Choice, Scenario, TurnNode } from './scenario-types';

const c = (id: string, text: string, best = false): Choice => ({
  id,
  text,
  feedback: 'Because.',
  next: 'done',
  ...(best ? { best: true } : {}),
});

const turn = (id: string, choices: Choice[]): TurnNode => ({ kind: 'turn', id, customer: 'Hi', choices });

const make = (turns: TurnNode[]): Scenario => ({
  id: 'demo',
  title: 'Demo',
  summary: 'A small scenario.',
  role: 'You serve.',
  persona: { name: 'Bo', description: 'A customer', situation: 'Something broke.', startingMood: 0 },
  start: turns[0]!.id,
  nodes: turns,
  endings: [{ id: 'done', outcome: 'satisfied', title: 'Done', narration: 'It ends.', debrief: 'Fix it.' }],
});

const long = 'I am so very sorry about all of this, and I will put it right for you today without fail.';

describe('replyCues', () => {
  it('finds where the best reply sits, and whether it is the longest, the shortest and plain, or the most apologetic', () => {
    const cues = replyCues(
      make([
        turn('t1', [c('a', long, true), c('b', 'No.'), c('c', 'Maybe later.')]),
        turn('t2', [c('a', long), c('b', 'Yes, done.', true), c('c', 'Let me check.')]),
        turn('t3', [c('a', 'Sorry, sorry, sorry.'), c('b', 'Sorry.', true)]),
      ]),
    );
    expect(cues.turns).toEqual([
      {
        nodeId: 't1',
        position: 'first',
        bestIsLongest: true,
        shortPlainBest: false,
        bestIsMostApologetic: true,
      },
      {
        nodeId: 't2',
        position: 'middle',
        bestIsLongest: false,
        shortPlainBest: true,
        bestIsMostApologetic: false,
      },
      {
        nodeId: 't3',
        position: 'last',
        bestIsLongest: false,
        shortPlainBest: false,
        bestIsMostApologetic: false,
      },
    ]);
    expect(cues.longestShare).toBeCloseTo(1 / 3);
    expect(cues.apologeticShare).toBeCloseTo(1 / 3);
    expect(cues.positions).toEqual(['first', 'middle', 'last']);
  });

  it('does not count a short best reply as plain when it is over the word limit', () => {
    const words = Array.from({ length: SHORT_REPLY_WORDS + 1 }, () => 'ok').join(' ');
    const cues = replyCues(make([turn('t', [c('a', words, true), c('b', `${words} and more`)])]));
    expect(cues.turns[0]?.shortPlainBest).toBe(false);
  });

  it('counts apologies in their usual forms', () => {
    expect(apologies('Sorry! I apologise, and my apologies again. So sorry.')).toBe(4);
    expect(apologies('I will fix it.')).toBe(0);
  });
});

describe('replyCueProblems', () => {
  it('passes a scenario whose best replies vary in length, place and apology', () => {
    const s = make([
      turn('t1', [c('a', 'Fixed.', true), c('b', long)]),
      turn('t2', [c('a', long), c('b', 'Here you go.', true), c('c', 'Hmm.')]),
      turn('t3', [c('a', long), c('b', 'Sorry.'), c('c', `${long} Really.`, true)]),
    ]);
    expect(replyCueProblems(s)).toEqual([]);
  });

  it('names every cue that gives the answer away', () => {
    const s = make([
      turn('t1', [c('a', long, true), c('b', 'No.')]),
      turn('t2', [c('a', `${long} Again.`, true), c('b', 'Sorry, no.')]),
    ]);
    const percent = `${Math.round(MAX_CUE_SHARE * 100)}%`;
    expect(replyCueProblems(s)).toEqual([
      `Scenario "demo": the best reply is the longest in 100% of turns (t1, t2); keep it to ${percent} or less.`,
      `Scenario "demo": the best reply is the most apologetic in 100% of turns (t1, t2); keep it to ${percent} or less.`,
      `Scenario "demo": no turn has a short, plain best reply (the shortest of its turn, ${SHORT_REPLY_WORDS} words or fewer, no apology).`,
      'Scenario "demo": the best reply is never middle or last in its turn as written; vary its position.',
    ]);
  });
});
