import { useMemo } from 'react';
import { courseProgress } from '../domain/progress';
import type { CourseProgress } from '../domain/progress';
import { courseLessons } from '../content/course';
import { useProgressData } from '../state/selectors';

export function useCourseProgress(): CourseProgress {
  const data = useProgressData();
  return useMemo(() => courseProgress(courseLessons, data), [data]);
}
