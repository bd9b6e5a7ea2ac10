import { Fragment, isValidElement } from 'react';
import type { ReactElement, ReactNode } from 'react';
import type { ChoiceOption, Question } from '../../../domain/activities/quiz-types';
import { textOf } from '../../text-of';
import {
  Item,
  Matching,
  MultipleChoice,
  Option,
  Ordering,
  Pair,
  ShortText,
  SingleChoice,
  TrueFalse,
} from './quiz-tags';

/** A quiz written in a way the course cannot use; the message names the quiz and the question. */
export class QuizContentError extends Error {
  override name = 'QuizContentError';
}

type Props = Record<string, unknown>;
type Element = ReactElement<Props>;

const QUESTION_TAGS = '<SingleChoice>, <MultipleChoice>, <TrueFalse>, <Ordering>, <Matching> or <ShortText>';

function tagName(element: Element): string {
  const { type } = element;
  if (typeof type === 'string') return `<${type}>`;
  if (typeof type === 'function' && type.name) return `<${type.name}>`;
  return 'an element';
}

/** The elements among some children, with fragments opened up and blank text and comments skipped. */
function elementsOf(children: ReactNode, fail: (message: string) => never): Element[] {
  const out: Element[] = [];
  const visit = (node: ReactNode): void => {
    if (node === null || node === undefined || typeof node === 'boolean') return;
    if (typeof node === 'string' || typeof node === 'number') {
      if (String(node).trim() !== '') fail(`has stray text "${String(node).trim().slice(0, 40)}"`);
      return;
    }
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (isValidElement<Props>(node)) {
      if (node.type === Fragment) visit(node.props.children as ReactNode);
      else out.push(node);
    }
  };
  visit(children);
  return out;
}

const plainText = (node: unknown): string =>
  textOf(node as ReactNode)
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Reads the questions of a `<Quiz>` from its children: `<SingleChoice>`, `<MultipleChoice>`,
 * `<TrueFalse>`, `<Ordering>`, `<Matching>` and `<ShortText>` tags, with their `<Option>`, `<Item>`
 * and `<Pair>` children, in the order written. Throws a QuizContentError naming the quiz and question
 * for content that cannot work: a missing id or prompt, no options, no right option, repeated ids.
 */
export function collectQuestions(children: ReactNode, quizId = 'quiz'): Question[] {
  const quizFail = (message: string): never => {
    throw new QuizContentError(`Quiz "${quizId}" ${message}.`);
  };
  const questions: Question[] = [];
  const seen = new Set<string>();
  for (const element of elementsOf(children, quizFail)) {
    const props = element.props;
    const id = typeof props.id === 'string' ? props.id.trim() : '';
    if (!isQuestionTag(element)) {
      quizFail(`contains ${tagName(element)}, which is not a question. Use ${QUESTION_TAGS}`);
    }
    if (id === '') quizFail(`has a ${tagName(element)} without an id="..."`);
    const fail = (message: string): never => {
      throw new QuizContentError(`Quiz "${quizId}", question "${id}": ${message}.`);
    };
    if (seen.has(id)) fail('this question id is used twice in the quiz');
    seen.add(id);
    questions.push(readQuestion(element, id, fail));
  }
  if (questions.length === 0) quizFail('has no questions');
  return questions;
}

function isQuestionTag(element: Element): boolean {
  return [SingleChoice, MultipleChoice, TrueFalse, Ordering, Matching, ShortText].some(
    (tag) => element.type === tag,
  );
}

function readQuestion(element: Element, id: string, fail: (message: string) => never): Question {
  const props = element.props;
  const prompt = typeof props.prompt === 'string' ? props.prompt.trim() : '';
  if (prompt === '') fail('it needs a prompt="..."');
  const base: { id: string; prompt: string; attempts?: number; explanation?: string } = { id, prompt };
  if (props.attempts !== undefined) {
    if (typeof props.attempts !== 'number' || !Number.isInteger(props.attempts) || props.attempts < 1) {
      fail('attempts must be a whole number of at least 1, written attempts={2}');
    }
    base.attempts = props.attempts as number;
  }
  if (typeof props.explanation === 'string' && props.explanation.trim() !== '') {
    base.explanation = props.explanation.trim();
  }
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

  switch (element.type) {
    case SingleChoice:
    case MultipleChoice: {
      const single = element.type === SingleChoice;
      const options = readOptions(props.children as ReactNode, fail);
      const right = options.filter((o) => o.correct).length;
      if (options.length < 2) fail('a choice question needs at least two <Option>s');
      if (right === 0) fail('no <Option> is marked correct');
      if (single && right > 1) fail('a single-choice question must have exactly one correct <Option>');
      return single ? { ...base, kind: 'single', options } : { ...base, kind: 'multiple', options };
    }
    case TrueFalse:
      if (typeof props.answer !== 'boolean')
        fail('a true/false question needs answer={true} or answer={false}');
      return {
        ...base,
        kind: 'truefalse',
        answer: props.answer as boolean,
        feedbackTrue: text(props.feedbackTrue),
        feedbackFalse: text(props.feedbackFalse),
      };
    case Ordering: {
      const items = readChildren(props.children as ReactNode, Item, '<Item>', fail).map(
        ({ id: itemId, props: p }) => {
          const itemText = plainText(p.children);
          if (itemText === '') fail(`the <Item id="${itemId}"> has no text`);
          return { id: itemId, text: itemText };
        },
      );
      if (items.length < 2) fail('an ordering question needs at least two <Item>s');
      return { ...base, kind: 'ordering', items };
    }
    case Matching: {
      const pairs = readChildren(props.children as ReactNode, Pair, '<Pair>', fail).map(
        ({ id: pairId, props: p }) => {
          const left = text(p.left);
          const right = text(p.right);
          if (left === '' || right === '')
            fail(`the <Pair id="${pairId}"> needs both left="..." and right="..."`);
          return { id: pairId, left, right };
        },
      );
      if (pairs.length < 2) fail('a matching question needs at least two <Pair>s');
      const rights = new Set(pairs.map((p) => p.right.toLowerCase()));
      if (rights.size !== pairs.length) fail('two <Pair>s have the same right="..." text');
      return { ...base, kind: 'matching', pairs };
    }
    default: {
      const accept = Array.isArray(props.accept)
        ? props.accept.filter((a): a is string => typeof a === 'string' && a.trim() !== '')
        : [];
      if (accept.length === 0)
        fail("a short-text question needs accept={['answer', ...]} with at least one answer");
      return {
        ...base,
        kind: 'short',
        accept,
        feedbackCorrect: text(props.feedbackCorrect),
        feedbackIncorrect: text(props.feedbackIncorrect),
      };
    }
  }
}

/** The children of one tag (`<Option>`, `<Item>`, `<Pair>`), each with a unique id. */
function readChildren(
  children: ReactNode,
  tag: unknown,
  name: string,
  fail: (message: string) => never,
): { id: string; props: Props }[] {
  const ids = new Set<string>();
  return elementsOf(children, (message) => fail(`it ${message}`)).map((element) => {
    if (element.type !== tag) fail(`it contains ${tagName(element)} where only ${name} belongs`);
    const id = typeof element.props.id === 'string' ? element.props.id.trim() : '';
    if (id === '') fail(`a ${name} has no id="..."`);
    if (ids.has(id)) fail(`the ${name} id "${id}" is used twice`);
    ids.add(id);
    return { id, props: element.props };
  });
}

function readOptions(children: ReactNode, fail: (message: string) => never): ChoiceOption[] {
  return readChildren(children, Option, '<Option>', fail).map(({ id, props }) => {
    const text = plainText(props.children);
    if (text === '') fail(`the <Option id="${id}"> has no text`);
    return {
      id,
      text,
      correct: props.correct === true,
      feedback: typeof props.feedback === 'string' ? props.feedback.trim() : '',
    };
  });
}
