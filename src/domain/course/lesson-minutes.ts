/**
 * How long a lesson takes, computed from what is in it rather than guessed by its author.
 *
 *   minutes = ceil( words / 200
 *                 + 1 × quiz questions
 *                 + 5 × role-plays
 *                 + 3 × reflections
 *                 + 12 × definitions exercises
 *                 + 1 × diagrams )
 *
 * Words are the lesson's prose (paragraphs, lists, tables, callouts, takeaways), not the text inside
 * activities: each activity is counted by its fixed allowance instead, which covers reading it and answering.
 * docs/authoring.md states the same formula for authors.
 */

/** What a lesson holds, counted from its source. */
export interface LessonWork {
  words: number;
  quizQuestions: number;
  rolePlays: number;
  reflections: number;
  definitionsExercises: number;
  diagrams: number;
}

/** The rates the formula uses. */
export const MINUTE_RATES = {
  wordsPerMinute: 200,
  perQuizQuestion: 1,
  perRolePlay: 5,
  perReflection: 3,
  perDefinitionsExercise: 12,
  perDiagram: 1,
} as const;

/** An empty lesson, to spread counts over. */
export const noWork = (): LessonWork => ({
  words: 0,
  quizQuestions: 0,
  rolePlays: 0,
  reflections: 0,
  definitionsExercises: 0,
  diagrams: 0,
});

/** Whole minutes a learner needs for a lesson: at least 1. Throws a RangeError naming a count that is not a whole number of zero or more. */
export function lessonMinutes(work: LessonWork, rates: typeof MINUTE_RATES = MINUTE_RATES): number {
  for (const [name, value] of Object.entries(work)) {
    if (!Number.isInteger(value) || value < 0) {
      throw new RangeError(
        `lessonMinutes: "${name}" must be a whole number of 0 or more, not ${String(value)}.`,
      );
    }
  }
  const exact =
    work.words / rates.wordsPerMinute +
    work.quizQuestions * rates.perQuizQuestion +
    work.rolePlays * rates.perRolePlay +
    work.reflections * rates.perReflection +
    work.definitionsExercises * rates.perDefinitionsExercise +
    work.diagrams * rates.perDiagram;
  // A hair of tolerance so 1000 words / 200 is 5, not 5.000000001 rounded up to 6.
  return Math.max(1, Math.ceil(exact - 1e-9));
}
