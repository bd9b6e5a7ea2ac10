import { useId, useState } from 'react';
import type { DragEvent, FormEvent } from 'react';
import type { ImportInput } from '../../domain/reports/records-merge';
import { LoadingLine } from '../ui/loading-line';

/** Every file's text; a file that cannot be read is passed on as unreadable, never dropping the others. */
const readFiles = async (files: FileList | File[]): Promise<ImportInput[]> => {
  const list = [...files];
  const texts = await Promise.allSettled(list.map((file) => file.text()));
  return texts.map((text, i) => {
    const source = list[i]?.name ?? `File ${i + 1}`;
    return text.status === 'fulfilled' ? { source, text: text.value } : { source, unreadable: true };
  });
};

/** Three ways in: choose files, drop many files at once, or paste codes. */
export function ImportPanel({
  disabled,
  onImport,
}: {
  disabled: boolean;
  onImport: (inputs: ImportInput[]) => Promise<void>;
}) {
  const id = useId();
  const [pasted, setPasted] = useState('');
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);

  const run = async (inputs: Promise<ImportInput[]>) => {
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
      <h3 id={`${id}-title`}>From files or codes</h3>
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
      {busy && <LoadingLine>Importing…</LoadingLine>}
    </section>
  );
}
