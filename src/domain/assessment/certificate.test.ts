import { formatPercent, verificationCode } from './certificate';

const record = {
  course: 'Servewell',
  learner: 'Ana Núñez',
  completedOn: '2026-11-20',
  score: 0.867,
  modules: ['a', 'b'],
};

describe('verification code', () => {
  it('is stable and shaped SW-XXXX-XXXX-XXXX', () => {
    expect(verificationCode(record)).toMatch(/^SW-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/);
    expect(verificationCode({ ...record })).toBe(verificationCode(record));
  });
  it('ignores spacing in the name but changes with any fact on the certificate', () => {
    expect(verificationCode({ ...record, learner: ' Ana   Núñez ' })).toBe(verificationCode(record));
    for (const change of [
      { learner: 'Ana Nunez' },
      { score: 0.9 },
      { completedOn: '2026-11-21' },
      { modules: ['a'] },
    ]) {
      expect(verificationCode({ ...record, ...change })).not.toBe(verificationCode(record));
    }
  });
});

describe('formatPercent', () => {
  it('shows one decimal only when needed', () => {
    expect(formatPercent(0.8)).toBe('80%');
    expect(formatPercent(0.8667)).toBe('86.7%');
  });
});
