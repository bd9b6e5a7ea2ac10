import { readEnglish } from './compromise-reader';
import { findCue, parseCue } from './cues';
import { textForm } from './text-form';

const negated = (text: string) =>
  readEnglish(text)
    .tokens.filter((t) => t.negated)
    .map((t) => t.word);

describe('negation scope', () => {
  it('covers the words after a negator up to the end of the clause', () => {
    expect(negated("I won't refund it, I'll replace it.")).toEqual(['refund', 'it']);
  });

  it('ends at “but” and at “and” followed by a new subject', () => {
    expect(negated("I can't refund it but I can swap it.")).toEqual(['refund', 'it']);
    expect(negated("I won't refund it and I'll swap it.")).toEqual(['refund', 'it']);
  });

  it('carries across “and” when no new subject follows', () => {
    expect(negated("I can't refund and replace it.")).toEqual(['refund', 'and', 'replace', 'it']);
  });

  it('ignores idioms that only look negative', () => {
    expect(negated('No problem, not only will I fix it, I will do it without delay.')).toEqual([]);
  });
});

describe('cues', () => {
  const reading = readEnglish("I'll happily swap it for you, but I won't refund it.");

  it('matches a lemma in any form, with words allowed in between', () => {
    expect(findCue(reading, 'i will ~2 !swap|replace')?.map((t) => t.text)).toEqual([
      "I'll",
      '',
      'happily',
      'swap',
    ]);
  });

  it('does not match a negated head, unless the cue asks for one', () => {
    expect(findCue(reading, 'i will ~2 !refund')).toBeNull();
    expect(findCue(reading, '-i will ~2 !refund')).not.toBeNull();
  });

  it('matches a "?" cue only in a question and a "." cue only outside one', () => {
    expect(findCue(readEnglish('How long is the ride?'), '?how ~2 !long')).not.toBeNull();
    expect(findCue(readEnglish('I know how long it took.'), '?how ~2 !long')).toBeNull();
    expect(findCue(readEnglish('Are you going on Saturday?'), '.going ~3 !saturday')).toBeNull();
    expect(findCue(readEnglish('It is going out on Saturday.'), '.going ~3 !saturday')).not.toBeNull();
  });

  it('rejects a ">" cue when a negator follows its head in the clause', () => {
    expect(findCue(readEnglish('A refund is not possible.'), '>a !refund')).toBeNull();
    expect(findCue(readEnglish('A refund is on its way.'), '>a !refund')).not.toBeNull();
  });

  it('rejects a malformed cue with its text', () => {
    expect(() => parseCue('i ~2 !?')).toThrow('Cue "i ~2 !?" has an empty slot.');
  });
});

describe('textForm', () => {
  const form = (text: string) => textForm(text, readEnglish(text)).form;

  it('accepts ordinary sentences', () => {
    expect(form('I am sorry it broke. I can replace it today.')).toBe('ok');
  });

  it('tells empty, too short, keyword lists and other languages apart', () => {
    expect(form('  ... ')).toBe('empty');
    expect(form('ok thanks')).toBe('too-short');
    expect(form('sorry refund replace today frustrating')).toBe('keyword-list');
    expect(form('Sorry. Refund. Replace. Today. Frustrating.')).toBe('keyword-list');
    expect(form('Je suis désolé, nous pouvons le remplacer aujourd’hui.')).toBe('not-english');
  });

  it('reads a run of nouns before a question as a keyword list, and slashes as a list', () => {
    expect(form('sorry mistake new box next-day courier Quay Street today does that work')).toBe(
      'keyword-list',
    );
    expect(form('apologise / matinee / swap or resale / which do you prefer')).toBe('keyword-list');
  });

  it('accepts instructions, contractions and a list said in a sentence', () => {
    expect(form('Maybe learn to read a calendar.')).toBe('ok');
    expect(form("I understand, two pairs won't last five days.")).toBe('ok');
    expect(
      form('There is Tuesday evening, Wednesday afternoon and evening, Thursday evening and Friday evening.'),
    ).toBe('ok');
  });
});
