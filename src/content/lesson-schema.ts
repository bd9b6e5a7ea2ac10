import { z } from '../domain/lib/zod';
import type { TagChunk } from '../domain/course/tag-chunks';

/** The frontmatter every lesson must carry. Checked at build time and in the tests. */
export const lessonFrontmatterSchema = z
  .object({
    slug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, e.g. "service-chain"'),
    title: z.string().trim().min(1, 'must not be empty'),
    order: z.number().int('must be a whole number').positive('must be 1 or more'),
    /** Not written by authors: computed at build from the lesson's words and activities (lesson-minutes.ts). */
    minutes: z
      .never({
        error:
          "is computed from the lesson's words and activities when the course is built; remove it (see docs/authoring.md)",
      })
      .optional(),
    summary: z.string().trim().min(1, 'must not be empty'),
    objectives: z
      .array(z.string().trim().min(1, 'must not be empty'))
      .min(1, 'needs at least one objective')
      .max(6, 'has more than six objectives'),
  })
  .strict();

type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

export type ActivityKind = 'quiz' | 'reflection' | 'roleplay' | 'definitions';

export interface LessonSection {
  id: string;
  title: string;
}

export interface LessonActivity {
  id: string;
  kind: ActivityKind;
  required: boolean;
}

/** What the course knows about a lesson without loading its body. */
export interface LessonMeta extends Omit<LessonFrontmatter, 'minutes'> {
  /** Reading and doing time in whole minutes, computed by `lessonMinutes`. */
  minutes: number;
  file: string;
  sections: LessonSection[];
  activities: LessonActivity[];
  /** The lazily loaded parts of the tag map its body uses (src/content/tags/<chunk>.tsx). */
  chunks: TagChunk[];
}
