declare module 'virtual:lessons' {
  import type { LessonEntry } from './lesson-types';
  export const lessons: LessonEntry[];
}

declare module 'virtual:lesson-objectives' {
  /** Every lesson's objectives, by slug. */
  export const objectives: Record<string, string[]>;
}
