/** A right/wrong mark shown beside part of an answer: a shape and a word, never colour alone. */
export function AnswerMark({
  correct,
  right = 'Right',
  wrong = 'Wrong',
}: {
  correct: boolean | undefined;
  right?: string;
  wrong?: string;
}) {
  if (correct === undefined) return null;
  return (
    <span className={`answer-mark ${correct ? 'is-right' : 'is-wrong'}`}>
      <span aria-hidden="true">{correct ? '✓' : '✗'}</span> {correct ? right : wrong}
    </span>
  );
}
