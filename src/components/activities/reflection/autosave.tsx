import { useCallback, useEffect, useRef, useState } from 'react';

/** How long typing must pause before it is saved. */
const AUTOSAVE_DELAY_MS = 500;

export interface Autosave<T> {
  /** Saves `value` once changes pause for the delay; a newer value replaces a waiting one. */
  schedule: (value: T) => void;
  /** Saves the waiting value now, if there is one. */
  flush: () => void;
  /** A change is waiting to be saved. */
  pending: boolean;
  /** Something has been saved, now or on an earlier visit. */
  saved: boolean;
}

/**
 * Saves as the learner works: a change waits for a pause, and anything still waiting is saved when
 * the component unmounts or the page is hidden, so nothing typed is lost.
 */
export function useAutosave<T>(
  save: (value: T) => void,
  { delay = AUTOSAVE_DELAY_MS, initiallySaved = false }: { delay?: number; initiallySaved?: boolean } = {},
): Autosave<T> {
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  const waiting = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(initiallySaved);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const next = waiting.current;
    if (!next) return;
    waiting.current = null;
    saveRef.current(next.value);
    setPending(false);
    setSaved(true);
  }, []);

  const schedule = useCallback(
    (value: T) => {
      waiting.current = { value };
      setPending(true);
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delay);
    },
    [delay, flush],
  );

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [flush]);

  return { schedule, flush, pending, saved };
}

/**
 * "Saved", announced politely once: while a change waits, the words are hidden visually (a quiet
 * "Saving…" shows instead) but stay the same for screen readers, so they are not repeated at every pause.
 */
export function SaveStatus({ pending, saved }: { pending: boolean; saved: boolean }) {
  return (
    <p className="save-status">
      <span role="status" className={pending ? 'visually-hidden' : undefined}>
        {saved && (
          <>
            <span aria-hidden="true">✓ </span>Saved
          </>
        )}
      </span>
      {pending && <span aria-hidden="true">Saving…</span>}
    </p>
  );
}
