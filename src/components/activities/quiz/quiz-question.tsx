import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { canReveal, canRetry, isSettled, maxAttempts } from '../../../domain/activities/quiz-scoring';
import { isAnswered } from '../../../domain/activities/presentation';
import type { QuestionState } from '../../../domain/activities/quiz-scoring';
import type { Question, Response } from '../../../domain/activities/quiz-types';
import { QuestionInput } from './question-input';
import { marksFor } from './quiz-describe';
import { QuizFeedback } from './quiz-feedback';

const ASK_FOR_ANSWER: Record<Question['kind'], string> = {
  single: 'Choose an answer, then check it.',
  multiple: 'Select at least one answer, then check it.',
  truefalse: 'Choose True or False, then check it.',
  ordering: 'Move the items into order, then check it. The order first shown is never the answer.',
  matching: 'Choose a match for every term, then check it.',
  short: 'Type an answer, then check it.',
};

/**
 * Where focus goes once an action has shown its result. It waits for the state that shows it (the
 * checked attempt, the revealed answer), so a render in between never takes it somewhere else.
 */
type FocusNext = { after: 'check' | 'retry' | 'reveal'; attempts: number } | null;

export interface QuizQuestionProps {
  quizId: string;
  question: Question;
  number: number;
  total: number;
  state: QuestionState;
  onCheck: (response: Response) => void;
  onReveal: () => void;
  /** Fixes the order the question's parts are shown in (see presentationSeed). */
  seed?: string;
}

/** One knowledge-check question: its controls, Check answer, feedback, Try again and Show the answer. */
export function QuizQuestion({
  quizId,
  question,
  number,
  total,
  state,
  onCheck,
  onReveal,
  seed,
}: QuizQuestionProps) {
  const [draft, setDraft] = useState<Response | undefined>(undefined);
  const [retrying, setRetrying] = useState(false);
  const [notice, setNotice] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const feedback = useRef<HTMLDivElement>(null);
  const retryButton = useRef<HTMLButtonElement>(null);
  const revealButton = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<FocusNext>(null);

  const settled = isSettled(question, state);
  const editing = !settled && (state.status === 'unanswered' || retrying);
  const shown = editing ? draft : state.response;
  const showRetry = !editing && canRetry(question, state);
  const showReveal = !editing && canReveal(question, state);
  const max = maxAttempts(question);

  useEffect(() => {
    const next = focusNext.current;
    if (!next) return;
    if (next.after === 'retry') {
      if (!editing) return;
      focusNext.current = null;
      const within = form.current;
      (
        within?.querySelector<HTMLElement>('input:checked') ??
        within?.querySelector<HTMLElement>('input, select, button:not(:disabled)')
      )?.focus();
      return;
    }
    if (next.after === 'check' && state.attempts === next.attempts) return;
    if (next.after === 'reveal' && state.status !== 'revealed') return;
    focusNext.current = null;
    const button = next.after === 'check' ? (retryButton.current ?? revealButton.current) : null;
    (button ?? feedback.current)?.focus();
  });

  const check = (event: FormEvent) => {
    event.preventDefault();
    if (!editing) return;
    if (!draft || !isAnswered(question, draft, seed ?? question.id)) {
      setNotice(ASK_FOR_ANSWER[question.kind]);
      return;
    }
    setNotice('');
    setRetrying(false);
    focusNext.current = { after: 'check', attempts: state.attempts };
    onCheck(draft);
  };

  const retry = () => {
    setDraft(state.response);
    setRetrying(true);
    focusNext.current = { after: 'retry', attempts: state.attempts };
  };

  const reveal = () => {
    focusNext.current = { after: 'reveal', attempts: state.attempts };
    onReveal();
  };

  const status =
    state.status === 'correct'
      ? '✓ Correct'
      : state.status === 'revealed'
        ? '◎ Answer shown'
        : settled
          ? '✗ Out of attempts'
          : null;

  return (
    <form ref={form} className="quiz-question" onSubmit={check} noValidate>
      <p className="quiz-question-number">
        Question {number} of {total}
        {status && <span className="quiz-question-status"> · {status}</span>}
      </p>
      <QuestionInput
        question={question}
        response={shown}
        onChange={(response) => {
          setDraft(response);
          setNotice('');
        }}
        disabled={!editing}
        name={`${quizId}-${question.id}`}
        seed={seed}
        marks={editing ? undefined : marksFor(question, state.response)}
      />
      <QuizFeedback
        question={question}
        state={state}
        notice={notice}
        hidden={editing}
        label={`Feedback on question ${number}`}
        boxRef={feedback}
      />
      <div className="quiz-actions">
        {editing && (
          <button type="submit" className="button">
            Check answer
          </button>
        )}
        {showRetry && (
          <button ref={retryButton} type="button" className="button" onClick={retry}>
            Try again
          </button>
        )}
        {showReveal && (
          <button ref={revealButton} type="button" className="button secondary" onClick={reveal}>
            Show the answer
          </button>
        )}
        {editing && (
          <span className="quiz-attempts">
            Attempt {Math.min(state.attempts + 1, max)} of {max}
          </span>
        )}
      </div>
    </form>
  );
}
