import { z } from '../domain/lib/zod';
import type { DefinitionsContent } from '../domain/activities/definitions-exercise';
import { parseCue } from '../domain/lib/language/cues';

/** Where the definitions exercise's content lives. */
export const DEFINITIONS_FILE = 'lessons/definitions/definitions.json';

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, e.g. "after-sales"');
const text = z.string().trim().min(1, 'must not be empty');
const cue = z.string().superRefine((value, ctx) => {
  try {
    parseCue(value);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: error instanceof Error ? error.message : String(error) });
  }
});

const ideaSchema = z.object({
  id,
  label: text,
  explanation: text,
  key: z.boolean(),
  taught: z.object({ lesson: id, section: id, part: text }).optional(),
  cues: z.array(cue).min(1, 'needs at least one cue, or the idea can never be recognised'),
});

const termSchema = z.object({
  id,
  label: text,
  prompt: text,
  ideas: z.array(id).min(1, 'needs at least one idea'),
  essential: z.array(id).optional(),
  goodAt: z.number().int('must be a whole number').positive('must be 1 or more'),
  model: text,
});

/** The schema of `lessons/definitions/definitions.json`, with the cross-checks between its parts. */
const definitionsContentSchema = z
  .object({
    $comment: z.string().optional(),
    steps: z
      .array(
        z.object({
          step: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
          title: text,
          instruction: text,
        }),
      )
      .length(4, 'must list the four steps'),
    terms: z.array(termSchema).min(1, 'needs at least one term'),
    critique: z.object({
      choices: z.array(z.object({ id, label: text })).min(2, 'needs at least two choices'),
      definitions: z
        .array(
          z.object({
            id,
            text,
            misses: z.array(id),
            feedback: text,
            notes: z.record(z.string(), text),
          }),
        )
        .min(1, 'needs at least one definition'),
    }),
    build: z.object({
      lead: text,
      elements: z.array(z.object({ idea: id, fragment: text })),
      distractors: z.array(z.object({ id, label: text, fragment: text, explanation: text })),
    }),
    ideas: z.array(ideaSchema).min(1, 'needs at least one idea'),
    complete: text,
  })
  .superRefine((c, ctx) => {
    const ideaIds = new Set(c.ideas.map((i) => i.id));
    const choiceIds = new Set(c.critique.choices.map((ch) => ch.id));
    c.terms.forEach((term, t) => {
      term.ideas.forEach((idea, i) => {
        if (!ideaIds.has(idea))
          ctx.addIssue({
            code: 'custom',
            path: ['terms', t, 'ideas', i],
            message: `names an unknown idea "${idea}"`,
          });
      });
      (term.essential ?? []).forEach((idea, i) => {
        if (!term.ideas.includes(idea))
          ctx.addIssue({
            code: 'custom',
            path: ['terms', t, 'essential', i],
            message: `"${idea}" is not one of the term's ideas`,
          });
      });
      if (term.goodAt > term.ideas.length)
        ctx.addIssue({
          code: 'custom',
          path: ['terms', t, 'goodAt'],
          message: `is more than the term's ${term.ideas.length} ideas`,
        });
    });
    c.critique.definitions.forEach((d, i) => {
      d.misses.forEach((m, j) => {
        if (!choiceIds.has(m))
          ctx.addIssue({
            code: 'custom',
            path: ['critique', 'definitions', i, 'misses', j],
            message: `names an unknown choice "${m}"`,
          });
      });
      for (const key of Object.keys(d.notes)) {
        if (!choiceIds.has(key))
          ctx.addIssue({
            code: 'custom',
            path: ['critique', 'definitions', i, 'notes', key],
            message: `is a note on an unknown choice "${key}"`,
          });
      }
    });
    c.ideas.forEach((idea, i) => {
      if (idea.key && !idea.taught)
        ctx.addIssue({
          code: 'custom',
          path: ['ideas', i, 'taught'],
          message: `key idea "${idea.id}" needs "taught": where the course teaches it, for the build step's hints`,
        });
      if (idea.key && !c.build.elements.some((e) => e.idea === idea.id))
        ctx.addIssue({
          code: 'custom',
          path: ['ideas', i, 'key'],
          message: `key idea "${idea.id}" has no build element (build.elements)`,
        });
    });
    c.build.elements.forEach((e, i) => {
      if (!ideaIds.has(e.idea))
        ctx.addIssue({
          code: 'custom',
          path: ['build', 'elements', i, 'idea'],
          message: `names an unknown idea "${e.idea}"`,
        });
    });
  });

/** A content error that names the file and the field, as a trainer reads it. */
class DefinitionsContentError extends Error {
  override name = 'DefinitionsContentError';
}

const where = (path: readonly PropertyKey[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');

/** Parses the content; throws a DefinitionsContentError listing every problem as "file: field: message". */
export function parseDefinitionsContent(input: unknown, file = DEFINITIONS_FILE): DefinitionsContent {
  const result = definitionsContentSchema.safeParse(input);
  if (result.success) {
    const { $comment: _comment, ...content } = result.data;
    return content as DefinitionsContent;
  }
  const lines = result.error.issues.map(
    (issue) => `${file}: ${where(issue.path) || '(top level)'}: ${issue.message}`,
  );
  throw new DefinitionsContentError(`Invalid definitions content:\n- ${lines.join('\n- ')}`);
}
