import { jobAids as authoredCards } from '../../lessons/job-aids';
import { trainerGuide as authoredGuide } from '../../lessons/trainer-guide';
import type { JobAid, TrainerGuide } from '../domain/course/job-aid-types';

/**
 * The printable cards and the trainer guide, as authored. Their schema (job-aid-schema.ts) is checked when
 * the course is built and in the tests, so the pages that show them load no validation code.
 */
export const jobAids: readonly JobAid[] = authoredCards;
export const trainerGuide: TrainerGuide = authoredGuide;

export function findJobAid(lessonSlug: string | undefined): JobAid | undefined {
  return jobAids.find((card) => card.slug === lessonSlug);
}
