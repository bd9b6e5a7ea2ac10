import { useId, useState } from 'react';
import { cleanText } from '../../domain/lib/clean-text';

/** Asks for the learner's name as it should appear on the certificate. */
export function NameForm({ initial = '', onSave }: { initial?: string; onSave: (name: string) => void }) {
  const [name, setName] = useState(initial);
  const [error, setError] = useState('');
  const id = useId();
  return (
    <form
      className="name-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const clean = cleanText(name);
        if (!clean) {
          setError('Enter your name to put it on the certificate.');
          return;
        }
        onSave(clean);
      }}
    >
      <label htmlFor={id}>Your name, as it should appear on the certificate</label>
      <input
        id={id}
        type="text"
        autoComplete="name"
        value={name}
        maxLength={80}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          setName(event.target.value);
          setError('');
        }}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <button type="submit" className="button primary">
        Save name
      </button>
    </form>
  );
}
