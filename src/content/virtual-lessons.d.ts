declare module 'virtual:lessons' {
  import type { LessonEntry } from './lesson-types';
  export const lessons: LessonEntry[];
}
