import { lessons } from 'virtual:lessons';
import type { LessonEntry } from './lesson-types';

export const COURSE_TITLE = 'Servewell: customer service that brings people back';

/** Every lesson in course order, with metadata only; bodies load on demand. */
export const courseLessons: LessonEntry[] = [...lessons].sort((a, b) => a.order - b.order);

export function findLesson(slug: string | undefined): LessonEntry | undefined {
  return courseLessons.find((lesson) => lesson.slug === slug);
}
