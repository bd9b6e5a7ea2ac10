import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { LIMITS, PASS_MARK } from '../../../domain/assignments/assignment-codec';
import type { AssignmentDraft, DraftErrors, DraftField } from '../../../domain/assignments/assignment-codec';
import { draftToSubmit } from '../../../domain/assignments/draft-pass-mark';
import { assessmentCoverage } from '../../../domain/assignments/assessment-scope';
import { FormField } from './form-field';

export interface LessonChoice {
  slug: string;
  title: string;
}

const FIELD_ORDER: DraftField[] = [
  'group',
  'modules',
  'due',
  'passMark',
  'maxAttempts',
  'waitHours',
  'trainer',
  'message',
];

/** The trainer's form: group, modules, due date, pass mark, and an optional name and message. */
export function AssignmentForm({
  lessons,
  defaultDue,
  minDue,
  onCreate,
}: {
  lessons: LessonChoice[];
  defaultDue: string;
  minDue: string;
  /** Returns the problems to show, or null when the assignment was created. */
  onCreate: (draft: AssignmentDraft) => DraftErrors | null;
}) {
  const id = useId();
  const summary = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [draft, setDraft] = useState<AssignmentDraft>({
    group: '',
    modules: lessons.map((l) => l.slug),
    assessment: true,
    due: defaultDue,
    passMark: '80',
    maxAttempts: '',
    waitHours: '',
    message: '',
    trainer: '',
    review: true,
  });
  const set = <K extends keyof AssignmentDraft>(key: K, value: AssignmentDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const toggle = (slug: string, on: boolean) =>
    set('modules', on ? [...draft.modules, slug] : draft.modules.filter((s) => s !== slug));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems = onCreate(draftToSubmit(draft)) ?? {};
    setErrors(problems);
    if (Object.keys(problems).length > 0) requestAnimationFrame(() => summary.current?.focus());
  };

  const fieldId = (field: DraftField) => `${id}-${field}`;
  const listed = FIELD_ORDER.filter((f) => errors[f]);
  return (
    <form className="assignment-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>New assignment</h2>
      {listed.length > 0 && (
        <div className="error-summary" ref={summary} tabIndex={-1} role="alert">
          <p>
            <strong>Please check {listed.length === 1 ? 'one thing' : `${listed.length} things`}:</strong>
          </p>
          <ul>
            {listed.map((f) => (
              <li key={f}>
                <a href={`#${f === 'modules' ? `${fieldId('modules')}-first` : fieldId(f)}`}>{errors[f]}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <FormField id={fieldId('group')} label="Group or cohort name" error={errors.group}>
        <input
          value={draft.group}
          maxLength={LIMITS.group}
          onChange={(e) => set('group', e.target.value)}
          autoComplete="off"
        />
      </FormField>
      <fieldset
        className={`module-choices${errors.modules ? ' has-error' : ''}`}
        aria-describedby={errors.modules ? `${fieldId('modules')}-error` : undefined}
      >
        <legend>What to complete</legend>
        {errors.modules && (
          <p className="form-error" id={`${fieldId('modules')}-error`}>
            <span aria-hidden="true">⚠ </span>
            {errors.modules}
          </p>
        )}
        <div className="actions compact">
          <button
            type="button"
            className="button small secondary"
            onClick={() =>
              set(
                'modules',
                lessons.map((l) => l.slug),
              )
            }
          >
            Select all modules
          </button>
          <button type="button" className="button small secondary" onClick={() => set('modules', [])}>
            Clear modules
          </button>
        </div>
        {lessons.map((lesson, index) => (
          <label key={lesson.slug} className="check">
            <input
              type="checkbox"
              id={index === 0 ? `${fieldId('modules')}-first` : undefined}
              checked={draft.modules.includes(lesson.slug)}
              onChange={(e) => toggle(lesson.slug, e.target.checked)}
            />
            <span>
              {index + 1}. {lesson.title}
            </span>
          </label>
        ))}
        <label className="check">
          <input
            type="checkbox"
            checked={draft.assessment}
            aria-describedby={`${id}-coverage`}
            onChange={(e) => set('assessment', e.target.checked)}
          />
          <span>Final assessment</span>
        </label>
        <p className="field-hint" id={`${id}-coverage`}>
          {assessmentCoverage(draft.modules, lessons)}
        </p>
      </fieldset>
      <div className="form-row">
        <FormField
          id={fieldId('due')}
          label="Due date"
          error={errors.due}
          hint="Learners see the days left, or how late they are."
        >
          <input type="date" value={draft.due} min={minDue} onChange={(e) => set('due', e.target.value)} />
        </FormField>
        {draft.assessment && (
          <FormField
            id={fieldId('passMark')}
            label="Pass mark (%)"
            error={errors.passMark}
            hint={`For the final assessment: from ${PASS_MARK.min} to ${PASS_MARK.max}%.`}
          >
            <input
              type="number"
              inputMode="numeric"
              min={PASS_MARK.min}
              max={PASS_MARK.max}
              step={1}
              value={draft.passMark}
              onChange={(e) => set('passMark', e.target.value)}
            />
          </FormField>
        )}
      </div>
      {draft.assessment && (
        <div className="form-row">
          <OptionalWholeNumber
            id={fieldId('maxAttempts')}
            label="Most attempts at the assessment"
            hint="Leave blank to allow as many as a learner needs."
            error={errors.maxAttempts}
            range={[1, LIMITS.maxAttempts]}
            value={draft.maxAttempts}
            onChange={(value) => set('maxAttempts', value)}
          />
          <OptionalWholeNumber
            id={fieldId('waitHours')}
            label="Hours to wait between attempts"
            hint="After an attempt that does not pass. Leave blank for no wait."
            error={errors.waitHours}
            range={[0, LIMITS.waitHours]}
            value={draft.waitHours}
            onChange={(value) => set('waitHours', value)}
          />
        </div>
      )}
      <fieldset className="review-choice">
        <legend>Spaced review</legend>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.review ?? true}
            aria-describedby={`${id}-review-hint`}
            onChange={(e) => set('review', e.target.checked)}
          />
          <span>Bring lessons back after the course</span>
        </label>
        <p className="form-hint" id={`${id}-review-hint`}>
          Each lesson opens with a two-minute warm-up on earlier lessons, and the home page offers short
          review sets about 2, 7 and 30 days after each lesson is completed. Recalling a lesson days later is
          what makes it stick; results are recorded with the rest. Untick to leave them out for this group.
        </p>
      </fieldset>
      <FormField
        id={fieldId('trainer')}
        label={
          <>
            Your name <span className="optional">(optional)</span>
          </>
        }
        error={errors.trainer}
      >
        <input
          value={draft.trainer}
          maxLength={LIMITS.trainer}
          autoComplete="name"
          onChange={(e) => set('trainer', e.target.value)}
        />
      </FormField>
      <FormField
        id={fieldId('message')}
        label={
          <>
            Message to learners <span className="optional">(optional)</span>
          </>
        }
        error={errors.message}
        hint={`${draft.message.length} of ${LIMITS.message} characters. Learners see it when they open the link.`}
      >
        <textarea rows={3} value={draft.message} onChange={(e) => set('message', e.target.value)} />
      </FormField>
      <button type="submit" className="button">
        Create assignment link
      </button>
    </form>
  );
}

/** A whole number the trainer may leave blank, with its hint and any error. */
function OptionalWholeNumber({
  id,
  label,
  hint,
  error,
  range: [min, max],
  value,
  onChange,
}: {
  id: string;
  label: string;
  hint: string;
  error: string | undefined;
  range: [number, number];
  value: string | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <FormField
      id={id}
      label={
        <>
          {label} <span className="optional">(optional)</span>
        </>
      }
      error={error}
      hint={hint}
    >
      <input
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value)}
      />
    </FormField>
  );
}
