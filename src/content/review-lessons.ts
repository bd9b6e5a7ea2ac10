import { courseLessons } from './course';

/** The course's lessons as spaced review names them: slug, order and place in the course. */
export const reviewLessons = courseLessons.map((lesson, index) => ({
  slug: lesson.slug,
  order: lesson.order,
  number: index + 1,
}));
