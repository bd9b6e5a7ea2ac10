import { useEffect, useId, useRef, useState } from 'react';

/** "Start over" in the middle of a conversation, with a confirmation so a stray press loses nothing. */
export function StartOver({ onConfirm }: { onConfirm: () => void }) {
  const [asking, setAsking] = useState(false);
  const focus = useRef<'question' | 'button' | null>(null);
  const question = useRef<HTMLParagraphElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const questionId = useId();

  useEffect(() => {
    if (focus.current === 'question') question.current?.focus();
    if (focus.current === 'button') button.current?.focus();
    focus.current = null;
  }, [asking]);

  if (!asking) {
    return (
      <div className="rp-start-over">
        <button
          type="button"
          ref={button}
          className="button secondary small"
          onClick={() => {
            focus.current = 'question';
            setAsking(true);
          }}
        >
          Start over
        </button>
      </div>
    );
  }
  return (
    <div className="rp-start-over rp-confirm" role="group" aria-labelledby={questionId}>
      <p id={questionId} ref={question} tabIndex={-1}>
        Start this conversation again from the beginning? Your replies so far will be cleared.
      </p>
      <div className="actions">
        <button type="button" className="button small" onClick={onConfirm}>
          Yes, start over
        </button>
        <button
          type="button"
          className="button secondary small"
          onClick={() => {
            focus.current = 'button';
            setAsking(false);
          }}
        >
          Keep going
        </button>
      </div>
    </div>
  );
}
