import { assessReply, isNegatedAt } from './reply-rubric';
import type { ServiceMove } from './reply-rubric';

const moves = (text: string): ServiceMove[] => assessReply(text).found.map((f) => f.move);

describe('assessReply: replies that pass', () => {
  it('finds all five moves in a complete reply and rates it excellent', () => {
    const result = assessReply(
      "I can see the blender stopped after six weeks, and that must be so frustrating. I'm sorry. " +
        "I'll replace it today, and if the new one gives you any trouble I'll call you by Friday. Does that work?",
    );
    expect(result.found.map((f) => f.move)).toEqual([
      'acknowledge',
      'empathy',
      'ownership',
      'resolution',
      'next-step',
    ]);
    expect(result.missing).toEqual([]);
    expect(result.defensive).toEqual([]);
    expect(result.profile).toBe('excellent');
    expect(result.quality).toBe(100);
  });

  it('returns the matched words, as typed, as evidence', () => {
    const result = assessReply('You’re right, that’s our mistake. I’ll refund the second charge.');
    expect(result.found).toContainEqual({ move: 'acknowledge', phrase: 'You’re right' });
    expect(result.found).toContainEqual({ move: 'ownership', phrase: 'our mistake' });
    expect(result.found.find((f) => f.move === 'resolution')?.phrase).toBe('I’ll refund');
  });

  it('rates four moves with a resolution as excellent even without a next step', () => {
    const result = assessReply(
      'I understand, and I would be frustrated too. My apologies: we will send a new charger.',
    );
    expect(result.missing).toEqual(['next-step']);
    expect(result.profile).toBe('excellent');
  });
});

describe('assessReply: replies that partly pass', () => {
  it('rates an apology with nothing else as partial and says what is missing', () => {
    const result = assessReply('Sorry about that.');
    expect(moves('Sorry about that.')).toEqual(['ownership']);
    expect(result.profile).toBe('partial');
    expect(result.missing).toContain('resolution');
    expect(result.explanation).toMatch(/say back what went wrong/);
  });

  it('rates three moves without a defensive phrase as good', () => {
    const result = assessReply("I hear you, that sounds stressful, and I'm sorry it happened.");
    expect(result.profile).toBe('good');
    expect(result.missing).toEqual(['resolution', 'next-step']);
  });

  it('reads informal spellings without apostrophes', () => {
    expect(moves('im sorry ill fix it today')).toEqual(['ownership', 'resolution', 'next-step']);
  });

  it('does not count a vague promise to look into it as a concrete resolution', () => {
    expect(moves("I'll look into it.")).not.toContain('resolution');
  });
});

describe('assessReply: replies that fail', () => {
  it('rates a reply with no service moves as weak', () => {
    const result = assessReply('What is the order number?');
    expect(result.found).toEqual([]);
    expect(result.profile).toBe('weak');
    expect(result.quality).toBe(0);
  });

  it('treats an empty reply as weak with a prompt to write something', () => {
    const result = assessReply('   ');
    expect(result.profile).toBe('weak');
    expect(result.wordCount).toBe(0);
    expect(result.explanation).toMatch(/Write a reply/);
  });
});

describe('assessReply: defensive language', () => {
  it.each([
    ["That's not my department, you'll have to call billing.", 'deflecting'],
    ['You should have read the instructions before using it.', 'blaming'],
    ['Please calm down, sir.', 'dismissing'],
    ['Policy says we cannot refund opened items.', 'policy'],
    ["There's nothing I can do about it.", 'refusing'],
  ])('flags %j as %s and rates it defensive', (text, kind) => {
    const result = assessReply(text);
    expect(result.defensive.map((f) => f.kind)).toContain(kind);
    expect(result.profile).toBe('defensive');
    expect(result.explanation).toMatch(/defensive/);
  });

  it('names the defensive phrase in the explanation', () => {
    expect(assessReply('Calm down and I will see.').explanation).toContain('“Calm down”');
  });

  it('marks a strong reply spoiled by one defensive phrase as partial, not excellent', () => {
    const result = assessReply(
      "I can see the charge is wrong and I'm sorry. Our policy is to check first, but I'll refund it by Friday.",
    );
    expect(result.defensive.map((f) => f.kind)).toEqual(['policy']);
    expect(result.profile).toBe('partial');
    expect(result.quality).toBe(55);
  });

  it('does not mistake promises and ownership for blame', () => {
    const result = assessReply("You should have it by Friday, and you shouldn't have had to chase us.");
    expect(result.defensive).toEqual([]);
    expect(moves("You shouldn't have had to chase us.")).toContain('ownership');
  });
});

describe('assessReply: negation', () => {
  it('does not count "I\'m not sorry" as an apology', () => {
    expect(moves("I'm not sorry, it worked when it left us.")).not.toContain('ownership');
  });

  it('does not count a negated understanding or apology', () => {
    expect(moves("I don't understand what you want.")).toEqual([]);
    expect(moves('I will never apologise for that.')).not.toContain('ownership');
  });

  it('does not count a refusal to refund as a resolution', () => {
    expect(moves("I don't think we can refund it.")).not.toContain('resolution');
  });

  it('still counts an apology after a negation in an earlier clause', () => {
    expect(moves("It wasn't meant to happen, and I'm sorry.")).toContain('ownership');
  });

  it('treats "can\'t apologise enough", "not only" and "no problem" as positive', () => {
    expect(moves("I can't apologise enough.")).toContain('ownership');
    expect(moves("Not only will I replace it, I'll cover the postage.")).toContain('resolution');
    expect(moves("No problem I'll swap it for you.")).toContain('resolution');
  });

  it('looks only a few words back, within the clause', () => {
    const text = "no, i'm sorry";
    expect(isNegatedAt(text, text.indexOf('sorry'))).toBe(false);
    const negated = 'i am not at all sorry';
    expect(isNegatedAt(negated, negated.indexOf('sorry'))).toBe(true);
  });
});

describe('assessReply: what counts as a resolution', () => {
  it('counts concrete actions, not updates or transfers', () => {
    expect(moves("I'll fetch it from the back now.")).toContain('resolution');
    expect(moves("I'll update you tomorrow.")).toEqual(['next-step']);
    expect(moves("I'll transfer you to billing.")).toEqual([]);
  });
});
