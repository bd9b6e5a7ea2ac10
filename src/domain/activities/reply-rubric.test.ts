import { readEnglish } from '../lib/language/compromise-reader';
import { judgeReply, readReply } from './reply-rubric';
import type { ReplyJudgement } from './reply-rubric';
import type { ReplyAction, ReplyFault, ReplyRubric, TurnNode } from './scenario-types';

const RUBRIC: ReplyRubric = {
  actions: ['acknowledge-feeling', 'apologise', 'offer-remedy', 'offer-choice', 'commit-time'],
  essential: ['offer-remedy'],
  goodAt: 3,
  creditLimit: 30,
};

const node: TurnNode = {
  kind: 'turn',
  id: 'dead',
  customer: 'It died after six weeks.',
  freeText: RUBRIC,
  choices: [
    {
      id: 'own',
      text: 'I am sorry. I can replace it or refund you today. Which would you prefer?',
      feedback: 'Good.',
      next: 'x',
      best: true,
      reads: { actions: ['apologise', 'offer-remedy', 'offer-choice', 'commit-time'] },
    },
    {
      id: 'wait',
      text: 'Sorry. It has to go back to the maker, which takes three weeks.',
      feedback: 'Meh.',
      next: 'x',
      reads: { actions: ['apologise', 'refer-onward', 'make-wait'] },
    },
    {
      id: 'deflect',
      text: 'Not our fault. Take it up with the manufacturer.',
      feedback: 'Bad.',
      next: 'x',
      reads: { actions: [], faults: ['blame-other'] },
    },
  ],
};

const actions = (text: string): ReplyAction[] =>
  readReply(text, readEnglish(text), RUBRIC).actions.map((a) => a.id);
const faults = (text: string): ReplyFault[] =>
  readReply(text, readEnglish(text), RUBRIC).faults.map((f) => f.id);
const judge = (text: string): ReplyJudgement => judgeReply(node, text, readEnglish(text));

describe('readReply: actions from verbs and objects, in any wording', () => {
  it.each([
    "I'll swap it for a new one.",
    'Let me get you a replacement.',
    'We can refund the full amount.',
    'Would you like your money back?',
  ])('reads “%s” as offering to put it right', (text) => {
    expect(actions(text)).toContain('offer-remedy');
  });

  it.each([
    'That must be really frustrating.',
    'I can imagine how annoying that is.',
    "I'd be fed up too.",
    'No wonder you are upset.',
  ])('reads “%s” as acknowledging the feeling', (text) => {
    expect(actions(text)).toContain('acknowledge-feeling');
  });

  it('reads a question with two remedies as offering a choice', () => {
    expect(actions('Would you like a new one or your £89 back?')).toEqual(
      expect.arrayContaining(['offer-remedy', 'offer-choice']),
    );
  });

  it('quotes the learner’s own words as evidence', () => {
    const read = readReply(
      'Honestly, I’m so sorry about this.',
      readEnglish('Honestly, I’m so sorry about this.'),
    );
    expect(read.actions).toContainEqual({ id: 'apologise', words: 'sorry' });
  });
});

describe('readReply: negation is respected', () => {
  it.each(["I won't apologise.", "I'm not sorry.", 'I will never say sorry for that.'])(
    'gives no apology for “%s”',
    (text) => {
      expect(actions(text)).not.toContain('apologise');
    },
  );

  it('reads a negated offer as a refusal, not an offer', () => {
    expect(actions("We can't refund it.")).not.toContain('offer-remedy');
    expect(faults("We can't refund it.")).toContain('refuse');
  });

  it('ends the negation at the clause: a refusal with an alternative is not a refusal', () => {
    const text = "I can't refund it, but I'll replace it today.";
    expect(actions(text)).toEqual(expect.arrayContaining(['offer-remedy', 'commit-time']));
    expect(faults(text)).toEqual([]);
  });

  it('does not treat positive idioms as negations', () => {
    expect(actions('No problem, I will replace it without delay.')).toContain('offer-remedy');
  });
});

describe('readReply: what a reply must not do', () => {
  it.each<[string, ReplyFault]>([
    ['There is nothing I can do.', 'refuse'],
    ['No refunds, sorry.', 'refuse'],
    ['XYZ messed up, not me.', 'blame-other'],
    ['The warehouse messed up your order.', 'blame-other'],
    ["That's not my department.", 'blame-other'],
    ['You should have read the instructions.', 'blame-customer'],
    ["You must have dropped it. That's on you.", 'blame-customer'],
    ["I'll give you a £200 credit for the trouble.", 'overpromise'],
    ['I guarantee it will never happen again.', 'overpromise'],
    ['Oh great, another broken blender. Whatever.', 'sarcasm'],
    ['Sorry you feel that way.', 'sarcasm'],
    ['Shut up and wait your turn.', 'insult'],
    ['Calm down, these things happen.', 'dismiss'],
    ['Policy says I cannot do that.', 'hide-behind-policy'],
  ])('flags “%s” as %s', (text, fault) => {
    expect(faults(text)).toContain(fault);
  });

  it('allows credit within the role’s authority', () => {
    expect(faults("I'll add a £25 credit to your account.")).toEqual([]);
  });

  it('does not blame anyone for “our system put it on the wrong van”', () => {
    expect(faults('Our system put it on the wrong van by mistake, and I will fetch it now.')).toEqual([]);
  });
});

describe('judgeReply: texts that are not replies are coached, not scored', () => {
  it.each([
    ['', 'Write a reply first'],
    ['ok', 'too short'],
    ['Refund.', 'too short'],
    ['sorry frustrating replace refund today prefer', 'list of words'],
    ['Apologise, empathy, replace, refund, choice, today, ownership', 'list of words'],
    ['Lo siento mucho, le devolvemos el dinero hoy mismo.', 'only read English'],
    ['Es tut mir leid, ich kann es heute ersetzen.', 'only read English'],
  ])('coaches “%s”', (text, message) => {
    const result = judge(text);
    expect(result.verdict).toBe('coached');
    expect(result.choiceId).toBeNull();
    expect(result.summary).toContain(message);
  });

  it('still calls out a two-word insult', () => {
    expect(judge('Shut up.').verdict).toBe('harmful');
  });
});

describe('judgeReply: the branch follows the meaning', () => {
  it('continues a plain good reply from the strong choice and says what it understood', () => {
    const result = judge('Oh no, I’m really sorry. Would you like a new one or your £89 back?');
    expect(result.verdict).toBe('good');
    expect(result.choiceId).toBe('own');
    expect(result.understood).toBe(
      'I read your reply as apologising, offering to put it right and offering a choice.',
    );
  });

  it('continues an apology with a long wait from the waiting choice', () => {
    const result = judge(
      'Sorry, it will need to go back to the manufacturer, which takes about three weeks.',
    );
    expect(result.verdict).toBe('partial');
    expect(result.choiceId).toBe('wait');
  });

  it('does not credit a reply that only apologises with the strong choice', () => {
    const result = judge('I am so sorry about that.');
    expect(result.verdict).toBe('partial');
    expect(result.choiceId).toBe('wait');
  });

  it('sends a blaming reply down the deflecting choice, even with good words in it', () => {
    const result = judge("I'm sorry, but you must have dropped it. I can replace it today.");
    expect(result.verdict).toBe('harmful');
    expect(result.choiceId).toBe('deflect');
    expect(result.summary).toContain('you must have dropped');
  });

  it('reads an off-topic reply as weak, without crediting the strong choice', () => {
    const result = judge('Have you seen our new range of saucepans by the door?');
    expect(result.verdict).toBe('weak');
    expect(result.choiceId).toBe('wait');
  });
});

describe('readReply: wordings that only look like a move are not one', () => {
  it.each([
    ["We're fully booked tonight.", 'offer-remedy'],
    ["I'm sorry the refund isn't possible.", 'offer-remedy'],
    ['We have an offer on thermostats this month.', 'offer-remedy'],
    ['Are you going anywhere nice on Saturday?', 'commit-time'],
    ['I know how much that money means to you.', 'ask-need'],
    ["We've got new lights in stock this week.", 'offer-remedy'],
    ["We've got new lights in stock this week.", 'commit-time'],
  ] as const)('does not read “%s” as %s', (text, action) => {
    expect(actions(text)).not.toContain(action);
  });

  it.each([
    ['I can seat you at the bar now.', 'offer-remedy'],
    ['The £95 has been refunded to your card.', 'offer-remedy'],
    ['You can collect a week’s supply from the optician on Quay Street.', 'offer-remedy'],
    ['You shouldn’t have had to pay anyone else.', 'own-problem'],
    ['It was packed before you changed your address, so it went to Mill Road.', 'explain'],
    ['Would Thursday morning suit?', 'commit-time'],
    ['How far is the ride?', 'ask-need'],
    ['Nerves before a first long ride are completely normal.', 'acknowledge-feeling'],
  ] as const)('reads “%s” as %s', (text, action) => {
    expect(actions(text)).toContain(action);
  });

  it('reads replies typed in a hurry: “ill send a new box tomorow”', () => {
    expect(actions('Sory, ill send a new box tomorow.')).toEqual(
      expect.arrayContaining(['apologise', 'offer-remedy', 'commit-time']),
    );
  });

  it('does not read an honest limit as a promise or a refusal', () => {
    const text = "I can't promise that it will all come back, but I'll open a claim now.";
    expect(faults(text)).toEqual([]);
  });

  it.each<[string, ReplyFault]>([
    ['Then buy some at the airport, it’s not rocket science.', 'insult'],
    ["Oh, I'm sure your wife can manage one evening out.", 'sarcasm'],
    ['If you can’t make another night, that’s not our problem.', 'blame-other'],
    ['No tables tonight. You’ll have to come back next week.', 'refuse'],
    ['You booked the wrong week.', 'blame-customer'],
    ['Stop panicking, it will come.', 'dismiss'],
    ["You'll just have to manage without, won't you.", 'dismiss'],
  ])('flags “%s” as %s', (text, fault) => {
    expect(faults(text)).toContain(fault);
  });

  it.each([
    'I’ll make sure you’re covered either way.',
    'I know you can’t go away without them.',
    'The label is printed with whatever address was on the account.',
    "I know a couple of pairs won't last the week.",
  ])('finds no fault in “%s”', (text) => {
    expect(faults(text)).toEqual([]);
  });
});

describe('readReply: a turn’s own cues', () => {
  const rubric: ReplyRubric = {
    actions: ['offer-remedy', 'add-extra'],
    goodAt: 2,
    cues: { 'add-extra': ['!check ~3 boiler'] },
    ownCues: ['add-extra'],
  };
  const extra = (text: string) =>
    readReply(text, readEnglish(text), rubric).actions.some((a) => a.id === 'add-extra');

  it('reads an action the turn names as its own from its cues only', () => {
    expect(extra('Our engineer will check the boiler for free.')).toBe(true);
    expect(extra('We can offer you a 10% discount as a goodwill gesture.')).toBe(false);
  });
});

describe('judgeReply: a reply that leaves out an essential move', () => {
  it('never continues from the best choice when a plain weaker one exists', () => {
    const result = judge('I am so sorry, that must be really frustrating.');
    expect(result.verdict).toBe('partial');
    expect(result.choiceId).toBe('wait');
  });
});

describe('judgeReply: a fault no scripted choice shares', () => {
  const twoFaults: TurnNode = {
    ...node,
    choices: [
      {
        id: 'soothe',
        text: 'I am sure it will all come back.',
        feedback: 'Kind but untrue.',
        next: 'x',
        effects: { trust: -1 },
        reads: { actions: [], faults: ['overpromise'] },
      },
      {
        id: 'blame',
        text: 'You should have called us first.',
        feedback: 'Blame.',
        next: 'x',
        effects: { mood: -2, trust: -2, score: -1 },
        reads: { actions: [], faults: ['blame-customer'] },
      },
      ...node.choices.slice(0, 1),
    ],
  };

  it('continues from the faulty choice that costs the customer most', () => {
    const text = 'Calm down, it’s only money.';
    expect(judgeReply(twoFaults, text, readEnglish(text)).choiceId).toBe('blame');
  });
});
