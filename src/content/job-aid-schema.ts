import { z } from '../domain/lib/zod';
import type { JobAid, TrainerGuide } from '../domain/course/job-aid-types';

const text = z.string().trim().min(1, 'must not be empty');
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lesson slug, e.g. "service-chain"');

const jobAidSchema = z
  .object({
    slug,
    title: text,
    ideas: z
      .array(text)
      .min(3, 'needs at least 3 ideas')
      .max(7, 'has more than 7 ideas: a card fits one page'),
    phrasesThatWork: z
      .array(z.object({ say: text, why: text }).strict())
      .min(2, 'needs at least 2 phrases')
      .max(5, 'has more than 5 phrases: a card fits one page'),
    phrasesToAvoid: z
      .array(z.object({ say: text, instead: text }).strict())
      .min(2, 'needs at least 2 phrases')
      .max(5, 'has more than 5 phrases: a card fits one page'),
  })
  .strict() satisfies z.ZodType<JobAid>;

const trainerGuideSchema = z
  .object({
    intro: text,
    sessions: z
      .array(
        z
          .object({
            slug,
            title: text,
            minutes: z.number().int().positive(),
            goal: text,
            steps: z.array(z.object({ minutes: z.number().int().positive(), what: text }).strict()).min(2),
            questions: z.array(text).min(2, 'needs at least 2 discussion questions'),
          })
          .strict()
          .refine((s) => s.steps.reduce((sum, step) => sum + step.minutes, 0) === s.minutes, {
            message: 'the steps’ minutes must add up to the session’s minutes',
            path: ['minutes'],
          }),
      )
      .min(1),
    checklist: z.array(z.object({ behaviour: text, lookFor: text, slug }).strict()).min(5),
    followUp: z
      .array(
        z
          .object({ day: z.number().int().min(0).max(30), title: text, actions: z.array(text).min(1) })
          .strict(),
      )
      .min(2),
  })
  .strict() satisfies z.ZodType<TrainerGuide>;

/** A message naming the file, the entry and the field, as the lesson frontmatter checks do. */
function problems(file: string, error: z.ZodError, label: (path: PropertyKey[]) => string): string {
  return error.issues
    .map((issue) => `${file}: ${label(issue.path)}field "${issue.path.join('.')}": ${issue.message}`)
    .join('; ');
}

/** Checks the authored cards; throws one message naming every problem. */
export function checkJobAids(cards: unknown[], file = 'lessons/job-aids.ts'): JobAid[] {
  const out: JobAid[] = [];
  const errors: string[] = [];
  cards.forEach((card, i) => {
    const result = jobAidSchema.safeParse(card);
    if (result.success) out.push(result.data);
    else {
      const name = (card as { slug?: unknown } | null)?.slug;
      errors.push(
        problems(file, result.error, () => `card ${i + 1}${typeof name === 'string' ? ` (${name})` : ''} `),
      );
    }
  });
  const seen = new Set<string>();
  for (const card of out) {
    if (seen.has(card.slug)) errors.push(`${file}: two cards for the lesson "${card.slug}".`);
    seen.add(card.slug);
  }
  if (errors.length > 0) throw new Error(errors.join('\n'));
  return out;
}

export function checkTrainerGuide(guide: unknown, file = 'lessons/trainer-guide.ts'): TrainerGuide {
  const result = trainerGuideSchema.safeParse(guide);
  if (!result.success) throw new Error(problems(file, result.error, () => ''));
  return result.data;
}
