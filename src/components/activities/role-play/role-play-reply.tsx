import { useEffect, useId, useRef, useState } from 'react';
import { COACH_LIMITS } from './role-play-feedback';

export interface ReplyComposerProps {
  customer: string;
  onSend: (text: string) => void;
  /** Why the last reply could not be sent, if it could not. */
  error: string | null;
}

/**
 * "Write my own reply": a toggle that reveals a labelled box. The coach reads the reply on the
 * device and the conversation carries on along the closest of the written replies.
 */
export function ReplyComposer({ customer, onSend, error }: ReplyComposerProps) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [blank, setBlank] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const opened = useRef(false);
  const uid = useId();
  const panelId = `${uid}-panel`;
  const fieldId = `${uid}-text`;
  const hintId = `${uid}-hint`;
  const errorId = `${uid}-error`;

  useEffect(() => {
    if (open && opened.current) box.current?.focus();
    opened.current = false;
  }, [open]);

  const message = blank ? 'Write a reply before sending it.' : error;

  return (
    <div className="rp-own">
      <button
        type="button"
        className="button secondary rp-own-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          opened.current = !open;
          setOpen(!open);
        }}
      >
        {open ? 'Hide my own reply' : 'Write my own reply'}
      </button>
      <div id={panelId} className="rp-own-panel" hidden={!open}>
        <label className="rp-own-label" htmlFor={fieldId}>
          Your reply to {customer}, in your own words
        </label>
        <p className="field-hint" id={hintId}>
          {COACH_LIMITS}
        </p>
        <textarea
          id={fieldId}
          ref={box}
          className="rp-own-text"
          rows={5}
          value={text}
          aria-describedby={message ? `${hintId} ${errorId}` : hintId}
          aria-invalid={message ? true : undefined}
          onChange={(event) => {
            setText(event.target.value);
            setBlank(false);
          }}
        />
        {message && (
          <p className="rp-own-error" id={errorId} role="alert">
            {message}
          </p>
        )}
        <button
          type="button"
          className="button"
          onClick={() => {
            if (text.trim() === '') {
              setBlank(true);
              box.current?.focus();
              return;
            }
            onSend(text);
          }}
        >
          Send reply
        </button>
      </div>
    </div>
  );
}
