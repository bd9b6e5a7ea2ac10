/**
 * A submitted final-assessment attempt as one learning event per question, so trackers can record each
 * answer (SCORM cmi.interactions, xAPI interaction statements) as they do for knowledge checks.
 */
import { questionInteraction } from '../activities/question-interaction';
import type { Question, Response } from '../activities/quiz-types';
import type { LearningEventInput } from '../course/learning-events';
import type { AttemptResult } from './assessment';

/** The activity id under which final-assessment answers are recorded. */
const FINAL_ASSESSMENT_ACTIVITY = 'final-assessment';

export function assessmentAnswerEvents(
  attemptId: string,
  result: AttemptResult,
  inWords: (question: Question, response: Response | undefined) => string,
  /** Time spent on each question in this session, by question id, when known. */
  spentMs: Readonly<Record<string, number>> = {},
): LearningEventInput[] {
  return result.results.map(({ question, response, correct, credit }) => {
    const spent = spentMs[question.id];
    return {
      type: 'question-answered',
      lesson: question.lesson,
      activity: FINAL_ASSESSMENT_ACTIVITY,
      question: question.id,
      response: inWords(question, response),
      correct,
      credit,
      interaction: questionInteraction(question, response),
      detail: response === undefined ? { question } : { question, response },
      attempt: attemptId,
      ...(spent === undefined ? {} : { latencyMs: Math.round(spent) }),
    };
  });
}
