import { matchesAccepted, normaliseAnswer } from './text-normalise';

describe('normaliseAnswer', () => {
  it('lowercases, collapses spacing and trims', () => {
    expect(normaliseAnswer('  Customer    SERVICE \n ')).toBe('customer service');
  });
  it('turns hyphens and dashes into spaces', () => {
    expect(normaliseAnswer('after-sales')).toBe('after sales');
    expect(normaliseAnswer('cost–effective—delivery')).toBe('cost effective delivery');
  });
  it('drops apostrophes, straight or curly, inside words', () => {
    expect(normaliseAnswer("isn't")).toBe('isnt');
    expect(normaliseAnswer('isn’t')).toBe('isnt');
    expect(normaliseAnswer('customer’s')).toBe('customers');
  });
  it('removes quotes, full stops and other punctuation', () => {
    expect(normaliseAnswer('“Perception.”')).toBe('perception');
    expect(normaliseAnswer('"value" (for money)!')).toBe('value for money');
    expect(normaliseAnswer('quality/accuracy')).toBe('quality accuracy');
  });
  it('removes accents and normalises Unicode forms', () => {
    expect(normaliseAnswer('Café')).toBe('cafe');
    expect(normaliseAnswer('Cafe\u0301')).toBe('cafe');
    expect(normaliseAnswer('ﬁrst')).toBe('first');
  });
  it('reads & as "and"', () => {
    expect(normaliseAnswer('Quality & accuracy')).toBe('quality and accuracy');
  });
  it('keeps digits', () => {
    expect(normaliseAnswer('Step 2')).toBe('step 2');
  });
  it('returns an empty string for punctuation only', () => {
    expect(normaliseAnswer(' ... !? ')).toBe('');
  });
});

describe('matchesAccepted', () => {
  const accept = ['perception', 'perceptions', 'after-sales support'];
  it('accepts answers that differ only in case, spacing and punctuation', () => {
    expect(matchesAccepted('  PERCEPTION. ', accept)).toBe(true);
    expect(matchesAccepted('After sales support', accept)).toBe(true);
    expect(matchesAccepted('after–sales, support', accept)).toBe(true);
  });
  it('rejects different words', () => {
    expect(matchesAccepted('perceive', accept)).toBe(false);
    expect(matchesAccepted('after sales', accept)).toBe(false);
  });
  it('never accepts blank text, even against a blank accepted answer', () => {
    expect(matchesAccepted('   ', accept)).toBe(false);
    expect(matchesAccepted('!!', ['', '?'])).toBe(false);
  });
  it('rejects everything when nothing is accepted', () => {
    expect(matchesAccepted('perception', [])).toBe(false);
  });
});
