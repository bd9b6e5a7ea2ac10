import { slugify } from './slug';

describe('slugify', () => {
  it('lowercases and joins words with hyphens', () => {
    expect(slugify('What is customer service?')).toBe('what-is-customer-service');
  });
  it('drops accents and punctuation and trims hyphens', () => {
    expect(slugify('  Café — "perception" & reality! ')).toBe('cafe-perception-and-reality');
  });
  it('keeps digits', () => {
    expect(slugify('5 factors for 2026')).toBe('5-factors-for-2026');
  });
});
