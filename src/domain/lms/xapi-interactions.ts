/**
 * Questions and role-play turns as xAPI interaction activities (xAPI 1.0.3, Data 2.4.4.1 "Interaction
 * Activities"): an interactionType, the components the learner chose from, and correctResponsesPattern, so an
 * LRS dashboard can show the question, the right answer and what each learner answered. Pure.
 */
import type { Question, Response } from '../activities/quiz-types';

type InteractionType = 'choice' | 'true-false' | 'sequencing' | 'matching' | 'fill-in' | 'long-fill-in';

/** One choice, step or matching term: an id and its words. */
interface InteractionComponent {
  id: string;
  description: Record<string, string>;
}

export interface InteractionDefinition {
  interactionType: InteractionType;
  /** Each entry is one fully correct response, in the interaction type's format. */
  correctResponsesPattern?: string[];
  choices?: InteractionComponent[];
  source?: InteractionComponent[];
  target?: InteractionComponent[];
}

const LANG = 'en-US';
/** The separators the xAPI response formats use; a part may not contain them. */
const LIST = '[,]';
const PAIR = '[.]';

const component = (id: string, text: string): InteractionComponent => ({
  id,
  description: { [LANG]: text },
});

/** Strips the format's separators from free text, so a typed "[,]" cannot split a response. */
const plain = (text: string) => text.replaceAll(LIST, ',').replaceAll(PAIR, '.');

/** The question as an interaction activity's definition, with its correct response(s). */
export function questionInteraction(question: Question): InteractionDefinition {
  switch (question.kind) {
    case 'single':
    case 'multiple': {
      const right = question.options.filter((o) => o.correct).map((o) => o.id);
      return {
        interactionType: 'choice',
        choices: question.options.map((o) => component(o.id, o.text)),
        // One correct option each for a single choice; all of them together for a multiple choice.
        correctResponsesPattern: question.kind === 'single' ? right : [right.join(LIST)],
      };
    }
    case 'truefalse':
      return { interactionType: 'true-false', correctResponsesPattern: [String(question.answer)] };
    case 'ordering':
      return {
        interactionType: 'sequencing',
        choices: question.items.map((i) => component(i.id, i.text)),
        correctResponsesPattern: [question.items.map((i) => i.id).join(LIST)],
      };
    case 'matching':
      return {
        interactionType: 'matching',
        source: question.pairs.map((p) => component(p.id, p.left)),
        target: question.pairs.map((p) => component(p.id, p.right)),
        correctResponsesPattern: [question.pairs.map((p) => `${p.id}${PAIR}${p.id}`).join(LIST)],
      };
    case 'short':
      // Answers are compared ignoring case (and spacing and punctuation), which the pattern says for case.
      return {
        interactionType: 'fill-in',
        correctResponsesPattern: question.accept.map((a) => `{case_matters=false}${plain(a.trim())}`),
      };
  }
}

/** A learner's response in the interaction type's format (choice ids, "true", "a[.]b[,]c[.]d", text). */
export function interactionResponse(question: Question, response: Response): string {
  switch (response.kind) {
    case 'single':
      return response.optionId;
    case 'multiple': {
      // Listed in the question's order, so equal answers read the same.
      const options = question.kind === 'multiple' ? question.options.map((o) => o.id) : [];
      return options.filter((id) => response.optionIds.includes(id)).join(LIST);
    }
    case 'truefalse':
      return String(response.value);
    case 'ordering':
      return response.itemIds.join(LIST);
    case 'matching': {
      const sources = question.kind === 'matching' ? question.pairs.map((p) => p.id) : [];
      return sources
        .filter((id) => response.matches[id] !== undefined)
        .map((id) => `${id}${PAIR}${response.matches[id]}`)
        .join(LIST);
    }
    case 'short':
      return plain(response.text.trim());
  }
}

/** A role-play turn: pick one of the replies (`choice`, the best ones as correct) or type one (`long-fill-in`). */
export function turnInteraction(turn: {
  freeText: boolean;
  choices: { id: string; text: string; best?: boolean }[];
}): InteractionDefinition {
  if (turn.freeText) return { interactionType: 'long-fill-in' };
  const best = turn.choices.filter((c) => c.best).map((c) => c.id);
  const definition: InteractionDefinition = {
    interactionType: 'choice',
    choices: turn.choices.map((c) => component(c.id, c.text)),
  };
  if (best.length > 0) definition.correctResponsesPattern = best;
  return definition;
}

/** A typed role-play reply in the long-fill-in format. */
export const typedResponse = (text: string) => plain(text.trim());
