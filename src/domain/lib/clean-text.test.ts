import { cleanText, hasVisibleText } from './clean-text';

describe('cleaning typed names', () => {
  it('treats a name made only of invisible characters as empty', () => {
    for (const invisible of ['\u200B\u200B', '\u2800', '\u3164', '\u200D\uFEFF', ' \u00A0\u2003 ', '\u202E'])
      expect(cleanText(invisible)).toBe('');
    expect(hasVisibleText('\u200B')).toBe(false);
  });

  it('removes bidirectional override and isolate characters, keeping the visible name', () => {
    expect(cleanText('Ana\u202E avliS')).toBe('Ana avliS');
    expect(cleanText('\u2067Zoë\u2069 O’Brien')).toBe('Zoë O’Brien');
    expect(cleanText('  Siobhán \t Ní  Bhriain ')).toBe('Siobhán Ní Bhriain');
  });

  it('keeps names in every script, joiners inside them included', () => {
    expect(cleanText('김민준')).toBe('김민준');
    expect(cleanText('क्‍ष')).toBe('क्‍ष');
    expect(cleanText('محمد')).toBe('محمد');
  });
});
