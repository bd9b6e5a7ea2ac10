import { useId, useRef, useState } from 'react';

/**
 * Read-only text with a Copy button. Uses the clipboard when the browser allows it; otherwise selects
 * the text so the person can copy it themselves. The outcome is announced.
 */
export function CopyField({
  label,
  value,
  multiline = false,
  buttonLabel = 'Copy',
  hint,
}: {
  label: string;
  value: string;
  multiline?: boolean;
  buttonLabel?: string;
  hint?: string;
}) {
  const id = useId();
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');

  const selectAll = () => {
    field.current?.focus();
    field.current?.select();
  };

  const copy = async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setStatus('Copied.');
    } catch {
      selectAll();
      setStatus('Could not copy automatically: the text is selected, so press Ctrl+C (or ⌘C on a Mac).');
    }
  };

  const props = {
    id,
    ref: field,
    value,
    readOnly: true,
    onFocus: selectAll,
    spellCheck: false,
    'aria-describedby': hint ? `${id}-hint` : undefined,
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="form-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="copy-field-row">
        {multiline ? <textarea rows={4} {...props} /> : <input type="text" {...props} />}
        <button type="button" className="button" onClick={copy}>
          {buttonLabel}
        </button>
      </div>
      <p className="copy-status" role="status">
        {status}
      </p>
    </div>
  );
}
