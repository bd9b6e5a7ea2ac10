import type { Root } from 'mdast';
import { noWork } from '../domain/course/lesson-minutes.ts';
import type { LessonWork } from '../domain/course/lesson-minutes.ts';
import { parseLessonTree } from './lesson-tree.ts';

/** The parts of an MDX syntax-tree node this module reads. */
interface MdxNode {
  type: string;
  name?: string | null;
  value?: string;
  children?: MdxNode[];
}

const QUESTION_TAGS = new Set([
  'SingleChoice',
  'MultipleChoice',
  'TrueFalse',
  'Ordering',
  'Matching',
  'ShortText',
]);
const isDiagram = (name: string) => /^[A-Z]\w*Diagram$/.test(name);

/** Words in a stretch of text: runs that hold a letter or digit ("—" and "·" do not count). */
function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

function countQuestions(node: MdxNode): number {
  let n = 0;
  for (const child of node.children ?? []) {
    if (child.type.startsWith('mdxJsx') && QUESTION_TAGS.has(child.name ?? '')) n += 1;
    else n += countQuestions(child);
  }
  return n;
}

/**
 * Counts what `lessonMinutes` needs from a lesson's MDX syntax tree: prose words outside activities, quiz
 * questions, role-plays, reflections, definitions exercises, diagrams. The frontmatter is not prose.
 */
export function measureTree(tree: Root): LessonWork {
  const work = noWork();
  const visit = (node: MdxNode) => {
    if (node.type === 'text' || node.type === 'inlineCode') {
      work.words += countWords(node.value ?? '');
      return;
    }
    if (node.type === 'code') return;
    if (node.type.startsWith('mdxJsx')) {
      const name = node.name ?? '';
      if (name === 'Quiz') return void (work.quizQuestions += countQuestions(node));
      if (name === 'RolePlay') return void (work.rolePlays += 1);
      if (name === 'Reflection') return void (work.reflections += 1);
      if (name === 'DefinitionsExercise') return void (work.definitionsExercises += 1);
      if (isDiagram(name)) return void (work.diagrams += 1);
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree as unknown as MdxNode);
  return work;
}

/** The same count from a lesson's text. */
export const measureLesson = (source: string): LessonWork => measureTree(parseLessonTree(source));
