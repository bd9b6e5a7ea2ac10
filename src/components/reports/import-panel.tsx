import { useId, useState } from 'react';
import type { DragEvent, FormEvent } from 'react';

const readFiles = (files: FileList | File[]) =>
  Promise.all([...files].map(async (file) => ({ source: file.name, text: await file.text() })));

/** Three ways in: choose files, drop many files at once, or paste codes. */
export function ImportPanel({
  disabled,
  onImport,
}: {
  disabled: boolean;
  onImport: (inputs: { source: string; text: string }[]) => Promise<void>;
}) {
  const id = useId();
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);

  const run = async (inputs: Promise<{ source: string; text: string }[]>) => {
    setBusy(true);
    try {
      await onImport(await inputs);
    } finally {
      setBusy(false);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!disabled && event.dataTransfer.files.length > 0) void run(readFiles(event.dataTransfer.files));
  };

  const onPaste = (event: FormEvent) => {
    event.preventDefault();
    if (!pasted.trim()) return;
    void run(Promise.resolve([{ source: 'Pasted text', text: pasted }])).then(() => setPasted(''));
  };

  const off = disabled || busy;
  return (
    <section className="import-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Import completion records</h2>
      <div
        className={`drop-zone${dragging ? ' is-dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>Drop record files here (as many as you like), or</p>
        <label className="button file-button">
          Choose files
          <input
            type="file"
            multiple
            accept=".json,.txt,application/json,text/plain"
            disabled={off}
            className="visually-hidden"
            onChange={(e) => {
              const input = e.currentTarget;
              const files = input.files ? [...input.files] : [];
              if (files.length > 0) void run(readFiles(files)).then(() => (input.value = ''));
            }}
          />
        </label>
      </div>
      <form className="paste-form" onSubmit={onPaste}>
        <label htmlFor={`${id}-paste`}>Or paste record codes</label>
        <p className="form-hint" id={`${id}-paste-hint`}>
          Codes start with SWR. Paste as many as you like, even a whole email.
        </p>
        <textarea
          id={`${id}-paste`}
          rows={4}
          value={pasted}
          aria-describedby={`${id}-paste-hint`}
          onChange={(e) => setPasted(e.target.value)}
          spellCheck={false}
        />
        <button type="submit" className="button" disabled={off || !pasted.trim()}>
          Import pasted codes
        </button>
      </form>
      {busy && (
        <p className="loading" role="status">
          <span className="spinner" aria-hidden="true" /> Importing…
        </p>
      )}
    </section>
  );
}
