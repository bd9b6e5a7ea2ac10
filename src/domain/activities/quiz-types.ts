/**
 * The shapes of knowledge-check questions. Lessons write them as MDX tags
 * (see docs/authoring.md); the final assessment bank writes them as data.
 * Every id is a stable string written in the content, never a position.
 */

export interface ChoiceOption {
  id: string;
  text: string;
  correct: boolean;
  /** Why this option is right or wrong: shown when the learner picks it. */
  feedback: string;
}

interface QuestionBase {
  id: string;
  prompt: string;
  /** How many checks the learner gets before "Show the answer" appears. Default 2. */
  attempts?: number;
  /** Shown after the answer is checked or revealed, whatever was chosen. */
  explanation?: string;
}

export interface SingleChoiceQuestion extends QuestionBase {
  kind: 'single';
  options: ChoiceOption[];
}

export interface MultipleChoiceQuestion extends QuestionBase {
  kind: 'multiple';
  options: ChoiceOption[];
}

export interface TrueFalseQuestion extends QuestionBase {
  kind: 'truefalse';
  answer: boolean;
  feedbackTrue: string;
  feedbackFalse: string;
}

export interface OrderingQuestion extends QuestionBase {
  kind: 'ordering';
  /** Items in their correct order. */
  items: { id: string; text: string }[];
}

export interface MatchingQuestion extends QuestionBase {
  kind: 'matching';
  /** Each left term with its correct right-hand match. */
  pairs: { id: string; left: string; right: string }[];
}

export interface ShortTextQuestion extends QuestionBase {
  kind: 'short';
  /** Accepted answers; compared ignoring case, spacing and punctuation. */
  accept: string[];
  feedbackCorrect: string;
  feedbackIncorrect: string;
}

export type Question =
  | SingleChoiceQuestion
  | MultipleChoiceQuestion
  | TrueFalseQuestion
  | OrderingQuestion
  | MatchingQuestion
  | ShortTextQuestion;

export type QuestionKind = Question['kind'];

/** A learner's response, by question kind. */
export type Response =
  | { kind: 'single'; optionId: string }
  | { kind: 'multiple'; optionIds: string[] }
  | { kind: 'truefalse'; value: boolean }
  | { kind: 'ordering'; itemIds: string[] }
  | { kind: 'matching'; matches: Record<string, string> }
  | { kind: 'short'; text: string };
