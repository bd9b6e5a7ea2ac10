import { lessonMinutes, noWork } from './lesson-minutes';

describe('lessonMinutes', () => {
  it('reads prose at 200 words a minute, rounding up to a whole minute', () => {
    expect(lessonMinutes({ ...noWork(), words: 1000 })).toBe(5);
    expect(lessonMinutes({ ...noWork(), words: 1001 })).toBe(6);
    expect(lessonMinutes({ ...noWork(), words: 150 })).toBe(1);
  });

  it('adds a fixed allowance for each activity', () => {
    expect(lessonMinutes({ ...noWork(), quizQuestions: 6 })).toBe(6);
    expect(lessonMinutes({ ...noWork(), rolePlays: 2 })).toBe(10);
    expect(lessonMinutes({ ...noWork(), reflections: 1 })).toBe(3);
    expect(lessonMinutes({ ...noWork(), definitionsExercises: 1 })).toBe(12);
    expect(lessonMinutes({ ...noWork(), diagrams: 2 })).toBe(2);
  });

  it('sums reading and doing: 1,700 words, 7 questions, 2 role-plays and a diagram take 27 minutes', () => {
    const work = {
      words: 1700,
      quizQuestions: 7,
      rolePlays: 2,
      reflections: 0,
      definitionsExercises: 0,
      diagrams: 1,
    };
    // 8.5 + 7 + 10 + 1 = 26.5, rounded up
    expect(lessonMinutes(work)).toBe(27);
  });

  it('gives an empty lesson one minute, never zero', () => {
    expect(lessonMinutes(noWork())).toBe(1);
  });

  it('grows when a question is added', () => {
    const base = { ...noWork(), words: 900, quizQuestions: 5 };
    expect(lessonMinutes({ ...base, quizQuestions: 6 })).toBe(lessonMinutes(base) + 1);
  });

  it.each([
    ['words', -1],
    ['quizQuestions', 1.5],
    ['rolePlays', Number.NaN],
  ])('rejects %s = %s with a message naming the count', (name, value) => {
    expect(() => lessonMinutes({ ...noWork(), [name]: value })).toThrow(
      new RegExp(`"${name}" must be a whole number`),
    );
  });
});
