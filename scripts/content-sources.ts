/**
 * Gathers the course's authored questions and role-plays as data, for the item-quality gate
 * (`npm run lint:content`) and the guessing benchmark. Lesson quizzes are read the way the course reads
 * them: each lesson's MDX is compiled and run, and every `<Quiz>` hands its children to the same
 * `collectQuestions` the page uses.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createElement, Fragment } from 'react';
import type { ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { createProcessor, evaluate } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { bankFiles } from '../lessons/assessment/index';
import { scenarios } from '../lessons/scenarios/index';
import { collectQuestions } from '../src/components/activities/quiz/collect-questions';
import * as quizTags from '../src/components/activities/quiz/quiz-tags';
import { loadBank } from '../src/content/assessment-schema';
import { readLessons } from '../src/content/lessons-plugin';
import type { QuestionSet, ScenarioSource } from '../src/domain/activities/item-quality';
import type { LessonObjectives } from '../src/domain/assessment/bank-coverage';
import type { BankItem } from '../src/domain/assessment/assessment';

const remarkPlugins = [remarkFrontmatter, remarkGfm];

/** Every JSX tag name used in an MDX body, read from its syntax tree. */
function tagNames(source: string): Set<string> {
  const tree = createProcessor({ remarkPlugins }).parse(source);
  const names = new Set<string>();
  const visit = (node: { type: string; name?: string | null; children?: unknown[] }) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name)
      names.add(node.name);
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(tree as never);
  return names;
}

const Nothing = () => null;

/** The quizzes of one lesson file, in the order written. */
async function quizzesOf(file: string): Promise<QuestionSet[]> {
  const source = readFileSync(file, 'utf8');
  const { default: Content } = await evaluate(source, { ...runtime, Fragment, remarkPlugins });
  const found: QuestionSet[] = [];
  const components: Record<string, unknown> = Object.fromEntries(
    [...tagNames(source)].map((n) => [n, Nothing]),
  );
  Object.assign(components, quizTags, {
    Quiz: ({ id, children }: { id: string; children?: ReactNode }) => {
      found.push({ file, activity: id, questions: collectQuestions(children, id) });
      return null;
    },
  });
  renderToStaticMarkup(createElement(Content, { components: components as never }));
  return found;
}

export interface CourseContent {
  quizzes: QuestionSet[];
  bank: QuestionSet[];
  bankItems: BankItem[];
  scenarios: ScenarioSource[];
  lessons: (LessonObjectives & { order: number; title: string })[];
}

export async function collectContent(root = process.cwd()): Promise<CourseContent> {
  const lessons = readLessons(path.join(root, 'lessons'), root).sort((a, b) => a.order - b.order);
  const quizzes = (await Promise.all(lessons.map((l) => quizzesOf(path.resolve(root, l.file))))).flat();
  const fileOf = new Map(
    Object.entries(bankFiles).map(([file, content]) => [content.lesson, `lessons/assessment/${file}`]),
  );
  // Checked against the bank's schema here: the course itself reads the bank unchecked.
  const assessmentBank = loadBank(bankFiles);
  const bank = Object.entries(bankFiles).map(([file, content]) => ({
    file: `lessons/assessment/${file}`,
    activity: content.lesson,
    questions: assessmentBank.filter((q) => q.lesson === content.lesson),
  }));
  return {
    quizzes: quizzes.map((q) => ({ ...q, file: path.relative(root, q.file) })),
    bank,
    bankItems: assessmentBank,
    scenarios: Object.values(scenarios).map((scenario) => ({
      file: `lessons/scenarios/${scenario.id}.ts`,
      scenario,
    })),
    lessons: lessons.map((l) => ({
      slug: l.slug,
      order: l.order,
      title: l.title,
      objectives: l.objectives,
      file: fileOf.get(l.slug) ?? `lessons/assessment (no file for ${l.slug})`,
    })),
  };
}
