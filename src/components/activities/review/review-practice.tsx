import type { QuestionState } from '../../../domain/activities/quiz-scoring';
import { initialQuestionState } from '../../../domain/activities/quiz-scoring';
import type { Question, Response } from '../../../domain/activities/quiz-types';
import { presentationSeed } from '../../../domain/activities/presentation';
import { QuizQuestion } from '../quiz/quiz-question';

export interface ReviewPracticeProps {
  /** The warm-up's or set's id: names the controls and seeds the order of each question's options. */
  id: string;
  /** The questions, each with one check (see asPractice). */
  questions: Question[];
  states: Readonly<Record<string, QuestionState>>;
  learnerSeed: string;
  /** The lesson each question comes from, as a reader names it ("Lesson 2"). */
  from: (question: Question) => string;
  onCheck: (question: Question, response: Response) => void;
  onReveal: (question: Question) => void;
}

/** The questions of a warm-up or a review set: one check each, then the feedback and the answer. */
export function ReviewPractice({
  id,
  questions,
  states,
  learnerSeed,
  from,
  onCheck,
  onReveal,
}: ReviewPracticeProps) {
  return (
    <ol className="quiz-questions review-questions">
      {questions.map((question, index) => (
        <li key={question.id}>
          <p className="review-from">{from(question)}</p>
          <QuizQuestion
            quizId={id}
            question={question}
            number={index + 1}
            total={questions.length}
            state={states[question.id] ?? initialQuestionState()}
            onCheck={(response) => onCheck(question, response)}
            onReveal={() => onReveal(question)}
            seed={presentationSeed(learnerSeed, id, question.id)}
          />
        </li>
      ))}
    </ol>
  );
}
