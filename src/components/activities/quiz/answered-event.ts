import { questionInteraction } from '../../../domain/activities/question-interaction';
import { scoreResponse } from '../../../domain/activities/quiz-scoring';
import type { Question, Response } from '../../../domain/activities/quiz-types';
import type { LearningEventInput } from '../../../domain/course/learning-events';
import { responseInWords } from './quiz-describe';

type Answered = Extract<LearningEventInput, { type: 'question-answered' }>;

/**
 * The event that tells trackers a question was answered: its score, the response in words for reports, and as
 * data and an interaction record for LMSs and LRSs. `more` adds what only some callers know.
 */
export function answeredEvent(
  lesson: string,
  activity: string,
  question: Question,
  response: Response,
  more: Pick<Answered, 'latencyMs' | 'activityKind'> = {},
): Answered {
  const { correct, credit } = scoreResponse(question, response);
  return {
    type: 'question-answered',
    lesson,
    activity,
    question: question.id,
    response: responseInWords(question, response),
    correct,
    credit,
    detail: { question, response },
    interaction: questionInteraction(question, response),
    ...more,
  };
}
