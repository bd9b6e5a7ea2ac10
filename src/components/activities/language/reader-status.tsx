import './language.css';

/** What the learner sees while the language tools load, or when they cannot be loaded. */
export function ReaderLoading({ what }: { what: string }) {
  return (
    <p className="reader-loading" role="status">
      <progress className="reader-progress" aria-label={`Loading ${what}`} />
      <span>Loading {what}… This happens once; after that it works offline.</span>
    </p>
  );
}

export function ReaderFailed({ what, onRetry }: { what: string; onRetry: () => void }) {
  return (
    <div className="reader-failed" role="alert">
      <p>
        <strong>{what} could not be loaded</strong>, so nothing has been sent or marked. This usually means
        the connection dropped. Your words are kept here: try again when you are back online.
      </p>
      <button type="button" className="button secondary" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
