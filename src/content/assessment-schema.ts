import { z } from '../domain/lib/zod';
import type { BankItem } from '../domain/assessment/assessment';

/**
 * The schema of a final-assessment bank file (`lessons/assessment/NN-slug.ts`). TypeScript checks the
 * shape as an author types; this schema checks what types cannot (ids, one right option, a situation
 * for every application item) and names the file and item of each problem.
 */
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and hyphens');
const text = z.string().trim().min(1, 'must not be empty');
const feedback = z.string().trim().min(10, 'needs a sentence that explains the answer');

const base = {
  id: z.string().regex(/^a-l\d+-\d{2}$/, 'must look like a-l3-07 (lesson number, then two digits)'),
  section: id,
  objective: z.number().int().min(1, 'counts objectives from 1'),
  demand: z.enum(['recall', 'understanding', 'application']),
  situation: z
    .object({
      channel: z.enum(['phone', 'chat', 'email', 'counter', 'help-desk', 'in-person', 'social']),
      industry: text,
    })
    .strict()
    .optional(),
  prompt: text,
  attempts: z.number().int().min(1).optional(),
  explanation: text.optional(),
};

const option = z.object({ id, text, correct: z.boolean(), feedback }).strict();
const uniqueIds = (list: { id: string }[]) => new Set(list.map((x) => x.id)).size === list.length;

const choice = (kind: 'single' | 'multiple') =>
  z
    .object({
      ...base,
      kind: z.literal(kind),
      options: z.array(option).min(3, 'needs at least three options'),
    })
    .strict()
    .refine((q) => uniqueIds(q.options), 'uses an option id twice')
    .refine((q) => q.options.some((o) => !o.correct), 'has no wrong option')
    .refine(
      (q) =>
        kind === 'single'
          ? q.options.filter((o) => o.correct).length === 1
          : q.options.some((o) => o.correct),
      kind === 'single' ? 'needs exactly one correct option' : 'needs at least one correct option',
    );

const itemSchema = z.union([
  choice('single'),
  choice('multiple'),
  z
    .object({
      ...base,
      kind: z.literal('truefalse'),
      answer: z.boolean(),
      feedbackTrue: feedback,
      feedbackFalse: feedback,
    })
    .strict(),
  z
    .object({
      ...base,
      kind: z.literal('ordering'),
      items: z.array(z.object({ id, text }).strict()).min(3, 'needs at least three items'),
    })
    .strict()
    .refine((q) => uniqueIds(q.items), 'uses an item id twice'),
  z
    .object({
      ...base,
      kind: z.literal('matching'),
      pairs: z.array(z.object({ id, left: text, right: text }).strict()).min(3, 'needs at least three pairs'),
    })
    .strict()
    .refine((q) => uniqueIds(q.pairs), 'uses a pair id twice')
    .refine((q) => new Set(q.pairs.map((p) => p.right)).size === q.pairs.length, 'repeats a right-hand text'),
  z
    .object({
      ...base,
      kind: z.literal('short'),
      accept: z.array(text).min(1, 'needs at least one accepted answer'),
      feedbackCorrect: feedback,
      feedbackIncorrect: feedback,
    })
    .strict(),
]);

const fileSchema = z.object({ lesson: id, items: z.array(z.unknown()).min(1, 'has no items') }).strict();

/** A bank file that cannot be used: the message names the file, the item and the field. */
export class BankError extends Error {
  override name = 'BankError';
}

function where(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '' : ` (${path.map(String).join('.')})`;
}

/**
 * Checks every bank file and returns the items with their lesson. Throws a BankError listing every
 * problem as `lessons/assessment/FILE, item ID: what is wrong (field)`.
 */
export function loadBank(files: Readonly<Record<string, unknown>>): BankItem[] {
  const problems: string[] = [];
  const items: BankItem[] = [];
  const seen = new Map<string, string>();
  for (const [file, content] of Object.entries(files)) {
    const name = `lessons/assessment/${file}`;
    const parsed = fileSchema.safeParse(content);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${name}: ${issue.message}${where(issue.path)}`);
      continue;
    }
    parsed.data.items.forEach((raw, index) => {
      const rawId = (raw as { id?: unknown } | null)?.id;
      const label = typeof rawId === 'string' ? `item ${rawId}` : `item ${index + 1}`;
      const item = itemSchema.safeParse(raw);
      if (!item.success) {
        const issue = item.error.issues[0];
        problems.push(
          `${name}, ${label}: ${issue?.message ?? 'is not a valid item'}${where(issue?.path ?? [])}`,
        );
        return;
      }
      const other = seen.get(item.data.id);
      if (other) problems.push(`${name}, ${label}: the id is also used in ${other}`);
      seen.set(item.data.id, name);
      items.push({ ...item.data, lesson: parsed.data.lesson } as BankItem);
    });
  }
  if (problems.length > 0)
    throw new BankError(`The assessment bank has problems:\n- ${problems.join('\n- ')}`);
  return items;
}
