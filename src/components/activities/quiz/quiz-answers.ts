import { isResponseComplete, scoreResponse } from '../../../domain/activities/quiz-scoring';
import type { QuestionState, QuestionStatus } from '../../../domain/activities/quiz-scoring';
import type { Question, Response } from '../../../domain/activities/quiz-types';
import { isRecord } from '../../../domain/lib/guards';

/** The result of a finished attempt, kept while the learner tries the quiz again. */
export interface QuizResult {
  points: number;
  total: number;
  /** 0..1 */
  score: number;
  mastered: boolean;
}

/** What a quiz saves as its activity `answers`. */
export interface QuizAnswers {
  version: 1;
  /** Checked answers and attempts, by question id. */
  questions: Record<string, QuestionState>;
  /** The last finished attempt, when the learner has started again since. */
  previous?: QuizResult;
  /** How many times the learner has started the quiz again: part of the seed that orders the options. */
  round?: number;
}

const emptyQuizAnswers = (): QuizAnswers => ({ version: 1, questions: {} });

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');
const isFraction = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;

function readResponse(raw: unknown): Response | undefined {
  if (!isRecord(raw)) return undefined;
  switch (raw.kind) {
    case 'single':
      return typeof raw.optionId === 'string' ? { kind: 'single', optionId: raw.optionId } : undefined;
    case 'multiple':
      return isStringArray(raw.optionIds) ? { kind: 'multiple', optionIds: [...raw.optionIds] } : undefined;
    case 'truefalse':
      return typeof raw.value === 'boolean' ? { kind: 'truefalse', value: raw.value } : undefined;
    case 'ordering':
      return isStringArray(raw.itemIds) ? { kind: 'ordering', itemIds: [...raw.itemIds] } : undefined;
    case 'matching': {
      if (!isRecord(raw.matches)) return undefined;
      const matches: Record<string, string> = {};
      for (const [key, value] of Object.entries(raw.matches)) {
        if (typeof value !== 'string') return undefined;
        matches[key] = value;
      }
      return { kind: 'matching', matches };
    }
    case 'short':
      return typeof raw.text === 'string' ? { kind: 'short', text: raw.text } : undefined;
    default:
      return undefined;
  }
}

const STATUSES: readonly QuestionStatus[] = ['unanswered', 'correct', 'incorrect', 'revealed'];

/**
 * One saved question state, checked against the question as it is written now. Status and credit
 * are worked out again from the saved response, so a corrected answer key marks old answers fairly.
 * Anything that does not fit (another kind of question, items since renamed) starts fresh.
 */
function readQuestionState(question: Question, raw: unknown): QuestionState | undefined {
  if (!isRecord(raw)) return undefined;
  const { attempts, status } = raw;
  if (typeof attempts !== 'number' || !Number.isInteger(attempts) || attempts < 0) return undefined;
  if (typeof status !== 'string' || !STATUSES.includes(status as QuestionStatus)) return undefined;
  if (raw.response === undefined) {
    return status === 'revealed' && attempts === 0
      ? { attempts: 0, status: 'revealed', credit: 0 }
      : undefined;
  }
  const response = readResponse(raw.response);
  if (!response || attempts === 0 || !isResponseComplete(question, response)) return undefined;
  const result = scoreResponse(question, response);
  const nextStatus: QuestionStatus =
    status === 'revealed' && !result.correct ? 'revealed' : result.correct ? 'correct' : 'incorrect';
  return { response, attempts, status: nextStatus, credit: result.credit };
}

function readResult(raw: unknown): QuizResult | undefined {
  if (!isRecord(raw)) return undefined;
  const { points, total, score, mastered } = raw;
  if (
    typeof points !== 'number' ||
    typeof total !== 'number' ||
    !isFraction(score) ||
    typeof mastered !== 'boolean'
  )
    return undefined;
  if (!Number.isFinite(points) || !Number.isInteger(total) || total < 0 || points < 0 || points > total)
    return undefined;
  return { points, total, score, mastered };
}

/**
 * Reads what a quiz saved, for the questions it has now. Never throws: an unknown or damaged shape
 * gives a fresh quiz, and a damaged question starts that question afresh.
 */
export function readQuizAnswers(raw: unknown, questions: readonly Question[]): QuizAnswers {
  const answers = emptyQuizAnswers();
  if (!isRecord(raw) || raw.version !== 1 || !isRecord(raw.questions)) return answers;
  for (const question of questions) {
    const state = readQuestionState(question, raw.questions[question.id]);
    if (state) answers.questions[question.id] = state;
  }
  const previous = readResult(raw.previous);
  if (previous) answers.previous = previous;
  if (typeof raw.round === 'number' && Number.isInteger(raw.round) && raw.round > 0)
    answers.round = raw.round;
  return answers;
}
