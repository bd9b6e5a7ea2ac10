import { useEffect, useId, useRef, useState } from 'react';
import type { TurnNode } from '../../../domain/activities/scenario-types';
import { useReader } from '../language/load-reader';
import { ReaderFailed, ReaderLoading } from '../language/reader-status';
import { COACH_LIMITS } from './role-play-feedback';

export interface ReplyComposerProps {
  node: TurnNode;
  customer: string;
  /** Called with the learner's words and the scripted choice the coach matched them to. */
  onSend: (text: string, choiceId: string) => void;
  /** Why the last reply could not be sent, if it could not. */
  error: string | null;
}

/**
 * "Write my own reply": a toggle that reveals a labelled box. The coach reads the reply on the device
 * (the language tools load the first time the box is opened) and the conversation carries on from the
 * scripted reply closest in meaning. A reply that is not yet a reply (empty, a word or two, a list of
 * keywords, another language) is coached and not sent; the text stays in the box.
 */
export function ReplyComposer({ node, customer, onSend, error }: ReplyComposerProps) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [coaching, setCoaching] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const reader = useReader();
  const { load } = reader;
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
    if (open) void load();
  }, [open, load]);

  const message = coaching ?? error;

  const send = async () => {
    if (text.trim() === '') {
      setCoaching('Write a reply before sending it.');
      box.current?.focus();
      return;
    }
    setSending(true);
    const coach = await load();
    setSending(false);
    if (!coach) return;
    const judged = coach.judgeReply(node, text, coach.read(text));
    if (judged.verdict === 'coached' || judged.choiceId === null) {
      setCoaching(judged.summary);
      box.current?.focus();
      return;
    }
    onSend(text, judged.choiceId);
  };

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
            setCoaching(null);
          }}
        />
        {message && (
          <p className="rp-own-error" id={errorId} role="alert">
            {message}
          </p>
        )}
        {reader.status === 'loading' && <ReaderLoading what="the reply coach" />}
        {reader.status === 'failed' && <ReaderFailed what="The reply coach" onRetry={() => void load()} />}
        <button type="button" className="button" disabled={sending} onClick={() => void send()}>
          Send reply
        </button>
      </div>
    </div>
  );
}
