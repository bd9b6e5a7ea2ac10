import type { QuizScore } from '../../../domain/activities/quiz-scoring';
import type { QuizResult } from './quiz-answers';

const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;
/** Points to at most one decimal place: 4, 3.5. */
const points = (value: number) => String(Math.round(value * 10) / 10);

function ResultLine({ result, mastery }: { result: QuizResult; mastery: number }) {
  return (
    <>
      <p className="quiz-score">
        Your score:{' '}
        <strong>
          {points(result.points)} out of {result.total}
        </strong>{' '}
        ({percent(result.score)})
      </p>
      <p className={`quiz-mastery ${result.mastered ? 'is-right' : 'is-wrong'}`}>
        <span aria-hidden="true">{result.mastered ? '★' : '○'}</span>{' '}
        {result.mastered
          ? `Mastery reached. You needed ${percent(mastery)}.`
          : `Not mastered yet. Mastery needs ${percent(mastery)}; you can try the quiz again whenever you like.`}
      </p>
    </>
  );
}

/**
 * The quiz's standing: how many questions are answered, then the score and whether the learner
 * reached mastery (announced when the last question is settled), the last finished result during a
 * new attempt, and a way to start again.
 */
export function QuizSummary({
  score,
  mastery,
  previous,
  onTryAgain,
}: {
  score: QuizScore;
  mastery: number;
  previous: QuizResult | undefined;
  onTryAgain: () => void;
}) {
  const current: QuizResult = {
    points: score.points,
    total: score.total,
    score: score.score,
    mastered: score.mastered,
  };
  return (
    <div className="quiz-summary">
      {!score.finished && (
        <p className="quiz-progress">
          {score.answered} of {score.total} questions answered.
        </p>
      )}
      <div className="quiz-result" role="status">
        {score.finished && <ResultLine result={current} mastery={mastery} />}
      </div>
      {previous && !score.finished && (
        <div className="quiz-previous">
          <p className="review-label">Your last finished attempt</p>
          <ResultLine result={previous} mastery={mastery} />
        </div>
      )}
      {score.answered > 0 && (
        <div className="actions">
          <button type="button" className="button secondary" onClick={onTryAgain}>
            Try the quiz again
          </button>
        </div>
      )}
    </div>
  );
}
