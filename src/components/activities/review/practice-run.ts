import { checkAnswer, isSettled } from '../../../domain/activities/quiz-scoring';
import type { QuestionState } from '../../../domain/activities/quiz-scoring';
import type { Question, Response } from '../../../domain/activities/quiz-types';
import type { LearningEventInput } from '../../../domain/course/learning-events';
import { readQuizAnswers } from '../quiz/quiz-answers';
import { answeredEvent } from '../quiz/answered-event';

/** A practice question with the lesson it tests. */
export type PracticeQuestion = Question & { lesson: string };

/** Saved answers checked against the questions as written now (a damaged one starts afresh). */
export const readPracticeStates = (raw: unknown, questions: readonly Question[]) =>
  readQuizAnswers({ version: 1, questions: raw }, questions).questions;

export const allSettled = (questions: readonly Question[], states: Readonly<Record<string, QuestionState>>) =>
  questions.length > 0 && questions.every((q) => states[q.id] && isSettled(q, states[q.id]!));

/** The state after a check, and the event that tells trackers about the answer; null when nothing changed. */
export function checkPractice(
  activity: string,
  activityKind: 'warm-up' | 'review',
  question: PracticeQuestion,
  before: QuestionState,
  response: Response,
): { state: QuestionState; event: LearningEventInput } | null {
  const state = checkAnswer(question, before, response);
  if (state === before) return null;
  return { state, event: answeredEvent(question.lesson, activity, question, response, { activityKind }) };
}
