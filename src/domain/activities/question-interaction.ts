/**
 * A question and the learner's response as a tracker-neutral interaction: its type in the words SCORM and
 * xAPI share, what the learner answered and what counts as correct, by the ids written in the content.
 * SCORM (cmi.interactions) and xAPI (interaction activities) each format it their own way.
 */
import type { Question, Response } from './quiz-types';
import { scoreResponse } from './quiz-scoring';

interface Base {
  /** The question's prompt, for reports. */
  description: string;
}

export type QuestionInteraction = Base &
  (
    | { type: 'choice'; response: string[]; correct: string[]; choices: string[] }
    | { type: 'true-false'; response: boolean | null; correct: boolean }
    | { type: 'sequencing'; response: string[]; correct: string[]; choices: string[] }
    | { type: 'matching'; response: [string, string][]; correct: [string, string][]; choices: string[] }
    | { type: 'fill-in'; response: string; correct: string[] }
  );

/** One answer to one question, ready for a tracker: the interaction, and how it was judged. */
export interface AnsweredQuestion {
  interaction: QuestionInteraction;
  correct: boolean;
  /** 0..1 */
  credit: number;
}

/**
 * The interaction for `question` answered with `response` (undefined or of another kind: no answer).
 * `choices` lists every option, item or pair id in the order the content writes them, so a format that
 * needs short positional codes (SCORM 1.2's single characters) maps them the same way every time.
 */
export function questionInteraction(question: Question, response: Response | undefined): QuestionInteraction {
  const description = question.prompt;
  const given = response && response.kind === question.kind ? response : undefined;
  switch (question.kind) {
    case 'single':
    case 'multiple': {
      const ids = question.options.map((o) => o.id);
      const chosen =
        given?.kind === 'single' ? [given.optionId] : given?.kind === 'multiple' ? given.optionIds : [];
      return {
        type: 'choice',
        description,
        choices: ids,
        response: [...new Set(chosen)].filter((id) => ids.includes(id)),
        correct: question.options.filter((o) => o.correct).map((o) => o.id),
      };
    }
    case 'truefalse':
      return {
        type: 'true-false',
        description,
        response: given?.kind === 'truefalse' ? given.value : null,
        correct: question.answer,
      };
    case 'ordering': {
      const ids = question.items.map((i) => i.id);
      return {
        type: 'sequencing',
        description,
        choices: ids,
        response: given?.kind === 'ordering' ? given.itemIds.filter((id) => ids.includes(id)) : [],
        correct: ids,
      };
    }
    case 'matching': {
      const ids = question.pairs.map((p) => p.id);
      const matches = given?.kind === 'matching' ? given.matches : {};
      return {
        type: 'matching',
        description,
        choices: ids,
        response: ids.flatMap((id): [string, string][] => {
          const target = matches[id];
          return target !== undefined && ids.includes(target) ? [[id, target]] : [];
        }),
        correct: ids.map((id): [string, string] => [id, id]),
      };
    }
    case 'short':
      return {
        type: 'fill-in',
        description,
        response: given?.kind === 'short' ? given.text.trim() : '',
        correct: question.accept,
      };
  }
}

/** The interaction with the verdict the course's own scoring gives. */
export function answeredQuestion(question: Question, response: Response | undefined): AnsweredQuestion {
  const interaction = questionInteraction(question, response);
  if (!response || response.kind !== question.kind) return { interaction, correct: false, credit: 0 };
  const { correct, credit } = scoreResponse(question, response);
  return { interaction, correct, credit };
}
