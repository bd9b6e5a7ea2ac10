/**
 * Scoring and attempt rules for knowledge checks. Pure functions over the shapes in quiz-types.ts:
 * `scoreResponse` judges one response, the QuestionState functions are the attempt state machine
 * (`next = checkAnswer(question, state, response)`), and `scoreQuiz` totals a quiz.
 */
import type {
  MatchingQuestion,
  MultipleChoiceQuestion,
  OrderingQuestion,
  Question,
  Response,
  ShortTextQuestion,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from './quiz-types';
import { matchesAccepted } from '../lib/text-normalise';

/** One piece of feedback, tied to what it is about. */
interface FeedbackItem {
  /** An option id, an ordering item id, a matching pair id, or the question id for the whole answer. */
  targetId: string;
  /** Whether this part of the answer is right. */
  correct: boolean;
  message: string;
}

export interface ScoreResult {
  /** True only for a fully right answer. */
  correct: boolean;
  /** 0..1 */
  credit: number;
  feedback: FeedbackItem[];
}

/** Default number of checks a learner gets before the answer can be revealed. */
const DEFAULT_ATTEMPTS = 2;
/** Default share of the marks needed to master a quiz. */
export const DEFAULT_MASTERY = 0.8;
/** Tolerance for comparing scores, so rounding in sums of fractions never fails a learner on the line. */
const EPSILON = 1e-9;

/**
 * The partial-credit rule for "select all that apply" questions, in words for learners:
 * credit = max(0, (correct options chosen − wrong options chosen) / number of correct options),
 * and the answer counts as correct only when exactly the right options are chosen.
 */
export const PARTIAL_CREDIT_RULE =
  'Each right option you pick earns an equal share of the marks, and each wrong option you pick takes one share away. ' +
  'Your mark for the question never goes below zero, and it counts as fully correct only when you pick exactly the right options.';

const NO_CREDIT: ScoreResult = { correct: false, credit: 0, feedback: [] };

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

function scoreSingle(q: SingleChoiceQuestion, optionId: string): ScoreResult {
  const option = q.options.find((o) => o.id === optionId);
  if (!option) return NO_CREDIT;
  return {
    correct: option.correct,
    credit: option.correct ? 1 : 0,
    feedback: [{ targetId: option.id, correct: option.correct, message: option.feedback }],
  };
}

/** See PARTIAL_CREDIT_RULE. Unknown and repeated option ids are ignored. */
function scoreMultiple(q: MultipleChoiceQuestion, optionIds: readonly string[]): ScoreResult {
  const chosen = new Set(optionIds);
  const picked = q.options.filter((o) => chosen.has(o.id));
  const correctCount = q.options.filter((o) => o.correct).length;
  const rightPicked = picked.filter((o) => o.correct).length;
  const wrongPicked = picked.length - rightPicked;
  const correct = rightPicked === correctCount && wrongPicked === 0;
  const credit =
    correctCount === 0 ? (correct ? 1 : 0) : Math.max(0, (rightPicked - wrongPicked) / correctCount);
  const feedback: FeedbackItem[] = picked.map((o) => ({
    targetId: o.id,
    correct: o.correct,
    message: o.feedback,
  }));
  const notFound = correctCount - rightPicked;
  if (notFound > 0 && picked.length > 0) {
    feedback.push({
      targetId: q.id,
      correct: false,
      message:
        notFound === 1
          ? 'There is one more right option you have not picked.'
          : `There are ${notFound} more right options you have not picked.`,
    });
  }
  return { correct, credit, feedback };
}

function scoreTrueFalse(q: TrueFalseQuestion, value: boolean): ScoreResult {
  const correct = value === q.answer;
  return {
    correct,
    credit: correct ? 1 : 0,
    feedback: [{ targetId: q.id, correct, message: value ? q.feedbackTrue : q.feedbackFalse }],
  };
}

/** Credit is the share of items in their correct position. */
function scoreOrdering(q: OrderingQuestion, itemIds: readonly string[]): ScoreResult {
  const feedback: FeedbackItem[] = q.items.map((item, i) => {
    const atPlace = itemIds[i] === item.id;
    return {
      targetId: item.id,
      correct: atPlace,
      message: atPlace ? `“${item.text}” is in the right place.` : `“${item.text}” is out of place.`,
    };
  });
  const inPlace = feedback.filter((f) => f.correct).length;
  const total = q.items.length;
  const correct = inPlace === total && itemIds.length === total;
  return { correct, credit: total === 0 ? (correct ? 1 : 0) : inPlace / total, feedback };
}

/**
 * `matches` maps each pair id (its left-hand term) to the pair id whose right-hand text the learner
 * chose. Credit is the share of pairs matched correctly.
 */
function scoreMatching(q: MatchingQuestion, matches: Readonly<Record<string, string>>): ScoreResult {
  const feedback: FeedbackItem[] = q.pairs.map((pair) => {
    const chosen = matches[pair.id];
    const right = chosen === pair.id;
    const message = right
      ? `“${pair.left}” is matched correctly.`
      : chosen === undefined || chosen === ''
        ? `“${pair.left}” has no match yet.`
        : `“${pair.left}” is not matched correctly.`;
    return { targetId: pair.id, correct: right, message };
  });
  const rightCount = feedback.filter((f) => f.correct).length;
  const total = q.pairs.length;
  const correct = rightCount === total;
  return { correct, credit: total === 0 ? 1 : rightCount / total, feedback };
}

function scoreShort(q: ShortTextQuestion, text: string): ScoreResult {
  const correct = matchesAccepted(text, q.accept);
  return {
    correct,
    credit: correct ? 1 : 0,
    feedback: [{ targetId: q.id, correct, message: correct ? q.feedbackCorrect : q.feedbackIncorrect }],
  };
}

/**
 * Judges one response. Single choice, true/false and short text earn 0 or 1; multiple choice earns
 * partial credit (PARTIAL_CREDIT_RULE); ordering earns the share of items in place; matching the
 * share of pairs right. A response of the wrong kind earns nothing.
 */
export function scoreResponse(question: Question, response: Response): ScoreResult {
  switch (question.kind) {
    case 'single':
      return response.kind === 'single' ? scoreSingle(question, response.optionId) : NO_CREDIT;
    case 'multiple':
      return response.kind === 'multiple' ? scoreMultiple(question, response.optionIds) : NO_CREDIT;
    case 'truefalse':
      return response.kind === 'truefalse' ? scoreTrueFalse(question, response.value) : NO_CREDIT;
    case 'ordering':
      return response.kind === 'ordering' ? scoreOrdering(question, response.itemIds) : NO_CREDIT;
    case 'matching':
      return response.kind === 'matching' ? scoreMatching(question, response.matches) : NO_CREDIT;
    case 'short':
      return response.kind === 'short' ? scoreShort(question, response.text) : NO_CREDIT;
  }
}

/**
 * Whether a response is ready to be checked: an existing option chosen (at least one for multiple
 * choice), every ordering item placed once, every matching slot filled with a real pair, text not blank.
 */
export function isResponseComplete(question: Question, response: Response | undefined): boolean {
  if (!response || response.kind !== question.kind) return false;
  switch (response.kind) {
    case 'single':
      return question.kind === 'single' && question.options.some((o) => o.id === response.optionId);
    case 'multiple':
      return question.kind === 'multiple' && question.options.some((o) => response.optionIds.includes(o.id));
    case 'truefalse':
      return typeof response.value === 'boolean';
    case 'ordering': {
      if (question.kind !== 'ordering') return false;
      const ids = response.itemIds;
      return (
        ids.length === question.items.length &&
        unique(ids).length === ids.length &&
        question.items.every((i) => ids.includes(i.id))
      );
    }
    case 'matching': {
      if (question.kind !== 'matching') return false;
      const pairIds = new Set(question.pairs.map((p) => p.id));
      return question.pairs.every((p) => {
        const chosen = response.matches[p.id];
        return chosen !== undefined && pairIds.has(chosen);
      });
    }
    case 'short':
      return response.text.trim() !== '';
  }
}

// ---------------------------------------------------------------------------------------------
// Attempt state machine

export type QuestionStatus = 'unanswered' | 'correct' | 'incorrect' | 'revealed';

export interface QuestionState {
  /** The last response that was checked. */
  response?: Response;
  /** How many times the learner has checked an answer. */
  attempts: number;
  status: QuestionStatus;
  /** Credit (0..1) of the last checked response; 0 before any check. */
  credit: number;
}

export interface RevealOptions {
  /** Let the learner reveal the answer before using up their attempts (e.g. in practice mode). */
  allowEarly?: boolean;
}

export const initialQuestionState = (): QuestionState => ({ attempts: 0, status: 'unanswered', credit: 0 });

/** The number of checks a question allows: `question.attempts`, default 2, never fewer than 1. */
export function maxAttempts(question: Question): number {
  return Math.max(1, Math.floor(question.attempts ?? DEFAULT_ATTEMPTS));
}

/** True once the learner can no longer change the answer: right, revealed, or out of attempts. */
export function isSettled(question: Question, state: QuestionState): boolean {
  return state.status === 'correct' || state.status === 'revealed' || state.attempts >= maxAttempts(question);
}

/** Whether the learner may check (another) answer. */
export function canCheck(question: Question, state: QuestionState): boolean {
  return !isSettled(question, state);
}

/** Whether "Try again" applies: the last check was wrong and attempts remain. */
export function canRetry(question: Question, state: QuestionState): boolean {
  return state.status === 'incorrect' && state.attempts < maxAttempts(question);
}

/**
 * Checks a response: counts the attempt and records status and credit. Returns the same state
 * object unchanged when checking is not allowed (already right or revealed, out of attempts)
 * or the response is not complete, so callers can compare by reference.
 */
export function checkAnswer(question: Question, state: QuestionState, response: Response): QuestionState {
  if (!canCheck(question, state) || !isResponseComplete(question, response)) return state;
  const result = scoreResponse(question, response);
  return {
    response,
    attempts: state.attempts + 1,
    status: result.correct ? 'correct' : 'incorrect',
    credit: result.credit,
  };
}

/** Whether "Show the answer" is allowed: not yet right or revealed, and attempts used up (or early reveal allowed). */
export function canReveal(question: Question, state: QuestionState, options: RevealOptions = {}): boolean {
  if (state.status === 'correct' || state.status === 'revealed') return false;
  return options.allowEarly === true || state.attempts >= maxAttempts(question);
}

/**
 * Reveals the answer. The question keeps the credit of the learner's last checked response (0 if
 * none). Returns the same state unchanged when revealing is not allowed.
 */
export function reveal(question: Question, state: QuestionState, options: RevealOptions = {}): QuestionState {
  if (!canReveal(question, state, options)) return state;
  return { ...state, status: 'revealed', credit: state.attempts > 0 ? state.credit : 0 };
}

/** The right answer, as a response, for showing once revealed. */
export function correctResponse(question: Question): Response {
  switch (question.kind) {
    case 'single':
      return { kind: 'single', optionId: question.options.find((o) => o.correct)?.id ?? '' };
    case 'multiple':
      return { kind: 'multiple', optionIds: question.options.filter((o) => o.correct).map((o) => o.id) };
    case 'truefalse':
      return { kind: 'truefalse', value: question.answer };
    case 'ordering':
      return { kind: 'ordering', itemIds: question.items.map((i) => i.id) };
    case 'matching':
      return { kind: 'matching', matches: Object.fromEntries(question.pairs.map((p) => [p.id, p.id])) };
    case 'short':
      return { kind: 'short', text: question.accept[0] ?? '' };
  }
}

/** The feedback for the last checked response, or null before any check. */
export function lastFeedback(question: Question, state: QuestionState): ScoreResult | null {
  return state.response ? scoreResponse(question, state.response) : null;
}

// ---------------------------------------------------------------------------------------------
// Whole quiz

export interface QuizScore {
  /** points / maxPoints, 0..1 */
  score: number;
  /** Sum of question credits. */
  points: number;
  /** One point per question. */
  maxPoints: number;
  /** Questions checked at least once or revealed. */
  answered: number;
  total: number;
  /** score ≥ mastery (within a tiny tolerance, so exactly 80% of 0.8 passes). */
  mastered: boolean;
  /** Every question is right, revealed, or out of attempts. */
  finished: boolean;
}

/**
 * Totals a quiz. Each question is worth one point and earns the credit of its last checked
 * response (a revealed question included); questions without a state earn 0. `states` is keyed by
 * question id. A quiz with no questions scores 0 and is neither mastered nor finished.
 */
export function scoreQuiz(
  questions: readonly Question[],
  states: Readonly<Record<string, QuestionState | undefined>>,
  mastery: number = DEFAULT_MASTERY,
): QuizScore {
  const threshold = Math.min(1, Math.max(0, mastery));
  let points = 0;
  let answered = 0;
  let settled = 0;
  for (const q of questions) {
    const state = states[q.id] ?? initialQuestionState();
    points += Math.min(1, Math.max(0, state.credit));
    if (state.attempts > 0 || state.status === 'revealed') answered += 1;
    if (isSettled(q, state)) settled += 1;
  }
  const total = questions.length;
  const score = total === 0 ? 0 : points / total;
  return {
    score,
    points,
    maxPoints: total,
    answered,
    total,
    mastered: total > 0 && score + EPSILON >= threshold,
    finished: total > 0 && settled === total,
  };
}
