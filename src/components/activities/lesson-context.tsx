import { createContext, useContext } from 'react';

/** The slug of the lesson an activity sits in, so activities can save their progress against it. */
export const LessonContext = createContext<string>('');

/** The slug of the surrounding lesson, or '' outside a lesson. */
export function useLessonSlug(): string {
  return useContext(LessonContext);
}
