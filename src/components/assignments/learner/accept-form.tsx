import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { LearnerIdentity } from '../../../domain/reports/record-codec';
import { cleanText } from '../../../domain/lib/clean-text';

/**
 * The learner's name (needed) and an email or employee id (optional), asked once and kept in their
 * profile, so completion records say whose they are.
 */
export function AcceptForm({
  initial,
  onAccept,
  submitLabel = 'Accept the assignment',
}: {
  initial: Partial<LearnerIdentity>;
  onAccept: (learner: LearnerIdentity) => void;
  submitLabel?: string;
}) {
  const id = useId();
  const [name, setName] = useState(initial.name ?? '');
  const [email, setEmail] = useState(initial.email ?? '');
  const [employeeId, setEmployeeId] = useState(initial.employeeId ?? '');
  const [error, setError] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clean = cleanText(name);
    if (!clean) {
      setError('Enter your name, so your trainer knows the record is yours.');
      document.getElementById(`${id}-name`)?.focus();
      return;
    }
    if (clean.length > 120) {
      setError('Keep your name to 120 characters.');
      return;
    }
    setError('');
    onAccept({ name: clean, email: cleanText(email), employeeId: cleanText(employeeId) });
  };

  return (
    <form className="accept-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>About you</legend>
        <p className="form-hint">
          Saved in this browser only, and included in the completion record you send to your trainer or HR.
        </p>
        <div className="form-field">
          <label htmlFor={`${id}-name`}>Your name</label>
          <input
            id={`${id}-name`}
            autoComplete="name"
            value={name}
            maxLength={120}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            required
          />
          {error && (
            <p className="form-error" id={`${id}-error`}>
              {error}
            </p>
          )}
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-email`}>
            Work email <span className="optional">(optional)</span>
          </label>
          <input
            id={`${id}-email`}
            type="email"
            autoComplete="email"
            value={email}
            maxLength={254}
            onChange={(e) => setEmail(e.target.value)}
          />
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-employee`}>
            Employee id <span className="optional">(optional)</span>
          </label>
          <input
            id={`${id}-employee`}
            value={employeeId}
            maxLength={64}
            onChange={(e) => setEmployeeId(e.target.value)}
          />
        </div>
      </fieldset>
      <button type="submit" className="button">
        {submitLabel}
      </button>
    </form>
  );
}
