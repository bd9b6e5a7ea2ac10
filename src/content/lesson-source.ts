import { parse as parseYaml } from 'yaml';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { lessonMinutes } from '../domain/course/lesson-minutes.ts';
import { chunksForTags } from '../domain/course/tag-chunks.ts';
import { TAG_CHUNKS } from './tag-chunks.ts';
import { measureTree } from './lesson-measure.ts';
import { headingId, parseLessonTree, sectionHeadings } from './lesson-tree.ts';
import { lessonFrontmatterSchema } from './lesson-schema.ts';
import type { ActivityKind, LessonActivity, LessonMeta, LessonSection } from './lesson-schema.ts';

/** A lesson file that cannot be used, with a message naming the file and what is wrong. */
export class LessonError extends Error {
  override name = 'LessonError';
}

const TAG_KINDS: Record<string, ActivityKind> = {
  Quiz: 'quiz',
  Reflection: 'reflection',
  RolePlay: 'roleplay',
  DefinitionsExercise: 'definitions',
};

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

const attribute = (attributes: JsxAttribute[], name: string): JsxAttribute | undefined =>
  attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);

const stringAttribute = (attributes: JsxAttribute[], name: string): string | undefined => {
  const value = attribute(attributes, name)?.value;
  return typeof value === 'string' ? value : undefined;
};

function parseTree(file: string, source: string): Root {
  try {
    return parseLessonTree(source);
  } catch (error) {
    const message = (error as Error).message.split('\n')[0];
    throw new LessonError(`${file}: the lesson cannot be read as MDX (${message}).`);
  }
}

function frontmatterOf(file: string, tree: Root): string {
  const first = tree.children[0];
  if (first?.type !== 'yaml')
    throw new LessonError(`${file}: no frontmatter. A lesson starts with a block between two "---" lines.`);
  return first.value;
}

function sectionsOf(file: string, tree: Root): LessonSection[] {
  const sections: LessonSection[] = [];
  for (const heading of sectionHeadings(tree)) {
    const title = toString(heading).trim();
    const id = headingId(heading);
    if (sections.some((s) => s.id === id)) {
      throw new LessonError(`${file}: two sections are headed "${title}". Section headings must be unique.`);
    }
    sections.push({ id, title });
  }
  return sections;
}

function activitiesOf(file: string, tree: Root): LessonActivity[] {
  const activities: LessonActivity[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const { name, attributes } = node as unknown as { name: string | null; attributes: JsxAttribute[] };
    const kind = name ? TAG_KINDS[name] : undefined;
    if (!kind) return;
    const wanted = kind === 'roleplay' ? 'scenario' : 'id';
    const id = stringAttribute(attributes, wanted);
    if (!id) {
      throw new LessonError(`${file}: a <${name}> has no ${wanted}="...". Every activity needs a stable id.`);
    }
    if (activities.some((a) => a.id === id)) {
      throw new LessonError(`${file}: the activity id "${id}" is used twice.`);
    }
    activities.push({ id, kind, required: attribute(attributes, 'optional') === undefined });
  });
  return activities;
}

/** The name of every JSX tag the lesson writes (code blocks are not tags). */
function tagsOf(tree: Root): Set<string> {
  const names = new Set<string>();
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const { name } = node as unknown as { name: string | null };
    if (name) names.add(name);
  });
  return names;
}

/** Reads one lesson file's text into its metadata, or throws a LessonError naming the file and field. */
export function parseLessonSource(file: string, source: string): LessonMeta {
  const tree = parseTree(file, source);
  const yaml = frontmatterOf(file, tree);
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch (error) {
    throw new LessonError(
      `${file}: the frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]}).`,
    );
  }
  const result = lessonFrontmatterSchema.safeParse(data ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const field =
        issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '(root)');
      return `frontmatter field "${field}": ${issue.message}`;
    });
    throw new LessonError(`${file}: ${problems.join('; ')}`);
  }
  return {
    ...result.data,
    minutes: lessonMinutes(measureTree(tree)),
    file,
    sections: sectionsOf(file, tree),
    activities: activitiesOf(file, tree),
    chunks: chunksForTags(tagsOf(tree), TAG_CHUNKS),
  };
}

/** Checks a whole course: unique slugs, orders and activity ids. Returns the lessons in course order. */
export function checkCourse(lessons: LessonMeta[]): LessonMeta[] {
  const seen = new Map<string, string>();
  const claim = (key: string, file: string, what: string) => {
    const other = seen.get(key);
    if (other) throw new LessonError(`${file}: ${what} is already used by ${other}.`);
    seen.set(key, file);
  };
  for (const lesson of lessons) {
    claim(`slug:${lesson.slug}`, lesson.file, `frontmatter field "slug" (${lesson.slug})`);
    claim(`order:${lesson.order}`, lesson.file, `frontmatter field "order" (${lesson.order})`);
    for (const activity of lesson.activities)
      claim(`activity:${activity.id}`, lesson.file, `activity id "${activity.id}"`);
  }
  return [...lessons].sort((a, b) => a.order - b.order);
}
