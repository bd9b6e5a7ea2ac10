import { useMemo } from 'react';
import { courseProgress } from '../domain/course/progress';
import type { CourseProgress } from '../domain/course/progress';
import { courseLessons } from '../content/course';
import { useProgressData } from '../state/progress/selectors';

export function useCourseProgress(): CourseProgress {
  const data = useProgressData();
  return useMemo(() => courseProgress(courseLessons, data), [data]);
}
