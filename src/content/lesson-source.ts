import { parse as parseYaml } from 'yaml';
import { slugify } from '../domain/lib/slug.ts';
import { lessonMinutes } from '../domain/course/lesson-minutes.ts';
import { measureLesson } from './lesson-measure.ts';
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

function splitFrontmatter(file: string, source: string): { yaml: string; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match)
    throw new LessonError(`${file}: no frontmatter. A lesson starts with a block between two "---" lines.`);
  return { yaml: match[1] ?? '', body: source.slice(match[0].length) };
}

function withoutCodeFences(body: string): string {
  return body.replace(/^```[\s\S]*?^```/gm, '');
}

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}=(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
}

export function extractSections(file: string, body: string): LessonSection[] {
  const sections: LessonSection[] = [];
  for (const m of withoutCodeFences(body).matchAll(/^##[ \t]+(.+?)[ \t#]*$/gm)) {
    const title = (m[1] ?? '').replace(/[*_`]/g, '').trim();
    const id = slugify(title);
    if (sections.some((s) => s.id === id)) {
      throw new LessonError(`${file}: two sections are headed "${title}". Section headings must be unique.`);
    }
    sections.push({ id, title });
  }
  return sections;
}

export function extractActivities(file: string, body: string): LessonActivity[] {
  const activities: LessonActivity[] = [];
  for (const m of withoutCodeFences(body).matchAll(
    /<(Quiz|Reflection|RolePlay|DefinitionsExercise)\b([^>]*)>/g,
  )) {
    const tag = m[1] ?? '';
    const attrs = m[2] ?? '';
    const kind = TAG_KINDS[tag];
    if (!kind) continue;
    const id = attribute(attrs, kind === 'roleplay' ? 'scenario' : 'id');
    if (!id) {
      const wanted = kind === 'roleplay' ? 'scenario' : 'id';
      throw new LessonError(`${file}: a <${tag}> has no ${wanted}="...". Every activity needs a stable id.`);
    }
    if (activities.some((a) => a.id === id)) {
      throw new LessonError(`${file}: the activity id "${id}" is used twice.`);
    }
    activities.push({ id, kind, required: !/\boptional\b/.test(attrs) });
  }
  return activities;
}

/** Reads one lesson file's text into its metadata, or throws a LessonError naming the file and field. */
export function parseLessonSource(file: string, source: string): LessonMeta {
  const { yaml, body } = splitFrontmatter(file, source);
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
    minutes: lessonMinutes(measureLesson(body)),
    file,
    sections: extractSections(file, body),
    activities: extractActivities(file, body),
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
