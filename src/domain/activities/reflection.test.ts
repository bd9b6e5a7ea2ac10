import { countCharacters, countWords, reflectionComplete } from './reflection';

describe('countWords', () => {
  it('counts words separated by any whitespace', () => {
    expect(countWords('  The customer\tcame back\n\nthe next day ')).toBe(7);
  });
  it('counts hyphenated and apostrophised words once', () => {
    expect(countWords("after-sales support isn't optional")).toBe(4);
  });
  it('ignores stand-alone punctuation and symbols', () => {
    expect(countWords('Fast — and fair ! 🙂')).toBe(3);
  });
  it('is zero for blank text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   \n ')).toBe(0);
  });
});

describe('countCharacters', () => {
  it('counts characters including inner spaces, not outer whitespace', () => {
    expect(countCharacters('  ab c  ')).toBe(4);
  });
  it('counts an accented letter and an emoji as one character each', () => {
    expect(countCharacters('Cafe\u0301')).toBe(4);
    expect(countCharacters('ok 👍🏽')).toBe(4);
  });
  it('is zero for blank text', () => {
    expect(countCharacters(' \t ')).toBe(0);
  });
});

describe('reflectionComplete', () => {
  it('without minWords, any non-blank text counts', () => {
    expect(reflectionComplete('Yes')).toBe(true);
    expect(reflectionComplete('   ')).toBe(false);
    expect(reflectionComplete('')).toBe(false);
  });
  it('with minWords, needs at least that many words', () => {
    expect(reflectionComplete('one two three', 3)).toBe(true);
    expect(reflectionComplete('one two', 3)).toBe(false);
    expect(reflectionComplete('one two — !', 3)).toBe(false);
  });
  it('treats minWords of 0 like no minimum', () => {
    expect(reflectionComplete('x', 0)).toBe(true);
    expect(reflectionComplete(' ', 0)).toBe(false);
  });
});
